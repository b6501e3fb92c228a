// #25 item 6: a slip in the YAML structure is one diagnostic at the slip's line, in the editor's
// words (zh, and en with --lang en), instead of yaml's two or three English errors.
import { messageOf } from '../../src/diagnostics/messages';
import { applyFixes } from '../../src/lint/apply-fixes';
import { parseYaml } from '../../src/source/parse-yaml';
import { BASE_ISSUE, issueWith } from './issue-fixture';

const SOURCE = '    source: 市科协办公室'; // line 10 of the base issue
const BODY = '      4月21日，市科协召开党组会。'; // line 12

function slips(lines: string[]) {
  return parseYaml(lines.join('\n'), 'issue.yaml').diagnostics;
}

const cases: Array<[string, string[], string, RegExp, RegExp]> = [
  [
    'one space short under a "- " item',
    issueWith(SOURCE, '   source: 市科协办公室'),
    'JB108@10:1',
    /缩进（3 个空格）与上一行（第 9 行，2 个空格）/,
    /indentation \(3\) does not fit the line above \(line 9, indentation 2\)/,
  ],
  [
    'one space too many under a "- " item (yaml blames the line above)',
    issueWith(SOURCE, '     source: 市科协办公室'),
    'JB108@10:1',
    /缩进（5 个空格）/,
    /indentation \(5\)/,
  ],
  [
    'a list item indented one space: one slip at its "- ", where its keys below agree',
    issueWith('  - date: 4月7日', ' - date: 4月7日'),
    'JB122@14:2',
    /“- ”的缩进（1 个空格）与它下面的字段（第 15 行，4 个空格）对不上/,
    /indentation \(1\) does not fit the keys below it \(line 15, indentation 4\)/,
  ],
  [
    'an article\'s "- " one space too far in, its keys where they belong',
    issueWith('  - title: 市科协召开党组会', '   - title: 市科协召开党组会'),
    'JB122@9:4',
    /“- ”的缩进（3 个空格）与它下面的字段（第 10 行，4 个空格）对不上/,
    /line 10, indentation 4/,
  ],
  [
    "a key after a body, one space further in than the body's key (not a body line)",
    [...BASE_ISSUE.slice(0, 9), ...BASE_ISSUE.slice(10, 12), '     source: 市科协办公室', ...BASE_ISSUE.slice(12)],
    'JB108@12:1',
    /缩进（5 个空格）与上一行（第 10 行，4 个空格）/,
    /line 10, indentation 4/,
  ],
  [
    'a stray space before a later item\'s "- ": compared with the item above, not with the key above',
    [...BASE_ISSUE.slice(0, 16), '   - date: 4月8日', '    text: 市科协举办讲座', ''],
    'JB108@17:1',
    /缩进（3 个空格）与上一行（第 14 行，2 个空格）/,
    /line 14, indentation 2/,
  ],
  [
    'a quoted value whose closing quote is missing: at the opening quote, naming the key',
    issueWith('  - title: 市科协召开党组会', '  - title: "市科协召开党组会'),
    'JB127@9:12',
    /“title”的值以引号“"”开头，却没有结束的引号/,
    /the value of "title" opens with the quote " but never closes it/,
  ],
  [
    'a field name in Chinese with a full-width colon ("标题：")',
    issueWith('  - title: 市科协召开党组会', '  - 标题：市科协召开党组会'),
    'JB109@9:7',
    /字段名“标题”后面是全角冒号/,
    /the key "标题" is followed by a full-width colon/,
  ],
  [
    'a body whose first line is not indented under "body: |"',
    issueWith(BODY, '    4月21日，市科协召开党组会。'),
    'JB129@12:5',
    /正文没有缩进/,
    /the body is not indented/,
  ],
  [
    'a full-width "－" for a list item\'s dash',
    issueWith('  - date: 4月7日', '  －date: 4月7日'),
    'JB128@14:3',
    /“－”是全角字符，YAML 只认半角的“-”/,
    /"－" is a full-width character/,
  ],
  [
    'a full-width "＃" for a comment',
    issueWith('briefs:', '＃ 简讯', 'briefs:'),
    'JB128@13:1',
    /“＃”是全角字符，YAML 只认半角的“#”/,
    /"＃" is a full-width character/,
  ],
  [
    'the first key under "issue:" one space too far in, the keys below it where they belong',
    issueWith('  number: 4', '   number: 4'),
    'JB051@5:1',
    /“issue”下的第一个字段“number”的缩进（3 个空格）与它下面的字段（第 6 行，2 个空格）对不上/,
    /the first key under "issue", "number", is indented by 3, which does not fit the keys below it \(line 6, indentation 2\)/,
  ],
  [
    'the first key under "issue:" one space short',
    issueWith('  number: 4', ' number: 4'),
    'JB051@5:1',
    /“number”的缩进（1 个空格）与它下面的字段（第 6 行，2 个空格）对不上/,
    /indented by 1/,
  ],
  [
    'the first key under "publication:" one space off, one key below it on the 2-space convention',
    issueWith('  name: 温州科协信息', '   name: 温州科协信息'),
    'JB051@2:1',
    /“publication”下的第一个字段“name”的缩进（3 个空格）与它下面的字段（第 3 行，2 个空格）对不上/,
    /line 3, indentation 2/,
  ],
  [
    'a space before the first key of the file',
    issueWith('publication:', ' publication:'),
    'JB123@1:1',
    /第一个字段“publication”前面多了 1 个空格/,
    /the first key of the file, "publication", is indented by 1/,
  ],
  [
    'a key indented past its neighbours',
    issueWith('  total: 269', '   total: 269'),
    'JB108@6:1',
    /缩进（3 个空格）与上一行（第 5 行，2 个空格）/,
    /line 5, indentation 2/,
  ],
  ['a full-width colon', issueWith(SOURCE, '    source：市科协办公室'), 'JB109@10:11', /“source”后面是全角冒号/, /full-width colon/],
  [
    "a full-width colon on an item's first key",
    issueWith('  - title: 市科协召开党组会', '  - title：市科协召开党组会'),
    'JB109@9:10',
    /“title”后面是全角冒号/,
    /"title"/,
  ],
  ['a full-width space in the indentation', issueWith(SOURCE, '  　source: 市科协办公室'), 'JB110@10:3', /缩进有全角空格/, /indentation/],
  [
    'a full-width space after the colon',
    issueWith(SOURCE, '    source:　市科协办公室'),
    'JB110@10:12',
    /冒号后面有全角空格/,
    /after the colon/,
  ],
  [
    'no-break spaces (U+00A0, from a web page or Word) as indentation',
    issueWith(SOURCE, '\u00a0\u00a0\u00a0\u00a0source: 市科协办公室'),
    'JB052@10:1',
    /这一行的缩进有不换行空格（U\+00A0）/,
    /a no-break space \(U\+00A0\) in this line's indentation/,
  ],
  [
    'a no-break space among the spaces of the indentation',
    issueWith('  total: 269', '\u00a0 total: 269'),
    'JB052@6:1',
    /缩进有不换行空格/,
    /indentation/,
  ],
  [
    'a no-break space after the colon',
    issueWith(SOURCE, '    source:\u00a0市科协办公室'),
    'JB052@10:12',
    /这一行的冒号后面有不换行空格（U\+00A0）/,
    /after the colon/,
  ],
  [
    'a body line indented with no-break spaces',
    issueWith(BODY, BODY, '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0会议强调。'),
    'JB052@13:1',
    /缩进有不换行空格/,
    /indentation/,
  ],
  [
    'the body typed on the line of its "|"',
    issueWith('    body: |', '    body: | 4月21日，市科协召开党组会。', '      会议强调。'),
    'JB053@11:13',
    /“body: \|”后面同一行写了文字/,
    /text on the line of "body: \|"/,
  ],
  [
    'the body typed right after its "|", no space',
    issueWith('    body: |', '    body: |4月21日，市科协召开党组会。'),
    'JB053@11:12',
    /“body: \|”后面同一行写了文字/,
    /text on the line of "body: \|"/,
  ],
  [
    'a full-width space after a list item\'s "-"',
    issueWith('  - date: 4月7日', '  -\u3000date: 4月7日'),
    'JB110@14:4',
    /缩进有全角空格/,
    /indentation/,
  ],
  [
    'a full-width "－" and a full-width space after it',
    issueWith('  - date: 4月7日', '  －\u3000date: 4月7日'),
    'JB128@14:3',
    /“－”是全角字符/,
    /full-width/,
  ],
  [
    'a full-width colon after a key that opens a mapping ("issue：")',
    issueWith('issue:', 'issue：'),
    'JB109@4:6',
    /“issue”后面是全角冒号/,
    /full-width colon/,
  ],
  ['a tab as indentation', issueWith(SOURCE, '\tsource: 市科协办公室'), 'JB111@10:1', /Tab/, /tab/],
  ['a tab after spaces', issueWith(SOURCE, '  \tsource: 市科协办公室'), 'JB111@10:3', /Tab/, /tab/],
  ['no space after the colon', issueWith(SOURCE, '    source:市科协办公室'), 'JB112@10:11', /冒号后面少了空格/, /no space after the colon/],
  [
    "a body line indented less than the body's first line",
    issueWith(BODY, BODY, '     会议强调。'),
    'JB113@13:6',
    /正文这一行的缩进（5 个空格）少于正文第一行（第 12 行，6 个空格）/,
    /less than the body's first line's \(line 12, indentation 6\)/,
  ],
  ['a body line that lost its indentation', issueWith(BODY, BODY, '会议强调。'), 'JB113@13:1', /缩进（0 个空格）/, /indentation \(0\)/],
  [
    "a body's first line indented further than the rest",
    issueWith(BODY, '        4月21日，市科协召开党组会。', '      会议强调。'),
    'JB113@13:7',
    /少于正文第一行（第 12 行，8 个空格）/,
    /line 12, indentation 8/,
  ],
  [
    'no space after a list item\'s "-"',
    issueWith('  - date: 4月7日', '  -date: 4月7日'),
    'JB114@14:3',
    /“-”后面少了空格/,
    /no space after the "-"/,
  ],
  [
    '": " inside a plain value',
    issueWith('    text: 市科协举办第十一期农技云培训', '    text: 培训安排：时间: 上午'),
    'JB115@15:18',
    /“text”的值中有“: ”/,
    /contains ": "/,
  ],
  [
    'spaces on a blank line before the body',
    issueWith('    body: |', '    body: |', '          '),
    'JB116@12:1',
    /空行里有空格/,
    /blank line before the body/,
  ],
  [
    'no colon after a key before a block ("body |")',
    issueWith('    body: |', '    body |'),
    'JB119@11:9',
    /字段名“body”后面少了冒号/,
    /no colon after the key "body"/,
  ],
  [
    'no colon after a key before its value ("title 标题")',
    issueWith('  - title: 市科协召开党组会', '  - title 市科协召开党组会'),
    'JB119@9:10',
    /字段名“title”后面少了冒号/,
    /no colon after the key "title"/,
  ],
  [
    'a source written in brackets right after its key ("source（来源）")',
    issueWith(SOURCE, '    source（市科协办公室）'),
    'JB119@10:11',
    /字段名“source”后面少了冒号/,
    /no colon after the key "source"/,
  ],
  [
    'a full-width colon before a block ("body：|")',
    issueWith('    body: |', '    body：|'),
    'JB109@11:9',
    /“body”后面是全角冒号/,
    /full-width colon/,
  ],
  [
    'a brief typed without its "- " (the keys of the item above, again)',
    issueWith(
      '    source: 市科协科普部',
      '    source: 市科协科普部',
      '    date: 4月9日',
      '    text: 市科协举办讲座',
      '    source: 市科协科普部',
    ),
    'JB120@17:5',
    /少了“- ”/,
    /without its "- "/,
  ],
  [
    'a double quote inside a double-quoted title',
    issueWith('  - title: 市科协召开党组会', '  - title: "他说"好"的"'),
    'JB121@9:15',
    /引号“"”在这里结束了/,
    /the quote " inside it ends the value here/,
  ],
  [
    'a double quote closing a double-quoted title that holds Chinese quotes',
    issueWith('  - title: 市科协召开党组会', '  - title: "他说“好"的”"'),
    'JB121@9:17',
    /引号“"”在这里结束了/,
    /ends the value here/,
  ],
  [
    'a single quote inside a single-quoted title',
    issueWith('  - title: 市科协召开党组会', "  - title: '他说'好'的'"),
    'JB121@9:15',
    /引号“'”在这里结束了/,
    /the quote ' inside it ends the value here/,
  ],
  [
    'a title beginning with [图片] (JB101 多余的字符)',
    issueWith('  - title: 市科协召开党组会', '  - title: [图片]市科协召开党组会'),
    'JB050@9:12',
    /title 的值以“\[”开头，YAML 把它当成列表的开头/,
    /starts with "\[", which YAML reads as the start of a list/,
  ],
  [
    "a brief's text with a [ never closed (JB101 at the next line, and more)",
    issueWith('    text: 市科协举办第十一期农技云培训', '    text: [视频市科协举办第十一期农技云培训'),
    'JB050@15:11',
    /text 的值以“\[”开头/,
    /start of a list/,
  ],
  [
    "a brief's text beginning with {注}",
    issueWith('    text: 市科协举办第十一期农技云培训', '    text: {注}市科协举办第十一期农技云培训'),
    'JB050@15:11',
    /当成映射的开头/,
    /start of a mapping/,
  ],
];

describe.each(cases)('%s', (_name, lines, expected, zh, en) => {
  const found = slips(lines);

  it(`is one diagnostic, ${expected}`, () => {
    expect(found.map((d) => `${d.code}@${d.line}:${d.col}`)).toEqual([expected]);
  });

  it("is worded in Chinese, and in English with --lang en, without yaml's own sentence", () => {
    const [d] = found;
    expect(messageOf(d, 'zh').message).toMatch(zh);
    expect(messageOf(d, 'en').message).toMatch(en);
    const zhWords = messageOf(d, 'zh').message + messageOf(d, 'zh').hint;
    expect(zhWords.replace('jianbao check --fix', '')).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/);
  });
});

test('text inside a body block is never taken for a slip (full-width colons and spaces are Chinese text)', () => {
  const lines = issueWith('      4月21日，市科协召开党组会。', '      会议指出：　一是……', '      \t缩进的一行', '      source：不是字段');
  expect(slips(lines)).toEqual([]);
});

test.each([
  ['one space short under a "- " item', issueWith(SOURCE, '   source: 市科协办公室'), 4],
  ['one space too many under a "- " item', issueWith(SOURCE, '     source: 市科协办公室'), 4],
  ['a key past its neighbour', issueWith('  total: 269', '   total: 269'), 2],
  ['a later item\'s "- " one space in', [...BASE_ISSUE.slice(0, 16), '   - date: 4月8日', '    text: 市科协举办讲座', ''], 2],
])('JB108 says how far the line should be indented: %s', (_name, lines, want) => {
  const [d] = slips(lines);
  expect(d.args.want).toBe(want);
  expect(messageOf(d, 'zh').hint).toContain(`这一行看来应缩进 ${want} 个空格`);
  expect(messageOf(d, 'en').hint).toContain(`probably wants ${want} spaces`);
});

test('body lines that lost their indentation together are one slip: one JB113 at the first', () => {
  const lines = issueWith(BODY, BODY, '会议强调。', '', '会议指出。', '', '      会议要求。');
  expect(slips(lines).map((d) => `${d.code}@${d.line}:${d.col}`)).toEqual(['JB113@13:1']);
});

test.each([
  ['a subheading', '\t## 小标题'],
  ['a paragraph', '\t一段正文。'],
])('a body line indented with a tab (%s) is one JB111 there: the body goes on below it', (_name, line) => {
  expect(slips(issueWith(BODY, BODY, line, '      下一段。')).map((d) => `${d.code}@${d.line}:${d.col}`)).toEqual(['JB111@13:1']);
  expect(slips(issueWith(BODY, line, '      下一段。')).map((d) => `${d.code}@${d.line}:${d.col}`)).toEqual(['JB111@12:1']);
});

test('the base issue has no slip', () => {
  expect(slips(BASE_ISSUE)).toEqual([]);
});

test('an error no slip explains is JB101 once per line, in Chinese words in zh', () => {
  const found = slips(issueWith('  number: 4', '  number: [4'));
  expect(found.map((d) => d.code)).toEqual(['JB101']);
  expect(messageOf(found[0], 'zh').message).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/);
});

