// Owns text measurement: advance widths and glyph counts of a string in one face and size,
// taken from the font's own glyph advances after shaping (the same shaping pdfkit draws with,
// see shared-fonts.ts), so computed positions match what ends up on the page.
import type { Font } from 'fontkit';
import { drawnText } from './invisible';
import { shapeText } from './plain-shaping';

export interface Measure {
  /** Advance width in pt, without any letter spacing. */
  width: number;
  /** Glyphs drawn; PDF character spacing (Tc) is added once per glyph. */
  glyphs: number;
}

// The em size of each face, read once: fontkit looks it up through a getter chain every time.
const emSizes = new WeakMap<Font, number>();

/** Width and glyph count of `text` as drawn (invisible characters are not); shapeText caches the
 * run, so a repeated string is cheap. */
export function measureText(font: Font, text: string, size: number): Measure {
  const run = shapeText(font, drawnText(text));
  let unitsPerEm = emSizes.get(font);
  if (unitsPerEm === undefined) emSizes.set(font, (unitsPerEm = font.unitsPerEm));
  return { width: (run.advance * size) / unitsPerEm, glyphs: run.glyphs.length };
}
