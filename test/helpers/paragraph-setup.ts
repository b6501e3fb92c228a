// Shared by the tests that lay out single paragraphs: the bundled fonts opened per role, and a
// body style (16 pt, justified, 28 pt lines) to vary per test.
import { bundledFonts } from '../../src/fonts/bundled';
import { openFont } from '../../src/fonts/open-font';
import type { ParagraphStyle } from '../../src/model/model';
import type { Fonts } from '../../src/render/pdf/paragraph';

export const bundledTestFonts = (): Fonts => Object.fromEntries(Object.entries(bundledFonts()).map(([r, f]) => [r, openFont(f)])) as Fonts;

export const bodyStyle = (over: Partial<ParagraphStyle> = {}): ParagraphStyle => ({
  font: 'body',
  size: 16,
  bold: false,
  color: '#000000',
  align: 'justify',
  indent: 2,
  spaceBefore: 0,
  spaceAfter: 0,
  lineHeight: 28,
  letterSpacing: 0,
  keepWithNext: false,
  ...over,
});
