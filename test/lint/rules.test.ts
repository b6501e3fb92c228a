import path from 'node:path';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { printedIssueNumbers } from '../../src/templates/issue-numbers';
import { messageOf } from '../../src/diagnostics/messages';
import { bodyLineStarts } from '../../src/markdown/body';
import { article, charAt, codes, lintYaml } from './lint-helper';

describe('JB301 half-width punctuation in Chinese text', () => {
  it('flags , ; : ? ! between Chinese characters at their exact column, with a full-width fix', () => {
    const { diagnostics, text } = lintYaml(article('组织赋能,联合强能;会议指出:进展如何?好!'));
    const hits = diagnostics.filter((d) => d.code === 'JB301');
    expect(hits.map((d) => d.args.char)).toEqual([',', ';', ':', '?', '!']);
    expect(hits.map((d) => charAt(text, d))).toEqual([',', ';', ':', '?', '!']);
    expect(hits[0].fixes).toEqual([{ offset: text.indexOf('能,') + 1, length: 1, text: '，' }]);
    expect(hits[0].args.input).toContain('组织赋能,联合');
  });

  it('treats a ( ) pair holding Chinese as one finding with two edits', () => {
    const { diagnostics, text } = lintYaml(article('宁波(余姚)服务站'));
    const [d] = diagnostics.filter((x) => x.code === 'JB301');
    expect(d.fixes).toEqual([
      { offset: text.indexOf('('), length: 1, text: '（' },
      { offset: text.indexOf(')'), length: 1, text: '）' },
    ]);
  });

  it('flags a . between ideographs or ending a line after one, and a "…" pair holding Chinese', () => {
    const { diagnostics, text } = lintYaml(article('林建波作了讲话.全市上下评选"优秀学会"活动圆满召开.'));
    const hits = diagnostics.filter((d) => d.code === 'JB301');
    expect(hits.map((d) => d.args.char)).toEqual(['.', '" "', '.']);
    expect(hits[1].fixes).toEqual([
      { offset: text.indexOf('"优'), length: 1, text: '“' },
      { offset: text.indexOf('会"') + 1, length: 1, text: '”' },
    ]);
    expect(hits[2].fixes).toEqual([{ offset: text.lastIndexOf('.'), length: 1, text: '。' }]);
  });

  it('leaves 3.5, web addresses, English quotes and a lone " alone', () => {
    const body = '增长3.5个百分点，详见www.wzkx.org.cn。\n\n他说"OK"。\n\n尺寸为5"。';
    expect(codes(lintYaml(article(body)).diagnostics)).not.toContain('JB301');
  });

  it('leaves English, numbers and photo file names alone', () => {
    const body = 'Hello, world (test): ok?\n\n比例1:2,3\n\n![图注](images/照片(1).png)';
    expect(codes(lintYaml(article(body)).diagnostics)).not.toContain('JB301');
  });

  it('locates characters in quoted single-line scalars too', () => {
    const { diagnostics, text } = lintYaml(
      'issue: { date: "2022-04-30" }\narticles:\n  - title: "会议召开,部署工作"\n    source: 办公室\n    body: 正文。\n',
    );
    const [d] = diagnostics.filter((x) => x.code === 'JB301');
    expect(charAt(text, d)).toBe(',');
    expect(d.fixes?.[0].offset).toBe(text.indexOf('开,') + 1);
  });
});

describe('JB302 stray spaces and JB303 spaced numbers', () => {
  it('flags a space between Chinese characters in body text with a deleting fix', () => {
    const { diagnostics, text } = lintYaml(article('市科协 召开会议。'));
    const [d] = diagnostics.filter((x) => x.code === 'JB302');
    expect(d.fixes).toEqual([{ offset: text.indexOf(' 召'), length: 1, text: '' }]);
  });

  it('flags a space beside a full-width mark too, as --fix left it after turning ( ) into （ ）', () => {
    const { diagnostics } = lintYaml(article('会上作了发言 （详见附件） 。'));
    expect(diagnostics.filter((x) => x.code === 'JB302').map((d) => d.args.input)).toEqual([
      '会上作了发言 （详见附件）…',
      '…（详见附件） 。',
    ]);
  });

  it("quotes the offending line's own text, also when it starts right after a blank line", () => {
    const { diagnostics } = lintYaml(article('今天天气很好。\n\n温州市召开 推进会议 部署工作'));
    expect(diagnostics.filter((x) => x.code === 'JB302').map((d) => d.args.input)).toEqual([
      '温州市召开 推进会议 部…',
      '…开 推进会议 部署工作',
    ]);
  });

  it('leaves a byline in a body alone: names after 本报记者 and 通讯员 are not even warned', () => {
    const { diagnostics } = lintYaml(article('今天天气很好。\n\n本报记者 徐军 通讯员 叶旭光'));
    expect(codes(diagnostics)).not.toContain('JB302');
  });

  it('keeps spaces in titles, subheadings and quoted slogans', () => {
    const body = '## 立足温州 创未来\n\n开展“科普助双减 一起向未来”活动。';
    expect(codes(lintYaml(article(body)).diagnostics)).not.toContain('JB302');
  });

  it('flags 第 4 期 and 6 月 3 日 once each, fixing every space', () => {
    const { diagnostics } = lintYaml(article('本刊第 4 期于6 月 3 日出版。'));
    const hits = diagnostics.filter((d) => d.code === 'JB303');
    expect(hits).toHaveLength(2);
    expect(hits[0].fixes).toHaveLength(2);
    expect(hits[1].fixes).toHaveLength(3);
  });
});

