// A font may draw several characters with one glyph (Noto Sans SC: • · ・ ‧; Noto Serif SC: • ‧).
// The PDF's text layer must still give back the character typed at each place, not the first
// one the document happened to use with that glyph (a search for • would miss it; a copy changes it).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderPdf } from '../../../src/render/pdf';
import { buildArticles, issueYaml } from '../../helpers/body-build';
import { findTool, testWith } from '../../helpers/tools';

const squash = (s: string) => s.replace(/\s+/g, '');

const ARTICLES = [
  { title: '甲·乙', body: '## 丙·丁\n\n## 戊•己\n\n## 庚・辛\n\n## 壬‧癸\n\n子·丑•寅‧卯・辰' },
  { title: '巳•午', body: '未‧申•酉·戌' },
];

const PIECES = ['甲·乙', '丙·丁', '戊•己', '庚・辛', '壬‧癸', '子·丑•寅‧卯・辰', '巳•午', '未‧申•酉·戌'];
const pdftotext = findTool(['pdftotext'], ['-v'], 'apt-get install poppler-utils');

test('each character sharing a glyph with another copies as itself (pdf.js)', async () => {
  const built = await buildArticles(ARTICLES);
  expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const text = squash(built.pdfLines.map((l) => l.text).join(''));
  for (const piece of PIECES) expect(text).toContain(piece);
});

testWith(pdftotext, 'each character sharing a glyph with another copies as itself (pdftotext)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-glyph-'));
  const file = path.join(dir, 'issue.yaml');
  fs.writeFileSync(file, issueYaml(ARTICLES));
  const compiled = compileIssue(file, { date: new Date('2022-04-30T00:00:00Z') });
  fs.rmSync(dir, { recursive: true, force: true });
  const text = squash(execFileSync(pdftotext.command!, ['-', '-'], { input: await renderPdf(compiled.model!) }).toString('utf8'));
  for (const piece of PIECES) expect(text).toContain(piece);
});
