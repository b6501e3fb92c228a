// A full-width (U+3000) or no-break (U+00A0) space before a key where YAML still reads the file
// (the last key of the last brief): the space became part of the key. The slip is the space, one
// diagnostic at its line, not an unknown key "　　source" and a missing source.
import fs from 'node:fs';
import { loadIssue } from '../../src/issue/load-issue';
import { applyFixes } from '../../src/lint/apply-fixes';
import { BASE_ISSUE, writeIssue } from '../source/issue-fixture';

const LAST = BASE_ISSUE.length - 2; // '    source: 市科协科普部', the file's last key
const withLast = (line: string) => BASE_ISSUE.map((l, i) => (i === LAST ? line : l));

test.each([
  ['no-break spaces', '\u00a0\u00a0\u00a0\u00a0source: 市科协科普部', 'JB052'],
  ['full-width spaces', '\u3000\u3000source: 市科协科普部', 'JB110'],
])('the last key indented with %s is that slip at its line, not an unknown key', (_name, line, code) => {
  const file = writeIssue(withLast(line));
  const { diagnostics } = loadIssue(file);
  expect(diagnostics.map((d) => `${d.code}@${d.line}:${d.col}`)).toEqual([`${code}@${LAST + 1}:1`]);
});

test('check --fix mends the no-break spaces back to the base issue', () => {
  const lines = withLast('\u00a0\u00a0\u00a0\u00a0source: 市科协科普部');
  const file = writeIssue(lines);
  const { diagnostics } = loadIssue(file);
  expect(applyFixes(fs.readFileSync(file, 'utf8'), diagnostics).text).toBe(BASE_ISSUE.join('\n'));
});

test('an unknown key that is only misspelt keeps JB203', () => {
  const { diagnostics } = loadIssue(writeIssue(withLast('    sorce: 市科协科普部')));
  expect(diagnostics.map((d) => d.code)).toEqual(['JB203']);
});