describe('JB304 unbalanced quotes and brackets', () => {
  it('points at the opening mark that is never closed and the stray closing one', () => {
    const { diagnostics, text } = lintYaml(article('他说“好的。\n\n《方案）发布。'));
    const hits = diagnostics.filter((d) => d.code === 'JB304');
    expect(hits.map((d) => charAt(text, d)).sort()).toEqual(['“', '《', '）'].sort());
  });

  it('accepts numbering with a closing bracket only: 1）2）3）, 一）, a） (trial 5, 2024-03 line 23)', () => {
    const body = '1）2）3）①②——……《》〈〉\n\n内容如下：1）学习文件；2）落实任务；一）组织；a）分工。';
    expect(codes(lintYaml(article(body)).diagnostics)).not.toContain('JB304');
    // A closing bracket after a word is still a lost half.
    expect(codes(lintYaml(article('详见附件1）。')).diagnostics)).toContain('JB304');
  });

  it('accepts nested pairs', () => {
    expect(codes(lintYaml(article('《“科创中国”方案（2021—2025年）》')).diagnostics)).not.toContain('JB304');
  });
});

const briefs = (items: Array<[string, string?]>, date = '2022-04-30') =>
  `issue: { number: 4, total: 269, date: "${date}" }\narticles:\n  - { title: 标题, source: 办公室, body: 正文。 }\nbriefs:\n` +
  items.map(([d, s]) => `  - { date: "${d}", text: 活动举行${s === undefined ? ', source: 科普部' : ''} }`).join('\n') +
  '\n';

describe('brief rules', () => {
  it('JB305: flags the brief whose range dash differs from the majority', () => {
    const { diagnostics } = lintYaml(briefs([['4月7日-8日'], ['4月19-20日'], ['4月25—27日']]));
    const hits = diagnostics.filter((d) => d.code === 'JB305');
    expect(hits).toHaveLength(1);
    expect(hits[0].args).toMatchObject({ dash: '—', expected: '-', input: '4月25—27日' });
  });

  it('JB305: one dash style throughout is fine', () => {
    expect(codes(lintYaml(briefs([['4月7日-8日'], ['4月19-20日']])).diagnostics)).not.toContain('JB305');
  });

  it('JB306: a brief dated in another month', () => {
    const { diagnostics } = lintYaml(briefs([['4月7日'], ['3月30日']]));
    const hits = diagnostics.filter((d) => d.code === 'JB306');
    expect(hits.map((d) => d.args.input)).toEqual(['3月30日']);
  });

  it('JB124: a brief dated on a day the calendar does not have, at the day', () => {
    const { diagnostics, text } = lintYaml(briefs([['4月7日'], ['4月30-31日']]));
    const hits = diagnostics.filter((d) => d.code === 'JB124');
    expect(hits.map((d) => [d.args.input, d.args.month, d.args.day])).toEqual([['4月30-31日', 4, 31]]);
    expect(charAt(text, hits[0])).toBe('3');
    expect(hits[0].severity).toBe('warning');
    expect(codes(lintYaml(briefs([['4月7日'], ['4月29-30日']])).diagnostics)).not.toContain('JB124');
  });

  it('JB306 and JB124 read a date typed with full-width digits (６月３日, as intake keeps it)', () => {
    const { diagnostics, text } = lintYaml(briefs([['４月７日'], ['３月３０日'], ['４月３１日']]));
    expect(diagnostics.filter((d) => d.code === 'JB306').map((d) => d.args.input)).toEqual(['３月３０日']);
    const day = diagnostics.filter((d) => d.code === 'JB124');
    expect(day.map((d) => d.args.input)).toEqual(['４月３１日']);
    expect(charAt(text, day[0])).toBe('３');
  });

  it('JB308: a brief without source', () => {
    const { diagnostics } = lintYaml(briefs([['4月7日'], ['4月8日', '']]));
    expect(codes(diagnostics)).toEqual(['JB308']);
  });
});

