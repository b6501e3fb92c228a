// A YAML syntax slip leaves the document unreliable from its line on, so the traps (quotes typed
// with a Chinese input method, a full-width ＃) were held back for the whole file until it parsed.
// Values that end before the first slip are read exactly as typed: their traps are said in the
// same run. A value after the slip, or one that runs into its line, is still not judged.
import fs from 'node:fs';
import { loadIssue } from '../../src/issue/load-issue';
import { applyFixes } from '../../src/lint/apply-fixes';
import { writeIssue } from '../source/issue-fixture';
import { findYamlTraps } from '../../src/issue/yaml-traps';
import { parseYaml } from '../../src/source/parse-yaml';

const LINES = [
  'publication:',
  '  name: 温州科协信息',
  '  editor: 温州市科学技术协会编',
  'issue:',
  '  number: “4”',
  '  total: 269',
  '  date: "2022-04-30"',
  'articles:',
  '  - title: “市科协召开党组会”',
  '    source: 市科协办公室 ＃ 备注',
  '    body: |',
  '      4月21日，市科协召开党组会。',
  '  - title: 第二篇',
  '\tsource: 市科协',
  '    body: |',
  '      正文。',
  '  - title: “第三篇”',
  '    source: 市科协 ＃ 备注',
  '    body: |',
  '      正文。',
  '',
];

const found = (lines: string[]) => {
  const file = writeIssue(lines);
  const { diagnostics } = loadIssue(file);
  return { file, diagnostics, at: diagnostics.map((d) => `${d.code}@${d.line}`).sort() };
};

test('traps before the first slip are reported with it; those after it are not judged', () => {
  const { at } = found(LINES);
  expect(at).toContain('JB111@14');
  expect(at).toContain('JB054@5');
  expect(at).toContain('JB055@9');
  expect(at).toContain('JB057@10');
  expect(at).not.toContain('JB055@17');
  expect(at).not.toContain('JB057@18');
  // The quoted number is the trap's (JB054), not a second "not a number" from the schema.
  expect(at.filter((a) => a.endsWith('@5'))).toEqual(['JB054@5']);
});

test('without the slip the same traps, and the later ones, are reported: none was invented', () => {
  const { at } = found(LINES.map((l) => l.replace('\tsource', '    source')));
  expect(at).toEqual(['JB054@5', 'JB055@17', 'JB055@9', 'JB057@10', 'JB057@18'].sort());
});

test('a value that runs into the slip line is not judged', () => {
  // The title continues on line 13: with a slip found there, YAML's reading of it is not trusted.
  const lines = [...LINES.slice(0, 12), '  - title: 第二篇 ＃ 备注', '      续', '    source: 市科协', ...LINES.slice(14)];
  const { yaml } = parseYaml(lines.join('\n'), 'issue.yaml');
  const codesAt = (beforeLine?: number) => findYamlTraps(yaml!, { beforeLine }).map((d) => `${d.code}@${d.line}`);
  expect(codesAt()).toContain('JB057@13');
  expect(codesAt(14)).not.toContain('JB057@13');
  expect(codesAt(14)).toContain('JB057@10');
});

test("their fixes apply with the slips' own: check --fix mends the number before the slip", () => {
  const { file, diagnostics } = found(LINES);
  const mended = applyFixes(fs.readFileSync(file, 'utf8'), diagnostics).text;
  expect(mended.split('\n')[4]).toBe('  number: 4');
});