describe('check --fix mends the slips whose mending is certain, and only those', () => {
  const fixed = (lines: string[]) => applyFixes(lines.join('\n'), slips(lines)).text.split('\n');
  it.each([
    ['body |', '    body: |', '    body |', '    body: |'],
    ['body |- with a comment', '    body: |', '    body |-  # 正文', '    body: |-  # 正文'],
    ['title 标题', '  - title: 市科协召开党组会', '  - title 市科协召开党组会', '  - title: 市科协召开党组会'],
    ['title标题', '  - title: 市科协召开党组会', '  - title市科协召开党组会', '  - title: 市科协召开党组会'],
    // The brackets are then JB330's to remove (check --fix goes round again).
    ['source（来源）', SOURCE, '    source（市科协办公室）', '    source: （市科协办公室）'],
    ['title: [图片]…', '  - title: 市科协召开党组会', '  - title: [图片]市科协召开党组会', '  - title: "[图片]市科协召开党组会"'],
    [
      'text: [视频… never closed',
      '    text: 市科协举办第十一期农技云培训',
      '    text: [视频市科协举办第十一期农技云培训',
      '    text: "[视频市科协举办第十一期农技云培训"',
    ],
  ])('%s', (_name, line, slip, mended) => {
    const lines = issueWith(line, slip);
    expect(fixed(lines)).toEqual(lines.map((l) => (l === slip ? mended : l)));
  });

  it('a brief without its "- " gets it back', () => {
    const lines = issueWith('    source: 市科协科普部', '    source: 市科协科普部', '    date: 4月9日', '    text: 市科协举办讲座');
    expect(fixed(lines).slice(16)).toEqual(['  - date: 4月9日', '    text: 市科协举办讲座', '']);
    expect(parseYaml(fixed(lines).join('\n'), 'issue.yaml').diagnostics).toEqual([]);
  });

  it('an item\'s "- " goes back in line with its keys', () => {
    const lines = issueWith('  - date: 4月7日', ' - date: 4月7日');
    expect(fixed(lines)).toEqual(BASE_ISSUE);
  });

  it('the first key under "issue:" goes back in line with the keys below it', () => {
    expect(fixed(issueWith('  number: 4', '   number: 4'))).toEqual(BASE_ISSUE);
    expect(fixed(issueWith('  number: 4', ' number: 4'))).toEqual(BASE_ISSUE);
  });

  it('a first key with one key below it is reported there but not mended: which of the two is off is unclear', () => {
    const lines = issueWith('  name: 温州科协信息', '   name: 温州科协信息');
    expect(fixed(lines)).toEqual(lines);
  });

  it('a key past its neighbours in the middle of a mapping stays JB108 at its own line', () => {
    expect(slips(issueWith('  total: 269', '   total: 269')).map((d) => `${d.code}@${d.line}`)).toEqual(['JB108@6']);
  });

  it('a space before the first key goes', () => {
    expect(fixed(issueWith('publication:', ' publication:'))).toEqual(BASE_ISSUE);
  });

  it('a first key in line with its own keys below is reported but not mended: which column is meant is unclear', () => {
    const lines = issueWith('publication:', '  publication:');
    expect(slips(lines).map((d) => d.code)).toContain('JB123');
    expect(fixed(lines)).toEqual(lines);
  });

  it.each([
    ['source：', SOURCE, '    source：市科协办公室', '    source: 市科协办公室'],
    ['source ： with spaces', SOURCE, '    source ：  市科协办公室', '    source: 市科协办公室'],
    ['标题：', '  - title: 市科协召开党组会', '  - 标题：市科协召开党组会', '  - title: 市科协召开党组会'],
    ['－date', '  - date: 4月7日', '  －date: 4月7日', '  - date: 4月7日'],
    ['－ date', '  - date: 4月7日', '  － date: 4月7日', '  - date: 4月7日'],
  ])('%s', (_name, line, slip, mended) => {
    const lines = issueWith(line, slip);
    expect(fixed(lines)).toEqual(lines.map((l) => (l === slip ? mended : l)));
  });

  it.each([
    ['source:来源', SOURCE, '    source:市科协办公室', '    source: 市科协办公室'],
    ['title:标题 on an item', '  - title: 市科协召开党组会', '  - title:市科协召开党组会', '  - title: 市科协召开党组会'],
    ['number:4', '  number: 4', '  number:4', '  number: 4'],
    ['body:|', '    body: |', '    body:|', '    body: |'],
    ['body:|- with a comment', '    body: |', '    body:|-  # 正文', '    body: |-  # 正文'],
    ['-date', '  - date: 4月7日', '  -date: 4月7日', '  - date: 4月7日'],
    ['-title', '  - title: 市科协召开党组会', '  -title: 市科协召开党组会', '  - title: 市科协召开党组会'],
  ])('a missing space (JB112, JB114) is put back: %s', (_name, line, slip, mended) => {
    const lines = issueWith(line, slip);
    expect(slips(lines).map((d) => d.code)).toEqual([slip.includes('-date') || slip.includes('-title') ? 'JB114' : 'JB112']);
    expect(fixed(lines)).toEqual(lines.map((l) => (l === slip ? mended : l)));
    expect(parseYaml(fixed(lines).join('\n'), 'issue.yaml').diagnostics).toEqual([]);
  });

  it.each([
    // a space would turn the rest into a comment, an anchor, a tag, an alias or a quoted value
    ['title:#话题#', '  - title:#农技云#培训'],
    ['title:&', '  - title:&锚 标题'],
    ['title:!', '  - title:!标签 标题'],
    ['title:*', '  - title:*别名'],
    ['title:"…"', '  - title:"市科协召开党组会"'],
    ["title:'…'", "  - title:'市科协召开党组会'"],
    ['title:… #', '  - title:市科协召开党组会 #备注'],
  ])('a missing space is reported but not put back where the value would read differently: %s', (_name, slip) => {
    const lines = issueWith('  - title: 市科协召开党组会', slip);
    expect(slips(lines).map((d) => d.code)).toContain('JB112');
    expect(fixed(lines)).toEqual(lines);
  });

  it('a list item\'s "-" before text that is no key is reported but not mended', () => {
    const lines = [...BASE_ISSUE.slice(0, -1), 'tags:', '  - 学会', '  -科协', ''];
    expect(slips(lines).map((d) => `${d.code}@${d.line}`)).toEqual(['JB114@19']);
    expect(fixed(lines)).toEqual(lines);
  });

  it.each([
    ['in the indentation', SOURCE, '\u00a0\u00a0\u00a0\u00a0source: 市科协办公室'],
    ['mixed with spaces', '  total: 269', ' \u00a0total: 269'],
    ['after the colon', SOURCE, '    source:\u00a0市科协办公室'],
    ['two after the colon', SOURCE, '    source:\u00a0\u00a0市科协办公室'],
  ])('no-break spaces %s become spaces', (_name, line, slip) => {
    expect(fixed(issueWith(line, slip))).toEqual(BASE_ISSUE);
  });

  it('a no-break space after a list item\'s "-" becomes a space', () => {
    expect(fixed(issueWith('  - date: 4月7日', '  -\u00a0date: 4月7日'))).toEqual(BASE_ISSUE);
  });

  it('a full-width "－" with a full-width space after it becomes "- "', () => {
    expect(fixed(issueWith('  - date: 4月7日', '  －\u3000date: 4月7日'))).toEqual(BASE_ISSUE);
  });

  it('no-break spaces in an indentation that fits no line near it are reported, not mended', () => {
    const lines = issueWith(SOURCE, '\u00a0\u00a0\u00a0source: 市科协办公室');
    expect(slips(lines).map((d) => d.code)).toEqual(['JB052']);
    expect(fixed(lines)).toEqual(lines);
  });

  it('a no-break space inside a value or a body is text, no slip', () => {
    expect(slips(issueWith(SOURCE, '    source: 市科协\u00a0办公室'))).toEqual([]);
    expect(slips(issueWith(BODY, '      \u00a0\u00a04月21日，市科协召开党组会。'))).toEqual([]);
  });

  it.each([
    ['one body line', ['    body: | 4月21日，市科协召开党组会。'], ['    body: |', '      4月21日，市科协召开党组会。']],
    [
      'the body lines below it',
      ['    body: |4月21日，市科协召开党组会。', '      会议强调。'],
      ['    body: |', '      4月21日，市科协召开党组会。', '      会议强调。'],
    ],
  ])('the text on the line of "body: |" moves to the body: %s', (_name, typed, mended) => {
    const lines = [...BASE_ISSUE.slice(0, 10), ...typed, ...BASE_ISSUE.slice(12)];
    expect(fixed(lines)).toEqual([...BASE_ISSUE.slice(0, 10), ...mended, ...BASE_ISSUE.slice(12)]);
    expect(parseYaml(fixed(lines).join('\n'), 'issue.yaml').diagnostics).toEqual([]);
  });

  it('a CR LF file gets CR LF on the new line', () => {
    const lines = [...BASE_ISSUE.slice(0, 10), '    body: | 4月21日，市科协召开党组会。', ...BASE_ISSUE.slice(12)];
    const text = lines.join('\r\n');
    const out = applyFixes(text, parseYaml(text, 'issue.yaml').diagnostics).text;
    expect(out).toBe(BASE_ISSUE.join('\r\n'));
  });

  it('a text starting with ">" in a brief is reported, not made a block', () => {
    const lines = issueWith('    text: 市科协举办第十一期农技云培训', '    text: >50人参加培训');
    expect(slips(lines).map((d) => d.code)).toEqual(['JB053']);
    expect(fixed(lines)).toEqual(lines);
  });

  it('a "|" with its indentation indicator or a comment is no text on its line', () => {
    expect(slips(issueWith('    body: |', '    body: |2', '      4月21日，市科协召开党组会。', '    x: ['))[0]?.code).not.toBe('JB053');
    expect(slips(issueWith('    body: |', '    body: | # 正文'))).toEqual([]);
  });

  it('a Chinese name that stands for two keys (正文: body or text) is not renamed', () => {
    const lines = issueWith('    body: |', '    正文：|');
    expect(fixed(lines)).toEqual(issueWith('    body: |', '    正文: |'));
  });

  it('a quote inside a quoted value is not mended: which quotes the editor wants is theirs to say', () => {
    const lines = issueWith('  - title: 市科协召开党组会', '  - title: "他说"好"的"');
    expect(fixed(lines)).toEqual(lines);
  });

  it("an item's first key typed twice, its other keys after it, is JB102: a key typed twice, not a new item", () => {
    const lines = issueWith('  - title: 市科协召开党组会', '  - title: 市科协召开党组会', '    title: 又一个');
    expect(slips(lines).map((d) => `${d.code}@${d.line}`)).toEqual(['JB102@10']);
  });

  it('a key that is really repeated keeps JB102 and no fix', () => {
    const lines = issueWith(SOURCE, SOURCE, SOURCE);
    expect(slips(lines).map((d) => `${d.code}@${d.line}`)).toEqual(['JB102@11']);
    expect(fixed(lines)).toEqual(lines);
  });
});

