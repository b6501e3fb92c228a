// A 简讯 typed under articles: (or an article under briefs:) is one JB126 at the item, saying
// where it belongs, instead of a JB201 for each missing field and a JB203 for each of its keys.
import { messageOf } from '../../src/diagnostics/messages';
import { IssueFile } from '../../src/schema/issue-schema';
import { validate } from '../../src/schema/validate';
import { parseYaml } from '../../src/source/parse-yaml';

const HEAD = ['issue:', '  date: "2022-04-30"', 'articles:', '  - title: 市科协召开党组会', '    body: |', '      正文。'];
const BRIEF = ['  - date: 4月7日', '    text: 市科协举办培训', '    source: 市科协科普部'];
const ARTICLE = ['  - title: 全市科协主席会议召开', '    source: 市科协办公室', '    body: |', '      正文。'];

function check(lines: string[]) {
  const { yaml } = parseYaml(lines.join('\n'), 'issue.yaml');
  const result = validate(IssueFile, yaml!);
  return result.ok ? [] : result.diagnostics;
}

test('a brief under articles: one JB126 at its "- ", naming briefs', () => {
  const found = check([...HEAD, ...BRIEF, 'briefs:', '  - date: 4月8日', '    text: 乙', '']);
  expect(found.map((d) => `${d.code}@${d.line}:${d.col}`)).toEqual(['JB126@7:5']);
  expect(messageOf(found[0], 'zh').message).toMatch(/像是一条简讯.*写在了 articles/);
  expect(messageOf(found[0], 'zh').hint).toContain('briefs:');
  expect(messageOf(found[0], 'en').message).toMatch(/looks like a brief/);
});

test('an article under briefs: one JB126 naming articles', () => {
  const found = check([...HEAD, 'briefs:', ...BRIEF, ...ARTICLE, '']);
  expect(found.map((d) => `${d.code}@${d.line}:${d.col}`)).toEqual(['JB126@11:5']);
  expect(messageOf(found[0], 'zh').message).toMatch(/像是一篇文章.*写在了 briefs/);
});

test('an item with keys of neither kind keeps its own diagnostics', () => {
  const found = check([...HEAD, '  - titel: 甲', '    body: 乙', '']);
  expect(found.map((d) => d.code).sort()).toEqual(['JB201', 'JB203']);
});
