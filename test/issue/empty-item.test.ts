// An article or brief left empty (a lone "-", the editor meant to fill it in later): one JB056 at
// the dash in the editor's words, not JB202 "应为映射（字段: 值），这里是空值"; --fix deletes the line.
import fs from 'node:fs';
import { loadIssue } from '../../src/issue/load-issue';
import { messageOf } from '../../src/diagnostics/messages';
import { applyFixes } from '../../src/lint/apply-fixes';
import { BASE_ISSUE, writeIssue } from '../source/issue-fixture';

const at = (i: number, ...lines: string[]) => [...BASE_ISSUE.slice(0, i), ...lines, ...BASE_ISSUE.slice(i)];

test.each([
  ['an article', at(8, '  -'), 'JB056@9:3', /articles 的第 1 项是空的/],
  ['a brief', at(13, '  -'), 'JB056@14:3', /briefs 的第 1 项是空的/],
  ['the last brief', at(16, '  - '), 'JB056@17:3', /briefs 的第 2 项是空的/],
])('%s that is only a "-": one JB056 at the dash, the line deleted by --fix', (_name, lines, expected, zh) => {
  const file = writeIssue(lines);
  const { diagnostics } = loadIssue(file);
  expect(diagnostics.map((d) => `${d.code}@${d.line}:${d.col}`)).toEqual([expected]);
  expect(messageOf(diagnostics[0], 'zh').message).toMatch(zh);
  expect(messageOf(diagnostics[0], 'en').message).toMatch(/is empty/);
  expect(applyFixes(fs.readFileSync(file, 'utf8'), diagnostics).text).toBe(BASE_ISSUE.join('\n'));
});

test('an empty item with a comment on its line is reported, not deleted', () => {
  const lines = at(8, '  - # 待补');
  const file = writeIssue(lines);
  const { diagnostics } = loadIssue(file);
  expect(diagnostics.map((d) => d.code)).toEqual(['JB056']);
  expect(applyFixes(fs.readFileSync(file, 'utf8'), diagnostics).text).toBe(lines.join('\n'));
});