test('a quoted value followed by a comment, and a quote inside a block, are no slips', () => {
  expect(slips(issueWith('  - title: 市科协召开党组会', '  - title: "他说“好”的" # 注'))).toEqual([]);
  expect(slips(issueWith(BODY, '      他说"好"的。'))).toEqual([]);
});

test('a title\'s second line that starts with a field\'s Chinese name and "：" is no slip where yaml has no error there', () => {
  const lines = issueWith('  - title: 市科协召开党组会', '  - title: 市科协召开党组会', '      内容：传达精神');
  const found = slips([...lines.slice(0, -1), '  broken: [', '']);
  expect(found.map((d) => d.code)).not.toContain('JB109');
});

test.each([
  ['time:10点', '      time:10点'],
  ['-科协', '      -科协'],
])("a title's second line (%s) is text, no slip, and the real slip further down is the one reported", (_name, second) => {
  const lines = issueWith('  - title: 市科协召开党组会', '  - title: 市科协召开党组会', second);
  const broken = lines.map((l) => (l === '    source: 市科协科普部' ? '    source：市科协科普部' : l));
  expect(slips(broken).map((d) => `${d.code}@${d.line}`)).toEqual(['JB109@17']);
});

test('a plain continuation line that starts with a word is no missing colon where yaml has no error there', () => {
  const lines = issueWith('  - title: 市科协召开党组会', '  - title: 市科协召开党组会', '    WPS 培训', SOURCE);
  const found = slips([...lines.slice(0, -1), '  broken: [', '']);
  expect(found.map((d) => d.code)).not.toContain('JB119');
});

// Linear in the file: how long it takes is for `npm run bench`, never asserted here.
test('6,000 slips of the new kinds: one diagnostic each, at its line', () => {
  const COUNT = 2000;
  const briefs = Array.from({ length: COUNT }, (_, i) => `    date: 4月${i}日\n    text: 第${i}条`).join('\n');
  const titles = Array.from({ length: COUNT }, (_, i) => `  - title: "他说"好${i}"的"\n    body |\n      正文。`).join('\n');
  const text = `issue:\n  date: "2022-04-30"\narticles:\n${titles}\nbriefs:\n  - date: 4月1日\n    text: 第一条\n${briefs}\n`;
  const found = parseYaml(text, 'issue.yaml').diagnostics;
  const count = (code: string) => found.filter((d) => d.code === code).length;
  expect([count('JB119'), count('JB120'), count('JB121')]).toEqual([COUNT, COUNT, COUNT]);
  expect(found).toHaveLength(3 * COUNT);
  expect(found.find((d) => d.code === 'JB120')).toMatchObject({ line: 4 + 3 * COUNT + 3 });
});
