// The must-show of the core: one file with a YAML syntax error, a missing title, a wrong type and
// an unknown key gives exactly those four diagnostics at their line:col, with hints.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadIssue } from '../../src/issue/load-issue';
import { messageOf } from '../../src/diagnostics/messages';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'issues', 'four-problems', 'issue.yaml');

test('four problems, four diagnostics, each at its place', () => {
  const { issue, diagnostics } = loadIssue(FIXTURE);
  expect(issue).toBeNull();
  const found = diagnostics.map((d) => `${d.code} ${d.line}:${d.col}`).sort();
  expect(found).toEqual(['JB127 13:11', 'JB201 6:5', 'JB202 2:11', 'JB203 9:5']);
});

test('messages say what is wrong in plain words, in both languages, with a hint', () => {
  const { diagnostics } = loadIssue(FIXTURE);
  const unknown = diagnostics.find((d) => d.code === 'JB203')!;
  expect(messageOf(unknown, 'zh')).toEqual({
    message: '未知字段“sorce”',
    hint: '是不是想写“source”？这里允许的字段：title, toc, section, source, byline, body',
  });
  const wrongType = diagnostics.find((d) => d.code === 'JB202')!;
  expect(messageOf(wrongType, 'en').message).toBe('"issue.number" must be a number, got text');
  expect(messageOf(wrongType, 'en').hint).toBe('write a number here, for example: number: 4');
  const missing = diagnostics.find((d) => d.code === 'JB201')!;
  expect(messageOf(missing, 'zh').message).toBe('缺少必填字段“articles[1].title”');
});

test('the series config supplies the publication; the issue holds only what changes', () => {
  const { issue, diagnostics } = loadIssue(path.join(__dirname, '..', '..', 'samples', 'wenzhou-kexie-2022-04.yaml'));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(issue?.publication).toEqual({ name: '温州科协信息', editor: '温州市科学技术协会编' });
  expect(issue?.template).toBe('kexie');
  expect(issue?.articles).toHaveLength(9);
});

test('a section broken by a syntax error is not judged by the schema (no artefacts of the recovery)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-tab-'));
  const file = path.join(dir, 'issue.yaml');
  // A tab-indented line: yaml recovers with `issue:` as null, which is not what the editor wrote.
  fs.writeFileSync(file, 'issue:\n\tdate: "2022-04-30"\narticles:\n  - title: 甲\n    body: 乙\n');
  const { diagnostics } = loadIssue(file);
  expect(diagnostics.map((d) => `${d.code} ${d.line}:${d.col}`)).toEqual(['JB111 2:1']);
  expect(messageOf(diagnostics[0], 'zh').message).toBe('这一行用 Tab 键缩进');
  expect(messageOf(diagnostics[0], 'en').message).toBe('this line is indented with a tab');
});
