// After one syntax slip, yaml's recovery is unreliable below it, so its later errors were held
// back until the next check. When the slips found have certain mendings (what check --fix
// writes), the mended text is read again: what that reading finds further down is what the next
// check would say, and is said now, at its place in the file as it is. Nothing else is added.
import { loadIssue } from '../../src/issue/load-issue';
import { BASE_ISSUE, writeIssue } from '../source/issue-fixture';

// The shared fixture's masthead, up to and including `articles:`.
const HEAD = BASE_ISSUE.slice(0, BASE_ISSUE.indexOf('articles:') + 1);
const article = (title: string, body: string[], colon = ':') => [
  `  - title: ${title}`,
  '    source: 市科协',
  `    body${colon} |`,
  ...body.map((l) => `      ${l}`),
];

const reported = (lines: string[]) => loadIssue(writeIssue([...lines, ''])).diagnostics.map((d) => `${d.code}@${d.line}`);

test('a slip --fix mends (a full-width colon), then a value YAML cannot start (@): both in one run', () => {
  const lines = [...HEAD, ...article('第一篇', ['正文：一', '- 列表样的一行'], '：'), ...article('@第二篇', ['正文。'])];
  expect(reported(lines)).toEqual(['JB109@11', 'JB101@14']);
  // At the @ itself, as the check after mending points.
  const later = loadIssue(writeIssue([...lines, ''])).diagnostics.find((d) => d.code === 'JB101')!;
  expect(later.col).toBe(lines[13].indexOf('@') + 1);
});

test('the same later slip is reported once the first is mended, at the same line: the same finding', () => {
  const lines = [...HEAD, ...article('第一篇', ['正文：一', '- 列表样的一行']), ...article('@第二篇', ['正文。'])];
  expect(reported(lines)).toEqual(['JB101@14']);
});

test('nothing but the mended slip: nothing more is said (its echoes below are not slips)', () => {
  const lines = [...HEAD, ...article('第一篇', ['正文：一', 'key: 值', '- 列表样的一行', '@开头'], '：'), ...article('第二篇', ['正文。'])];
  expect(reported(lines)).toEqual(['JB109@11']);
});

test('a slip with no certain mending (a tab): the rest is not guessed at', () => {
  const lines = [...HEAD, ...article('第一篇', ['正文。']), '\tsource: 市科协', ...article('@第二篇', ['正文。'])];
  expect(reported(lines).filter((r) => !r.startsWith('JB111'))).toEqual([]);
});
