// Quotes typed with a Chinese input method (“…” ‘…’) around a whole value, meant as YAML's quotes:
// YAML keeps them as text. Around the issue's date or numbers that is one JB054 (not "invalid
// date" with the date shown in two pairs of quotes), mended to YAML's quotes; around a text field
// it prints the quotes, so JB055 says so.
import fs from 'node:fs';
import { loadIssue } from '../../src/issue/load-issue';
import { messageOf } from '../../src/diagnostics/messages';
import { applyFixes } from '../../src/lint/apply-fixes';
import { BASE_ISSUE, issueWith, writeIssue } from '../source/issue-fixture';

function check(lines: string[]) {
  const file = writeIssue(lines);
  const { diagnostics } = loadIssue(file);
  return {
    diagnostics,
    at: diagnostics.map((d) => `${d.code}@${d.line}:${d.col}`),
    mended: applyFixes(fs.readFileSync(file, 'utf8'), diagnostics).text,
  };
}

test.each([
  ['the date in “”', '  date: "2022-04-30"', '  date: “2022-04-30”', 'JB054@7:9', '  date: "2022-04-30"'],
  ['the date in ‘’', '  date: "2022-04-30"', '  date: ‘2022-04-30’', 'JB054@7:9', '  date: "2022-04-30"'],
  ['the date in ”” (WPS)', '  date: "2022-04-30"', '  date: ”2022-04-30”', 'JB054@7:9', '  date: "2022-04-30"'],
  ['the number in “”', '  number: 4', '  number: “4”', 'JB054@5:11', '  number: 4'],
  ['the total in ‘’', '  total: 269', '  total: ‘269’', 'JB054@6:10', '  total: 269'],
])('%s: one JB054, mended', (_name, line, typed, expected, mended) => {
  const found = check(issueWith(line, typed));
  expect(found.at).toEqual([expected]);
  expect(messageOf(found.diagnostics[0], 'zh').message).toMatch(/两边是中文引号/);
  expect(messageOf(found.diagnostics[0], 'en').message).toMatch(/Chinese quotes/);
  expect(found.mended).toBe(issueWith(line, mended).join('\n'));
});

test('a title wrapped in “” is printed with them: one JB055 warning, not mended', () => {
  const lines = issueWith('  - title: 市科协召开党组会', '  - title: “市科协召开党组会”');
  const found = check(lines);
  expect(found.at).toEqual(['JB055@9:12']);
  expect(found.diagnostics[0].severity).toBe('warning');
  expect(found.mended).toBe(lines.join('\n'));
});

test('a title in “” holding \\n was meant in YAML quotes: JB055 mends it to "…" (not JB106 keeping the “”)', () => {
  const found = check(issueWith('  - title: 市科协召开党组会', '  - title: “市科协召开党组会\\n传达精神”'));
  expect(found.at).toEqual(['JB055@9:12']);
  expect(found.mended).toBe(issueWith('  - title: 市科协召开党组会', '  - title: "市科协召开党组会\\n传达精神"').join('\n'));
});

test('quotes that are part of the text are no slip', () => {
  expect(check(issueWith('  - title: 市科协召开党组会', '  - title: “科创中国”温州站')).at).toEqual([]);
  expect(check(issueWith('  - title: 市科协召开党组会', '  - title: “两会”精神“落地”')).at).toEqual([]);
  expect(check(BASE_ISSUE).at).toEqual([]);
});
