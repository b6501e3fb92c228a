// Words set solid between Chinese characters take back the space LibreOffice adds around them (latin-spacing.ts).
import type { Inline, ParagraphStyle } from '../../../src/model/model';
import { LIBREOFFICE_AUTOSPACE_EM, latinSpacing } from '../../../src/render/docx/latin-spacing';

const style = { size: 16, letterSpacing: 0 } as ParagraphStyle;
const text = (t: string): Inline => ({ kind: 'text', text: t });

test('a number between two Chinese characters: two spaces taken back over its digits', () => {
  const spacing = latinSpacing(style, [text('于2022年')]);
  expect([...spacing.keys()]).toEqual([1, 2, 3, 4]);
  for (const s of spacing.values()) expect(s).toBeCloseTo(-(LIBREOFFICE_AUTOSPACE_EM * 16 * 2) / 4, 6);
});

test('a word at the start of a paragraph has one Chinese neighbour; neighbours are found across runs', () => {
  const spacing = latinSpacing(style, [text('4'), text('月')]);
  expect(spacing.get(0)).toBeCloseTo(-LIBREOFFICE_AUTOSPACE_EM * 16, 6);
});

test('a word with spaces around it, or set off by a line break, keeps the style’s spacing', () => {
  expect(latinSpacing(style, [text('用 Word 写')]).size).toBe(0);
  expect(latinSpacing(style, [text('Word'), { kind: 'break' }, text('中')]).size).toBe(0);
  expect(latinSpacing(style, [text('甲'), { kind: 'break' }, text('Word')]).size).toBe(0);
  expect(latinSpacing(style, [text('甲Word'), { kind: 'break' }]).size).toBe('Word'.length);
});