describe('article rules', () => {
  const articles = (yaml: string) => lintYaml(`issue: { number: 4, total: 269, date: "2022-04-30" }\narticles:\n${yaml}`).diagnostics;

  it('JB307: no source, no byline, no typed attribution', () => {
    expect(codes(articles('  - { title: 甲, body: 正文。 }\n'))).toEqual(['JB307']);
    expect(codes(articles('  - { title: 甲, byline: 本报记者 徐军, body: 正文。 }\n'))).toEqual([]);
    expect(codes(articles('  - { title: 甲, body: 正文。（市科协办公室） }\n'))).toEqual([]);
  });

  it('JB309: a toc that no longer matches, but not one that differs only by the line break', () => {
    expect(codes(articles('  - { title: "党组会\\n传达精神", toc: 党组会传达精神, source: 甲, body: 正文。 }\n'))).toEqual([]);
    const ds = articles('  - { title: 党组会传达精神, toc: 党组会研究部署, source: 甲, body: 正文。 }\n');
    expect(codes(ds)).toEqual(['JB309']);
    expect(ds[0].args).toMatchObject({ input: '党组会研究部署', title: '党组会传达精神' });
  });

  it("JB310: duplicate titles name the first one's line", () => {
    const ds = articles('  - { title: 甲乙, source: 甲, body: 正文。 }\n  - { title: 甲 乙, source: 甲, body: 正文。 }\n');
    expect(codes(ds)).toEqual(['JB310']);
    expect(ds[0]).toMatchObject({ line: 5, args: { line: 4 } });
  });

  it('JB311: an article with only a subheading is an error', () => {
    const ds = articles('  - title: 甲\n    source: 甲\n    body: |\n      ## 小标题\n');
    expect(ds.map((d) => [d.code, d.severity])).toEqual([['JB311', 'error']]);
  });

  it('JB311: `# 话题` and `### x` are text in body format v2, not an empty article', () => {
    expect(articles('  - title: 甲\n    source: 甲\n    body: |\n      # 话题\n').map((d) => d.code)).not.toContain('JB311');
    expect(articles('  - title: 甲\n    source: 甲\n    body: "## 小标题\\r### x"\n').map((d) => d.code)).not.toContain('JB311');
  });
});

describe('JB313: no issue number', () => {
  const body = 'articles:\n  - { title: 甲, source: 甲, body: 正文。 }\n';
  it('names the missing fields and the masthead lines they leave out, at the issue: line', () => {
    const { diagnostics } = lintYaml(`issue: { date: "2022-04-30" }\n${body}`);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'JB313',
      severity: 'warning',
      line: 2,
      args: { fields: 'issue.number, issue.total', lines: '第 N 期、总第 N 期' },
    });
  });
  it('names only the one missing', () => {
    const { diagnostics } = lintYaml(`issue: { number: 4, date: "2022-04-30" }\n${body}`);
    expect(diagnostics.map((d) => [d.code, d.args?.fields])).toEqual([['JB313', 'issue.total']]);
  });
  it('is silent when both are there', () => {
    expect(codes(lintYaml(`issue: { number: 4, total: 269, date: "2022-04-30" }\n${body}`).diagnostics)).toEqual([]);
  });
  it('asks only for what the template prints: the masthead of kexie both, plain 第 N 期, a 专版 neither', () => {
    const printed = (name: string) => [...printedIssueNumbers(path.join(__dirname, '../../templates', name))];
    expect(printed('kexie')).toEqual(['number', 'total']);
    expect(printed('plain')).toEqual(['number']);
    expect(printed('zhuankan')).toEqual([]);
  });
  it('through check: the shipped 专版 sample has no numbers and no JB313', () => {
    const { diagnostics } = compileIssue(path.join(__dirname, '../../samples/feature-page-2021-06.yaml'), { glyphCheck: false });
    expect(codes(diagnostics)).not.toContain('JB313');
  });
});

