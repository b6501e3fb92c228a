// Owns shaping without OpenType for plain CJK text. Ideographs and full-width marks set on a
// grid take the glyph the cmap names and the advance the hmtx table gives: the default OpenType
// features (ligatures, kerning, contextual forms) never touch them in a Chinese face, and Word
// applies none of them to East Asian text either. fontkit's full shaping costs ~13 µs a glyph
// and, for a TrueType face without a vmtx table, decodes every glyph's header to compute a
// vertical metric nobody reads: most of a fresh process's rendering time. Everything else
// (Latin, digits, `——` and `……`, which are ligatures in Noto, and any character followed by a
// combining mark or variation selector) still goes through fontkit, run by run. Shaping each
// such run on its own also makes drawing agree with measuring: the line breaker measures a
// number as its own atom, and fontkit would otherwise pick the digits' glyphs by the script of
// whatever word began the piece drawn.
// test/render/pdf/plain-shaping.test.ts checks the result is the same as fontkit's, glyph for
// glyph, on the bundled faces.
import type { Font, GlyphPosition } from 'fontkit';

/** The parts of a shaped glyph that measuring and pdfkit's encoder read. */
export interface ShapedGlyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

export interface ShapedRun {
  glyphs: ShapedGlyph[];
  positions: GlyphPosition[];
}

/** fontkit internals read here: the cached glyph for a code point and the hmtx table. */
interface FontInternals {
  glyphForCodePoint(codePoint: number): { id: number; codePoints: number[] };
  hmtx?: { metrics: { length: number; get(i: number): { advance: number } | undefined } };
  _variationProcessor?: unknown;
}

/**
 * Ideographs, CJK symbols and punctuation, full-width forms, and the curly quotes Chinese uses;
 * not the vertical kana repeat marks U+3031–3035, which Noto joins into ligatures.
 */
const PLAIN = /^[\p{Script=Han}\u3000-\u3030\u3036-\u303f\uff01-\uff60\uffe0-\uffe6\u2018\u2019\u201c\u201d]$/u;
/** Code points shaped together with the one before them. */
const JOINING = /^[\p{M}\u200c\u200d]$/u;

function isPlain(char: string): boolean {
  return PLAIN.test(char) && !JOINING.test(char);
}

function advanceOf(font: FontInternals, id: number): number {
  const metrics = font.hmtx!.metrics;
  // Glyphs past the last long metric share its advance (OpenType hmtx).
  const entry = metrics.get(id < metrics.length ? id : metrics.length - 1);
  return entry ? entry.advance : 0;
}

function plainGlyphs(font: FontInternals, chars: string[], into: ShapedRun): void {
  for (const char of chars) {
    const glyph = font.glyphForCodePoint(char.codePointAt(0)!);
    const advanceWidth = advanceOf(font, glyph.id);
    into.glyphs.push({ id: glyph.id, codePoints: glyph.codePoints, advanceWidth });
    into.positions.push({ xAdvance: advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
  }
}

function shapedGlyphs(font: Font, text: string, into: ShapedRun): void {
  const run = font.layout(text);
  for (let i = 0; i < run.glyphs.length; i++) {
    const { id, codePoints, advanceWidth } = run.glyphs[i] as ShapedGlyph;
    into.glyphs.push({ id, codePoints, advanceWidth });
    const p = run.positions[i];
    into.positions.push({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset });
  }
}

/**
 * Shapes `text` in font units: plain stretches from the font's tables, the rest by fontkit.
 * Always fresh objects, since pdfkit scales a run's positions in place.
 */
export function shapeText(font: Font, text: string): ShapedRun {
  const internals = font as unknown as FontInternals;
  const run: ShapedRun = { glyphs: [], positions: [] };
  if (!internals.hmtx || internals._variationProcessor) {
    shapedGlyphs(font, text, run);
    return run;
  }
  const chars = Array.from(text);
  let start = 0;
  while (start < chars.length) {
    const plain = isPlainAt(chars, start);
    let end = start + 1;
    while (end < chars.length && isPlainAt(chars, end) === plain) end++;
    if (plain) plainGlyphs(internals, chars.slice(start, end), run);
    else shapedGlyphs(font, chars.slice(start, end).join(''), run);
    start = end;
  }
  return run;
}

/** Whether the character at `i` can be set plain: plain itself and not joined to the next. */
function isPlainAt(chars: string[], i: number): boolean {
  return isPlain(chars[i]) && !(i + 1 < chars.length && JOINING.test(chars[i + 1]));
}
