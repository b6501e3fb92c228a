import path from 'node:path';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { printedIssueNumbers } from '../../src/templates/issue-numbers';
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

  it("quotes the offending line's own text, also when it starts right after a blank line", () => {
    const { diagnostics } = lintYaml(article('今天天气很好。\n\n本报记者 徐军 通讯员 叶旭光'));
    expect(diagnostics.filter((x) => x.code === 'JB302').map((d) => d.args.input)).toEqual([
      '本报记者 徐军 通讯员…',
      '…报记者 徐军 通讯员 叶旭…',
      '…徐军 通讯员 叶旭光',
    ]);
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
