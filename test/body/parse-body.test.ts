// The body format v2 parser (docs/body-format.md) rule by rule: lines → blocks, `**` pairs →
// runs, photos with their line, and markup that is always escaped.
import { parseDocument } from 'htmlparser2';
import { parseMarkup } from '../../src/model/markup';
import { attributedMarkup, boldRuns, bodyToMarkup, imagesOf, parseBody, type BodyBlock } from '../../src/markdown/body';

const texts = (blocks: BodyBlock[]) =>
  blocks.map((b) =>
    b.kind === 'photo'
      ? `[${b.caption}]`
      : b.kind === 'table'
        ? JSON.stringify(b.rows)
        : b.runs.map((r) => (r.bold ? `<${r.text}>` : r.text)).join(''),
  );

describe('lines and blank lines', () => {
  it('every line is a paragraph; blank lines only separate', () => {
    expect(texts(parseBody('甲\n乙\n\n\n丙'))).toEqual(['甲', '乙', '丙']);
    expect(texts(parseBody('甲\r\n乙\r丙\n'))).toEqual(['甲', '乙', '丙']);
  });

  it("keeps each block's 0-based line, for diagnostics", () => {
    expect(parseBody('甲\r\n\r\n乙\r丙').map((b) => b.line)).toEqual([0, 2, 3]);
  });

  it("whitespace at a line's ends is layout; inside a line it prints (a tab as a space)", () => {
    expect(texts(parseBody('\t  　甲 乙　丙  \t\n    丁\t戊'))).toEqual(['甲 乙　丙', '丁 戊']);
  });
});

describe('subheadings', () => {
  it('`## ` with text is a subheading, after optional leading whitespace', () => {
    const blocks = parseBody('## 一是立足\n  ## 二是 **聚焦**');
    expect(blocks.map((b) => b.kind)).toEqual(['subheading', 'subheading']);
    expect(texts(blocks)).toEqual(['一是立足', '二是 <聚焦>']);
  });

  it.each(['# x', '### x', '#话题#', '##x', '## ', '##　全角空格', '文中 ## 不是'])('%s prints as typed', (line) => {
    const [b] = parseBody(line);
    expect(b.kind).toBe('paragraph');
    expect(texts([b])).toEqual([line.trim()]);
  });
});

describe('bold', () => {
  it.each([
    ['**重点**工作', ['<重点>', '工作']],
    ['甲**乙**丙**丁**', ['甲', '<乙>', '丙', '<丁>']],
    ['2*3=6 *重点* _x_ __y__ ~z~', ['2*3=6 *重点* _x_ __y__ ~z~']],
    ['** 不配对 与 ****', ['** 不配对 与 ****']],
    ['**', ['**']],
    ['***甲***', ['<*甲>', '*']],
    ['****x**', ['**', '<x>']],
    ['** a **b**', ['** a ', '<b>']],
    ['**a **', ['**a **']],
  ])('%s', (line, want) => {
    expect(boldRuns(line).map((r) => (r.bold ? `<${r.text}>` : r.text))).toEqual(want);
  });
});

describe('photos', () => {
  it('a line that is only ![caption](path) is a photo, with its line', () => {
    const blocks = parseBody('正文\n\n  ![会议现场 [1]](images/会议 现场.png)  ');
    expect(blocks[1]).toEqual({ kind: 'photo', line: 2, src: 'images/会议 现场.png', caption: '会议现场 [1]' });
    expect(imagesOf('正文\n\n![会议现场](images/a%.png)')).toEqual([{ src: 'images/a%25.png', alt: '会议现场', line: 2 }]);
  });

  it.each(['见 ![图](a.png)', '![图](a.png) 之后', '![图](a(1).png)', '![图]()'])('%s prints as typed', (line) => {
    expect(parseBody(line)[0].kind).toBe('paragraph');
    expect(imagesOf(line)).toEqual([]);
  });
});

describe('markup', () => {
  it('escapes every character, so no body can make the template output invalid', () => {
    const markup = bodyToMarkup('<p>甲</p> A&amp;B "q" <img src=x>\n**<b>**\n## <h2>\n![<a>"](x.png)');
    const dom = parseDocument(markup);
    const tags = dom.children.filter((c) => c.type === 'tag').map((c) => (c as { name: string }).name);
    expect(tags).toEqual(['p', 'p', 'h2', 'img']);
    expect(markup).toContain('&lt;p&gt;甲&lt;/p&gt; A&amp;amp;B &quot;q&quot; &lt;img src=x&gt;');
    expect(markup).toContain('<b>&lt;b&gt;</b>');
  });

  it('runs the attribution into the last paragraph, or sets it apart after a photo or subheading', () => {
    expect(attributedMarkup('甲\n乙', '市科协')).toBe('<p>甲</p>\n<p>乙<span class="source">（市科协）</span></p>\n');
    expect(attributedMarkup('甲\n## 乙', '市<科协>')).toBe(
      '<p>甲</p>\n<h2>乙</h2>\n<p class="source"><span class="source">（市&lt;科协&gt;）</span></p>\n',
    );
    expect(attributedMarkup('![图](a.png)', '办')).toMatch(/<img [^>]*\/>\n<p class="source">/);
  });
});

