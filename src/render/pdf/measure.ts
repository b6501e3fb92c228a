// Owns text measurement: advance widths and glyph counts of a string in one face and size,
// taken from the font's own glyph advances after shaping (the same shaping pdfkit draws with,
// see shared-fonts.ts), so computed positions match what ends up on the page.
import type { Font } from 'fontkit';
import { shapeText } from './plain-shaping';

export interface Measure {
  /** Advance width in pt, without any letter spacing. */
  width: number;
  /** Glyphs drawn; PDF character spacing (Tc) is added once per glyph. */
  glyphs: number;
}

// Widths per font object, in font units; measuring a 40-paragraph issue repeats few strings.
// The em size is kept beside them: fontkit looks it up through a getter chain on every read.
const memo = new WeakMap<Font, { unitsPerEm: number; widths: Map<string, Measure> }>();
const MAX_MEASURED = 50000;

export function measureText(font: Font, text: string, size: number): Measure {
  let table = memo.get(font);
  if (!table) {
    table = { unitsPerEm: font.unitsPerEm, widths: new Map() };
    memo.set(font, table);
  }
  let units = table.widths.get(text);
  if (!units) {
    // Bounded: a batch measures the text of every issue in the archive.
    if (table.widths.size >= MAX_MEASURED) table.widths.clear();
    const run = shapeText(font, text);
    let width = 0;
    for (const p of run.positions) width += p.xAdvance;
    units = { width, glyphs: run.glyphs.length };
    table.widths.set(text, units);
  }
  return { width: (units.width * size) / table.unitsPerEm, glyphs: units.glyphs };
}