describe('JB314: a body line broken off mid-sentence (pasted with hard line breaks)', () => {
  const lint = (body: string) => lintYaml(article(body)).diagnostics.filter((d) => d.code === 'JB314');

  it('reports a paragraph pasted with a break every 30-odd characters once, at its first break', () => {
    const { diagnostics, text } = lintYaml(
      article(
        '今年以来，市科协坚持以党建为引领，不断完善基层组织治理结\n构，推动科协组织向园区、企业和社区延伸，打造了一批示范\n点。会议要求各地抓好落实。',
      ),
    );
    const found = diagnostics.filter((d) => d.code === 'JB314');
    expect(found).toHaveLength(1);
    expect(charAt(text, found[0])).toBe('结');
    expect(found[0].args).toMatchObject({ input: '…基层组织治理结', next: '构，推动科协…' });
  });

  it('quotes the next line from its first character when lines end in CR LF (a quoted scalar keeps them)', () => {
    const yaml =
      'issue: { number: 4, total: 269, date: "2022-04-30" }\narticles:\n  - title: 标题\n    source: 市科协\n' +
      '    body: "今年以来，市科协坚持以党建为引领，不断完善基层组织治理结\\r\\n构，推动科协组织向园区延伸。"\n';
    const [d] = lintYaml(yaml).diagnostics.filter((x) => x.code === 'JB314');
    expect(d.args.next).toBe('构，推动科协…');
    // A finding the scalar's source cannot place exactly stays on the scalar's own line, not past the file's end.
    const near = lintYaml(yaml.replace('\\r\\n构', '\\r\\n#构')).diagnostics.filter((x) => x.code === 'JB322');
    expect(near.map((x) => x.line)).toEqual([6]);
    expect(bodyLineStarts('甲\r\n乙\r丙\n丁')).toEqual([0, 3, 5, 7]);
  });

  it('leaves real paragraphs alone: ended by punctuation, short or numbered headings, indented next lines, markup', () => {
    expect(lint('今年以来，市科协坚持以党建为引领，不断完善基层组织治理结构。\n会议要求各地抓好落实。')).toEqual([]);
    expect(lint('一是立足温州创未来打好主动仗争先创优抓示范\n温州市“科创中国”试点城市建设已纳入规划。')).toEqual([]);
    expect(lint('二、工作成效\n全年共举办各类科普活动一百二十场次。')).toEqual([]);
    expect(lint('今年以来，市科协坚持以党建为引领，不断完善基层组织治理结\n　　构成要素齐全。')).toEqual([]);
    expect(lint('今年以来，市科协坚持以党建为引领，不断完善基层组织治理结\n\n构成要素齐全。')).toEqual([]);
    expect(lint('今年以来，市科协坚持以党建为引领，不断完善基层组织治理结\n## 小标题')).toEqual([]);
    expect(lint('今年以来，市科协坚持以党建为引领，不断完善基层组织的治理：\n一是加强领导。')).toEqual([]);
  });

  it('is silenced for a body whose line breaks are meant (# jianbao-ignore JB314 on the body line)', () => {
    const yaml = article('今年以来，市科协坚持以党建为引领，不断完善基层组织治理结\n构，推动科协组织向园区延伸。').replace(
      'body: |',
      'body: | # jianbao-ignore JB314',
    );
    const { file, diagnostics } = lintYaml(yaml);
    expect(codes(diagnostics)).toContain('JB314'); // the rule still finds it…
    expect(codes(compileIssue(file).diagnostics)).not.toContain('JB314'); // …and the directive silences it
  });
});

describe('JB322: a line that looks like markup but prints as typed', () => {
  const lint = (body: string) => lintYaml(article(body)).diagnostics.filter((d) => d.code === 'JB322');

  it.each([
    ['##\u3000一是立足温州创未来', 'sub'],
    ['#一是立足温州创未来', 'sub'],
    ['# 一是立足温州创未来', 'sub'],
    ['### 三个井号', 'sub'],
    ['＃＃ 全角井号', 'sub'],
    ['！[会议现场](images/a.png)', 'photo'],
    ['![会议现场]（images/a.png）', 'photo'],
    ['![会议现场](images/a(1).png)', 'photo'],
    ['｜单位｜人数｜', 'table'],
    ['| 单位 | 人数 |', 'table'],
  ])('%s', (line, kind) => {
    const found = lint(`正文第一段。\n${line}\n正文第二段。`);
    expect(found).toHaveLength(1);
    expect(found[0].args).toHaveProperty(kind, '');
    expect(found[0].args.input).toBe(line);
  });

  it('says nothing about real markup, topic tags, or marks inside a line', () => {
    const body = [
      '## 一是立足温州创未来',
      '#农技云培训# 活动走进乡村。',
      '文中的 ## 不在行首。',
      '![会议现场](images/a.png)',
      '| 单位 | 人数 |',
      '|---|---|',
      '| 市科协 | 12 |',
    ].join('\n');
    expect(lint(body)).toEqual([]);
  });

  it('names the markup in English too', () => {
    const [d] = lint('正文。\n#一是立足温州创未来');
    expect(messageOf(d, 'en').message).toBe('"#一是立足温州创未来" looks like a subheading but is not one: it prints as typed');
    expect(messageOf(d, 'zh').hint).toMatch(/^小标题写成行首两个半角井号加一个半角空格/);
  });
});