describe('through the markup parser', () => {
  const printed = (body: string) =>
    parseMarkup(bodyToMarkup(body), {
      runStyles: {},
      problem: (d) => {
        throw new Error(d);
      },
      image: () => null,
    }).map((b) => (b.kind === 'paragraph' ? b.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join('') : b.kind));

  it("spaces that are not layout whitespace (no-break, em space) print even at a line's ends", () => {
    expect(printed('\u00A0甲\u2003\n \u00A0乙')).toEqual(['\u00A0甲\u2003', '\u00A0乙']);
  });

  it('spaces inside a line print, also next to bold', () => {
    expect(printed('甲  **乙** 丙')).toEqual(['甲  乙 丙']);
  });
});

describe('tables (the fifth markup form)', () => {
  const tables = (body: string) =>
    parseBody(body)
      .filter((b) => b.kind === 'table')
      .map((b) => (b.kind === 'table' ? b.rows : []));

  it('a header line, a separator line and rows: cells split at | and trimmed', () => {
    expect(parseBody('| 地区 | 场次 |\n|---|:-:|\n| 温州 | 12 |\n|　台州\t|  5 |')).toEqual([
      {
        kind: 'table',
        line: 0,
        rows: [
          ['地区', '场次'],
          ['温州', '12'],
          ['台州', '5'],
        ],
      },
    ]);
  });

  it('zero rows, empty cells, indentation, CRLF, and text on both sides', () => {
    expect(texts(parseBody('甲\r\n  |a||\r\n  | - | -- |\r\n乙'))).toEqual(['甲', JSON.stringify([['a', '']]), '乙']);
  });

  it('every other character of a cell prints: **, #, ![..](..), <b> are cell text', () => {
    expect(tables('|**重点**|## x|![图](a.png)|<b>|\n|-|-|-|-|')).toEqual([[['**重点**', '## x', '![图](a.png)', '<b>']]]);
  });

  it('a row of another width ends the table and prints as typed', () => {
    const blocks = parseBody('|a|b|\n|-|-|\n|1|2|\n|1|2|3|\n|4|5|');
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph', 'paragraph']);
    expect(texts(blocks).slice(1)).toEqual(['|1|2|3|', '|4|5|']);
  });

  it.each([
    ['no separator', '|a|b|\n|1|2|'],
    ['separator without a dash in one cell', '|a|b|\n|-| |'],
    ['separator with another character', '|a|b|\n|-|=|'],
    ['separator of another width', '|a|b|\n|-|-|-|'],
    ['header missing its final pipe', '|a|b\n|-|-|'],
    ['separator missing its first pipe', '|a|b|\n-|-|'],
    ['a blank line between header and separator', '|a|b|\n\n|-|-|'],
    ['a full-width pipe', '｜a｜b｜\n｜-｜-｜'],
    ['a lone pipe', '|\n|-|'],
    ['a full-width dash', '|a|\n|—|'],
  ])('a near-miss prints as typed: %s', (_, body) => {
    expect(tables(body)).toEqual([]);
    expect(texts(parseBody(body))).toEqual(body.split('\n').filter((l) => l !== ''));
  });

  it('becomes <table> markup with a <th> header row, every character escaped', () => {
    expect(bodyToMarkup('|a&b|<c>|\n|-|-|\n|1|2|')).toBe(
      '<table><tr><th>a&amp;b</th><th>&lt;c&gt;</th></tr><tr><td>1</td><td>2</td></tr></table>\n',
    );
  });

  it('the markup parser makes a table block: header row flagged and bold, cells as inlines', () => {
    const blocks = parseMarkup(bodyToMarkup('|地区|场次|\n|-|-|\n|温州|12|'), {
      runStyles: {},
      image: () => null,
      problem: (d) => {
        throw new Error(d);
      },
    });
    expect(blocks).toEqual([
      {
        kind: 'table',
        style: 'table',
        rows: [
          { header: true, cells: [[{ kind: 'text', text: '地区', bold: true }], [{ kind: 'text', text: '场次', bold: true }]] },
          { header: false, cells: [[{ kind: 'text', text: '温州' }], [{ kind: 'text', text: '12' }]] },
        ],
      },
    ]);
  });
});
