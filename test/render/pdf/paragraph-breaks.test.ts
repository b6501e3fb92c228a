// A forced line break (`<br/>`, a title's `\n`) ends the PDF line where it stands, as `<w:br/>`
// does in Word: each segment is set like a paragraph of its own, only the first line indented.
import { bodyStyle, bundledTestFonts } from '../../helpers/paragraph-setup';
import type { Inline } from '../../../src/model/model';
import { layoutParagraph } from '../../../src/render/pdf/paragraph';

const fonts = bundledTestFonts();
const style = bodyStyle;
const text = (t: string): Inline => ({ kind: 'text', text: t });
const lay = (inlines: Inline[], s = style(), measure = 400) =>
  layoutParagraph({ kind: 'paragraph', style: 'body', inlines }, s, fonts, measure);
const lineText = (line: ReturnType<typeof lay>[number]) => line.pieces.map((p) => p.text).join('');

test("the sample's two-line title is set on two lines, split where the break is", () => {
  const lines = lay(
    [text('市科协召开党组会'), { kind: 'break' }, text('传达学习贯彻市“两会”精神')],
    style({ align: 'center', indent: 0, size: 22 }),
  );
  expect(lines.map(lineText)).toEqual(['市科协召开党组会', '传达学习贯彻市“两会”精神']);
});

test("only the paragraph's first line is indented; a line before a break is not stretched", () => {
  const lines = lay([text('第一段文字'), { kind: 'break' }, text('第二行')]);
  expect(lines.map(lineText)).toEqual(['第一段文字', '第二行']);
  expect(lines[0].pieces[0].x).toBe(32);
  expect(lines[1].pieces[0].x).toBe(0);
  expect(lines[0].pieces[0].charSpacing).toBe(0);
});

test('a segment longer than the measure wraps inside itself; two breaks leave an empty line', () => {
  const long = '一二三四五六七八九十'.repeat(3);
  const lines = lay([text(long), { kind: 'break' }, { kind: 'break' }, text('末行')], style({ indent: 0 }), 160);
  expect(lines.map(lineText)).toEqual(['一二三四五六七八九十', '一二三四五六七八九十', '一二三四五六七八九十', '', '末行']);
});

test('a break before a tab keeps the flush-right part on the last line', () => {
  const lines = lay([text('甲'), { kind: 'break' }, text('乙'), { kind: 'tab' }, text('丙')], style({ indent: 0 }));
  expect(lines.map(lineText)).toEqual(['甲', '乙丙']);
  expect(lines[1].pieces[1].x).toBeGreaterThan(300);
});
