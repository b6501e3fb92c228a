// A field name typed in Chinese (`标题:` for title) is one JB203 naming the English key, with a
// --fix that renames it, instead of JB203 plus a JB201 for the "missing" title at the same place.
import { applyFixes } from '../../src/lint/apply-fixes';
import { messageOf } from '../../src/diagnostics/messages';
import { IssueFile } from '../../src/schema/issue-schema';
import { validate } from '../../src/schema/validate';
import { parseYaml } from '../../src/source/parse-yaml';

const ISSUE = [
  'issue:',
  '  date: "2022-04-30"',
  'articles:',
  '  - title: 市科协召开党组会',
  '    source: 市科协办公室',
  '    body: |',
  '      正文。',
  'briefs:',
  '  - date: 4月7日',
  '    text: 市科协举办培训',
  '',
].join('\n');

function check(text: string) {
  const { yaml } = parseYaml(text, 'issue.yaml');
  const result = validate(IssueFile, yaml!);
  return result.ok ? [] : result.diagnostics;
}

test.each([
  ['标题', '  - title: ', 'title', 4],
  ['来源', '    source: ', 'source', 5],
  ['正文', '    body: |', 'body', 6],
  ['内容', '    text: ', 'text', 10],
  ['日期', '  - date: ', 'date', 9],
  ['Title', '  - title: ', 'title', 4],
  ['SOURCE', '    source: ', 'source', 5],
])('%s: one JB203 at the key naming "%s"… and --fix renames it', (chinese, line, english, at) => {
  const text = ISSUE.replace(line, line.replace(english, chinese));
  const found = check(text);
  expect(found.map((d) => `${d.code}@${d.line}`)).toEqual([`JB203@${at}`]);
  expect(found[0].args).toMatchObject({ key: chinese, closest: english });
  expect(messageOf(found[0], 'zh').hint).toContain(`是不是想写“${english}”`);
  expect(applyFixes(text, found).text).toBe(ISSUE);
});

test('a Chinese name beside its English key is reported without a fix (renaming would repeat the key)', () => {
  const text = ISSUE.replace('    source: 市科协办公室', '    source: 市科协办公室\n    来源: 市科协');
  const found = check(text);
  expect(found.map((d) => d.code)).toEqual(['JB203']);
  expect(found[0].fixes).toBeUndefined();
});

// Found by the full tier's hostile edits: a key named like a member of every JavaScript object
// was looked up among the Chinese names and crashed the check (JB900).
test.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('an unknown key %s is an unknown key, not a crash', (key) => {
  const found = check(ISSUE.replace('  - title: ', `  - ${key}: x\n    title: `));
  expect(found.map((d) => d.code)).toContain('JB203');
});
