// A body with 20,000 half-width commas gives 20,000 JB301 warnings, each at its own character
// (line, column and the offset --fix edits). Finding each was quadratic (the whole file's line
// starts and the body's text up to the character, once per warning: 45 s of CPU for this file);
// the time is measured by hand and in the bench, never asserted here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadIssue } from '../../src/issue/load-issue';
import { compileIssue } from '../../src/pipeline/compile-issue';

const ROOT = path.resolve(__dirname, '..', '..');
const PARAGRAPHS = 10000; // two commas each

test(`${PARAGRAPHS * 2} half-width commas in one literal body: one JB301 each, at its character`, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-commas-'));
  fs.copyFileSync(path.join(ROOT, 'samples', 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  const sample = fs.readFileSync(path.join(ROOT, 'samples', 'wenzhou-kexie-2022-04.yaml'), 'utf8');
  const body = Array.from({ length: PARAGRAPHS }, (_, i) => `      第${i}段文字,中文,逗号。\n`).join('\n');
  const text = sample.replace('articles:\n', `articles:\n  - title: 测试\n    source: 测试\n    body: |\n${body}\n`);
  const file = path.join(dir, 'commas.yaml');
  fs.writeFileSync(file, text);
  expect(loadIssue(file).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

  const warnings = compileIssue(file).diagnostics.filter((d) => d.code === 'JB301');
  expect(warnings).toHaveLength(PARAGRAPHS * 2);
  const lines = text.split('\n');
  for (const d of [warnings[0], warnings[1], warnings[PARAGRAPHS], warnings[warnings.length - 1]]) {
    expect(lines[d.line - 1][d.col - 1]).toBe(',');
    expect(d.fixes?.[0]).toMatchObject({ length: 1, text: '，' });
    expect(text[d.fixes![0].offset]).toBe(',');
  }
  expect(new Set(warnings.map((d) => d.fixes![0].offset)).size).toBe(PARAGRAPHS * 2);
});
