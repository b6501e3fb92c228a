// Owns the glyphs of a sequence face (shared-fonts.ts) and their measure, one function for both so
// what is drawn is what was measured: a letter with combining marks the face has a precomposed
// glyph for (e + U+0301 as é, fonts/combining-marks.ts) is that glyph; the rest is shaped as any
// text is (plain-shaping.ts: a character with its variation selector is fontkit's one glyph for
// the pair). A glyph standing for several characters copies as all of them (ToUnicode).
import type { Font, GlyphPosition } from 'fontkit';
import { composedGlyph, MARKED } from '../../fonts/combining-marks';
import { shapeText, type ShapedGlyph } from './plain-shaping';

export interface SequenceRun {
  glyphs: ShapedGlyph[];
  positions: GlyphPosition[];
}

function shaped(font: Font, text: string, into: SequenceRun): void {
  const run = shapeText(font, text);
  // One glyph copies as the whole text: fontkit keeps one glyph object per id, whose code points
  // are those it was first met with (a bare ☑ before ☑️).
  const whole = run.glyphs.length === 1 ? Array.from(text, (ch) => ch.codePointAt(0)!) : null;
  run.glyphs.forEach((g, i) => {
    into.glyphs.push({ id: g.id, codePoints: whole ?? g.codePoints, advanceWidth: g.advanceWidth });
    into.positions.push({ ...run.positions[i] });
  });
}

const codePoints = (text: string) => Array.from(text, (ch) => ch.codePointAt(0)!);

/** Each composable letter drawn as its own precomposed glyph, the text between shaped apart. */
function clusterByCluster(font: Font, text: string): SequenceRun {
  const run: SequenceRun = { glyphs: [], positions: [] };
  let at = 0;
  for (const m of text.matchAll(MARKED)) {
    const glyph = composedGlyph(font, m[0]);
    if (!glyph) continue;
    if (m.index > at) shaped(font, text.slice(at, m.index), run);
    run.glyphs.push({ id: glyph.id, codePoints: codePoints(m[0]), advanceWidth: glyph.advanceWidth });
    run.positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
    at = m.index + m[0].length;
  }
  if (at < text.length) shaped(font, text.slice(at), run);
  return run;
}

export function sequenceGlyphs(font: Font, text: string): SequenceRun {
  // The text with each composable letter in its precomposed form, shaped whole (kerning as for
  // é typed precomposed); each glyph then copies as the characters typed for it.
  const typed: number[][] = [];
  let drawn = '';
  let at = 0;
  const keep = (part: string) => {
    for (const ch of part) typed.push([ch.codePointAt(0)!]);
    drawn += part;
  };
  for (const m of text.matchAll(MARKED)) {
    if (!composedGlyph(font, m[0])) continue;
    keep(text.slice(at, m.index));
    typed.push(codePoints(m[0]));
    drawn += m[0].normalize('NFC');
    at = m.index + m[0].length;
  }
  if (drawn === '') return clusterByCluster(font, text);
  keep(text.slice(at));
  const run = shapeText(font, drawn);
  // A ligature or a selector's pair joins characters: then each letter is set apart.
  if (run.glyphs.length !== typed.length) return clusterByCluster(font, text);
  return {
    glyphs: run.glyphs.map((g, i) => ({ id: g.id, codePoints: typed[i], advanceWidth: g.advanceWidth })),
    positions: run.positions.map((p) => ({ ...p })),
  };
}

/** Width (pt) and glyph count of `text` as its sequence face draws it. */
export function measureSequence(font: Font, text: string, size: number): { width: number; glyphs: number } {
  const { glyphs, positions } = sequenceGlyphs(font, text);
  const advance = positions.reduce((w, p) => w + p.xAdvance, 0);
  return { width: (advance * size) / font.unitsPerEm, glyphs: glyphs.length };
}
