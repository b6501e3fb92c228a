// The first real article takes the place of the example article `new`/`init` write (a placeholder
// that can never be printed, JB331); any other list is appended to, byte for byte.
import { appendedExactly, appendItem } from '../../src/editor/append-item';
import { PLACEHOLDER } from '../../src/schema/placeholders';

const issue = (articles: string) => `issue:\n  number: 2\n  total: 2\n  date: "2024-02-29"\narticles:\n${articles}briefs: []\n`;
const example = `  # 示例文章：替换成真实内容\n  - title: ${PLACEHOLDER.title}\n    source: ${PLACEHOLDER.source}\n    body: |\n      ${PLACEHOLDER.body[0]}\n`;
const item = { title: '市科协召开年度工作会议', source: '市科协办公室', body: '2月20日，市科协召开年度工作会议。\n' };

test('the untouched example article is replaced; comments above it stay', () => {
  const before = issue(example);
  const result = appendItem(before, 'articles', item);
  if (!result.ok) throw new Error(result.reason);
  expect(result.replacedExample).toBe(true);
  expect(result.text).not.toContain(PLACEHOLDER.title);
  expect(result.text).toContain('  # 示例文章：替换成真实内容\n  - title: 市科协召开年度工作会议\n');
  expect(result.text.endsWith('briefs: []\n')).toBe(true);
  expect(appendedExactly(before, result.text, 'articles', item, true)).toBe(true);
  // Claimed as an append, the same text is refused: the proof checks what really happened.
  expect(appendedExactly(before, result.text, 'articles', item, false)).toBe(false);
});

test('an example article the editor already changed, or one beside others, is kept', () => {
  const edited = issue(example.replace(PLACEHOLDER.title, '已改的标题'));
  const two = issue(`${example}  - title: 第二篇\n    body: |\n      正文。\n`);
  for (const before of [edited, two]) {
    const result = appendItem(before, 'articles', item);
    if (!result.ok) throw new Error(result.reason);
    expect(result.replacedExample).toBe(false);
    expect(result.text.startsWith(before.slice(0, before.indexOf('briefs:')))).toBe(true);
    expect(appendedExactly(before, result.text, 'articles', item)).toBe(true);
  }
});
