// Owns letters typed with combining marks (e + U+0301, u + U+0308, i + U+030C), as text pasted
// from a Mac or a web page often is. A Chinese face has the precomposed letters (é ü ǐ) but places
// no mark on a base (no mark attachment): fontkit draws the acute after the e, over the next
// character. Such a letter is drawn as its precomposed glyph, as HarfBuzz and Word do, and copies
// as typed (render/pdf/sequence-glyphs.ts); a mark no precomposed letter holds is named (JB609).
import type { Font } from 'fontkit';

/** A combining mark; variation selectors are marks too but belong to variation-sequences.ts. */
const MARK = /(?![\uFE00-\uFE0F\u{E0100}-\u{E01EF}])\p{M}/u;

/** A character with the combining marks after it. */
export const MARKED = /\P{M}(?:(?![\uFE00-\uFE0F\u{E0100}-\u{E01EF}])\p{M})+/gu;

/** Whether `text` holds a combining mark. */
export function hasCombiningMark(text: string): boolean {
  return MARK.test(text);
}

type Glyph = ReturnType<Font['glyphForCodePoint']>;
const composed = new WeakMap<Font, Map<string, Glyph | null>>();

/** The glyph `cluster` (a character and its marks) is drawn as: the face's glyph of its
 * precomposed form (Unicode NFC, one character), or null when it has none. Asked once per face. */
export function composedGlyph(font: Font, cluster: string): Glyph | null {
  let known = composed.get(font);
  if (!known) composed.set(font, (known = new Map()));
  let glyph = known.get(cluster);
  if (glyph === undefined) {
    const nfc = cluster.normalize('NFC');
    const cp = nfc.codePointAt(0)!;
    glyph =
      nfc !== cluster && nfc.length === String.fromCodePoint(cp).length && font.hasGlyphForCodePoint(cp)
        ? font.glyphForCodePoint(cp)
        : null;
    known.set(cluster, glyph);
  }
  return glyph;
}

/** Whether some letter with marks in `text` is drawn as a precomposed glyph. */
export function composesIn(font: Font, text: string): boolean {
  for (const [cluster] of text.matchAll(MARKED)) if (composedGlyph(font, cluster)) return true;
  return false;
}

/**
 * Whether the face draws a mark of `cluster` away from its base: a mark glyph without advance
 * whose ink, where fontkit puts it, is centred outside the base's advance (the face has no
 * mark attachment for the pair). A face that positions the mark, or designs it to sit over the
 * glyph before it (an enclosing circle), passes.
 */
export function markMisplaced(font: Font, cluster: string): boolean {
  const run = font.layout(cluster);
  let pen = 0;
  let baseEnd = 0;
  for (let i = 0; i < run.glyphs.length; i++) {
    const glyph = run.glyphs[i];
    const p = run.positions[i];
    const isMark = glyph.codePoints.length > 0 && glyph.codePoints.every((c) => MARK.test(String.fromCodePoint(c)));
    if (i === 0 || !isMark) baseEnd = pen + p.xAdvance;
    else if (p.xAdvance === 0) {
      // fontkit's glyphs carry their ink box; fontkit.d.ts declares only what others use.
      const box = (glyph as unknown as { bbox?: { minX: number; maxX: number } }).bbox;
      if (box && box.maxX > box.minX) {
        const centre = pen + p.xOffset + (box.minX + box.maxX) / 2;
        if (centre < 0 || centre > baseEnd) return true;
      }
    }
    pen += p.xAdvance;
  }
  return false;
}
