// Word's number formats as Word prints them: a label in another script or form than Word shows
// would change what the author typed (壹 is not 一, １ is not 1); a format not known is noted (JB142).
import { diag } from '../../../src/diagnostics/make';
import { messageOf } from '../../../src/diagnostics/messages';
import { readDocx } from '../../../src/import/docx/read-docx';
import { shapeArticle } from '../../../src/import/intake/shape';
import { p, r, rawDocx } from './raw-docx';

const TITLE = p(r('标题'), '<w:jc w:val="center"/>');

/** One list per format (numId = its index + 1), each level 0 starting at `start`, with `fontXml` on its label. */
function lists(levels: { fmt: string; text: string; start?: number; font?: string }[]): string {
  return (
    levels
      .map(
        (l, i) =>
          `<w:abstractNum w:abstractNumId="${i}"><w:lvl w:ilvl="0"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt}"/><w:lvlText w:val="${l.text}"/>` +
          `${l.font ? `<w:rPr><w:rFonts w:ascii="${l.font}" w:hAnsi="${l.font}"/></w:rPr>` : ''}</w:lvl></w:abstractNum>`,
      )
      .join('') + levels.map((_, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i}"/></w:num>`).join('')
  );
}

const item = (numId: number, text: string) => p(r(text), `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`);

function labels(levels: Parameters<typeof lists>[0], perList = 1) {
  const body = levels.map((_, i) => Array.from({ length: perList }, () => item(i + 1, '项')).join('')).join('');
  const got = readDocx(rawDocx(TITLE + body, { numbering: lists(levels) }), 'x.docx');
  if (!got.ok) throw new Error(got.diagnostic.code);
  const notes = shapeArticle(got.units, { fileStem: 'x', flags: got.flags })
    .notes.filter((n) => /^JB(14[0-8]|194)$/.test(n.code))
    .map((n) => `${n.code} ${messageOf(diag(n.code, 'x.docx', null, n.args), 'zh').message}`);
  return { texts: got.units.slice(1).map((u) => u.text.replace(/项$/, '')), notes };
}

describe('number formats print as Word prints them', () => {
  it('大写 (chineseLegalSimplified, ideographLegalTraditional), digit by digit (ideographDigital), full-width digits', () => {
    const { texts, notes } = labels([
      { fmt: 'chineseLegalSimplified', text: '%1、', start: 1 },
      { fmt: 'chineseLegalSimplified', text: '%1、', start: 12 },
      { fmt: 'ideographLegalTraditional', text: '%1、', start: 3 },
      { fmt: 'ideographDigital', text: '%1.', start: 10 },
      { fmt: 'decimalFullWidth', text: '%1．', start: 12 },
      { fmt: 'decimalFullWidth2', text: '%1．', start: 3 },
      { fmt: 'decimalHalfWidth', text: '%1.', start: 3 },
      { fmt: 'chineseCounting', text: '（%1）', start: 105 },
      { fmt: 'chineseCountingThousand', text: '%1、', start: 110 },
    ]);
    expect(texts).toEqual(['壹、', '拾贰、', '參、', '一〇.', '１２．', '３．', '3.', '（一百零五）', '一百一十、']);
    expect(notes).toEqual([]);
  });

  it('enclosed numbers: ⑴ ⒈ ㈠ as Word shows them', () => {
    const { texts } = labels(
      [
        { fmt: 'decimalEnclosedParen', text: '%1' },
        { fmt: 'decimalEnclosedFullstop', text: '%1' },
        { fmt: 'ideographEnclosedCircle', text: '%1' },
        { fmt: 'decimalEnclosedCircle', text: '%1' },
      ],
      2,
    );
    expect(texts).toEqual(['⑴', '⑵', '⒈', '⒉', '㈠', '㈡', '①', '②']);
  });

  it('a format jianbao does not know is written as Arabic digits, with a note naming it (JB142)', () => {
    const { texts, notes } = labels([{ fmt: 'hindiNumbers', text: '%1.', start: 2 }]);
    expect(texts).toEqual(['2.']);
    expect(notes).toEqual(['JB142 第 2 段的 Word 编号格式（hindiNumbers）jianbao 不认识，编号已按阿拉伯数字写成“2.”']);
  });

  it('a bullet typed in a symbol font in its Latin range (§ in Wingdings is ▪) is not printed as the letter', () => {
    const { texts, notes } = labels([
      { fmt: 'bullet', text: 'l', font: 'Wingdings' },
      { fmt: 'bullet', text: '§', font: 'Wingdings' },
      { fmt: 'bullet', text: 'o', font: 'Courier New' },
    ]);
    expect(texts).toEqual(['●', '', 'o']);
    expect(notes).toEqual(['JB194 文件中有 1 个符号字体（Wingdings）的符号（如 A7），简报字体无法印出，没有导入']);
  });
});
