// The self-check behind "nothing invented or lost": the YAML read back through the issue loader,
// its printed text rebuilt by the v2 body rules and compared with the source's characters.
import { printedLine } from '../../../src/markdown/body';
import { compareText, verifyArticleYaml } from '../../../src/import/intake/verify-draft';
import type { ArticleDraft } from '../../../src/import/intake/draft';

const draft: ArticleDraft = {
  title: '标题',
  blocks: [],
  notes: [],
  source: '市科协',
  sourceText: ['标题', '一、小标题', '一是加强领导。其余文字', '图为现场。', '正文。（市科协）'],
};
const yaml = (body: string) =>
  `issue:\n  date: "2022-05-01"\npublication:\n  name: 刊\n  editor: 编\narticles:\n  - title: 标题\n    source: 市科协\n    body: |\n${body
    .split('\n')
    .map((l) => (l ? `      ${l}` : ''))
    .join('\n')}\n`;

describe('intake self-check', () => {
  it('reads the v2 markup as printed text: ## heading, **bold** pairs, a photo line as its caption', () => {
    expect(printedLine('## 一、小标题')).toBe('一、小标题');
    expect(printedLine('**一是加强领导。**其余文字')).toBe('一是加强领导。其余文字');
    expect(printedLine('![图为现场。](images/ab.png)')).toBe('图为现场。');
    expect(printedLine('1. 编号 * 星号 ** 不成对')).toBe('1. 编号 * 星号 ** 不成对');
    expect(printedLine('#话题# ### 三级')).toBe('#话题# ### 三级');
  });

  it('passes the YAML that holds exactly the source text', () => {
    expect(
      verifyArticleYaml(yaml('## 一、小标题\n\n**一是加强领导。**其余文字\n\n![图为现场。](images/ab.png)\n\n正文。'), 'x.yaml', draft),
    ).toEqual({ ok: true });
  });

  it('fails on a lost character and says where', () => {
    const r = verifyArticleYaml(
      yaml('## 一、小标题\n\n**一是加强领导。**其文字\n\n![图为现场。](images/ab.png)\n\n正文。'),
      'x.yaml',
      draft,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.detail).toMatch(/“.*其余.*” ≠ “.*其文.*” #\d+/);
  });

  it('fails on an invented character, and on a YAML the loader refuses', () => {
    expect(compareText(['正文。'], ['正文。！'])).not.toBeNull();
    const bad = verifyArticleYaml('articles: [', 'x.yaml', draft);
    expect(bad.ok).toBe(false);
    const invalid = verifyArticleYaml(yaml('正文。').replace('  date: "2022-05-01"\n', ''), 'x.yaml', draft);
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) expect(invalid.detail).toBe('schema');
  });

  it('fails on text in another order, though every character is still there', () => {
    // Two paragraphs swapped, and two characters swapped inside one: the same characters, not the same text.
    const swapped = verifyArticleYaml(
      yaml('## 一、小标题\n\n正文。\n\n**一是加强领导。**其余文字\n\n![图为现场。](images/ab.png)'),
      'x.yaml',
      draft,
    );
    expect(swapped.ok).toBe(false);
    expect(compareText(['甲乙丙。'], ['甲丙乙。'])).not.toBeNull();
  });

  it('the attribution and the byline may move to their fields; the body keeps its order around them', () => {
    const withByline: ArticleDraft = {
      ...draft,
      byline: '记者 王明',
      sourceText: ['标题', '记者 王明', '一、小标题', '一是加强领导。其余文字', '图为现场。', '正文。（市科协）'],
    };
    const body = '## 一、小标题\n\n**一是加强领导。**其余文字\n\n![图为现场。](images/ab.png)\n\n正文。';
    const text = yaml(body).replace('    source: 市科协\n', '    source: 市科协\n    byline: 记者 王明\n');
    expect(verifyArticleYaml(text, 'x.yaml', withByline)).toEqual({ ok: true });
  });

  it('a table separator line is markup, not text; the same line outside a table is text', () => {
    const rows: ArticleDraft = { ...draft, source: undefined, sourceText: ['标题', '| 地区 | 场次 |', '| 鹿城 | 12 |'] };
    const plain = (body: string) => yaml(body).replace('    source: 市科协\n', '');
    expect(verifyArticleYaml(plain('| 地区 | 场次 |\n|---|---|\n| 鹿城 | 12 |'), 'x.yaml', rows)).toEqual({ ok: true });
    // With a blank line the header is no table, so its `|---|---|` is invented text.
    expect(verifyArticleYaml(plain('| 地区 | 场次 |\n\n|---|---|\n| 鹿城 | 12 |'), 'x.yaml', rows).ok).toBe(false);
  });
});
