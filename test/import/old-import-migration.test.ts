// Migration: a file the importer wrote before body format v2 (seed 004, captions as `*…*`), with
// the JB320/JB321 fixes applied, prints exactly the paragraphs a fresh import of the same text
// prints: the captions without their asterisks, as the old build printed them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyFixes } from '../../src/lint/apply-fixes';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderFormat } from '../../src/render/registry';
import { readDocx } from '../helpers/docx-read';
import { importToTemp, SEED_004 } from './round-trip-helpers';

const OLD = path.join(__dirname, '..', 'fixtures', 'import', 'seed-004-old-import.yaml');

async function docxParagraphs(file: string): Promise<string[]> {
  const compiled = compileIssue(file);
  expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return readDocx(await renderFormat(compiled.model!, 'docx')).paragraphs;
}

test('the old import, migrated by its JB320/JB321 fixes, prints what a fresh import prints', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-old-import-'));
  const old = path.join(dir, 'old.yaml');
  const text = fs.readFileSync(OLD, 'utf8');
  fs.writeFileSync(old, text);
  const found = compileIssue(old).diagnostics.filter((d) => /^JB32/.test(d.code));
  console.log(`old import: ${found.map((d) => `${d.code}@${d.line}:${d.col}`).join(', ')}`);
  expect(found.map((d) => d.code)).toEqual(['JB321', 'JB321']);
  const fixed = applyFixes(text, found);
  expect(fixed.fixed).toHaveLength(2);
  fs.writeFileSync(old, fixed.text);

  // The fresh import, with the same masthead values filled in.
  const fresh = importToTemp(SEED_004);
  const masthead = text.slice(text.indexOf('publication:'), text.indexOf('articles:'));
  const freshText = fs.readFileSync(fresh.yamlPath, 'utf8');
  fs.writeFileSync(
    fresh.yamlPath,
    freshText.slice(0, freshText.indexOf('publication:')) + masthead + freshText.slice(freshText.indexOf('articles:')),
  );

  const before = await docxParagraphs(old);
  expect(before).toEqual(await docxParagraphs(fresh.yamlPath));
  expect(before).toContain('中国科协党组书记怀进鹏等领导、院士专家参观中国基因药谷。');
  expect(before.join('')).not.toMatch(/\*/);
});
