// `body: ｜4月21日…`: a full-width bar with the body's first line after it. YAML reads that as one
// plain value (no error), so the loader's traps find it: one JB053 at the text, not JB118.
import fs from 'node:fs';
import { loadIssue } from '../../src/issue/load-issue';
import { applyFixes } from '../../src/lint/apply-fixes';
import { BASE_ISSUE, writeIssue } from '../source/issue-fixture';

const typed = (...body: string[]) => [...BASE_ISSUE.slice(0, 10), ...body, ...BASE_ISSUE.slice(12)];

test.each([
  ['one line', typed('    body: ｜4月21日，市科协召开党组会。')],
  ['lines below it', typed('    body: ｜4月21日，市科协召开党组会。', '      会议强调。')],
])('a full-width "｜" with text after it (%s): one JB053 at the text, mended into a block', (_name, lines) => {
  const file = writeIssue(lines);
  const { diagnostics } = loadIssue(file);
  expect(diagnostics.map((d) => `${d.code}@${d.line}:${d.col}`)).toEqual(['JB053@11:12']);
  const mended = applyFixes(fs.readFileSync(file, 'utf8'), diagnostics).text.split('\n');
  expect(mended).toEqual([...BASE_ISSUE.slice(0, 10), '    body: |', ...lines.slice(10).map((l) => l.replace('    body: ｜', '      '))]);
});
