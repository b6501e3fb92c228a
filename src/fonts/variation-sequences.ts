// Owns what a face does with an ideographic variation sequence: a character followed by a
// variation selector (U+FE00–FE0F, U+E0100–E01EF) asking for one particular form of it, as a name
// in a household register may (葛 + U+E0100). fontkit draws the pair as one glyph: the face's
// variant when its cmap lists the sequence, else the character's usual glyph; the selector stays
// in the copied text either way. Only a sequence the face does not list prints differently from
// what was typed, so the preflight names those (JB606).
import type { Font } from 'fontkit';

/** One variation selector, standard (FE00–FE0F) or ideographic (E0100–E01EF). */
export const VARIATION_SELECTOR = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;

/** A character with the selector after it, or a selector with nothing to select (at a text's start,
 * after a space, another selector or a line break). */
export const SELECTOR_WITH_BASE = /([^\s\uFE00-\uFE0F\u{E0100}-\u{E01EF}]?)([\uFE00-\uFE0F\u{E0100}-\u{E01EF}])/gu;

/** How the face prints `base` followed by `selector`. */
export type SequenceForm = 'variant' | 'default' | 'missing';

interface DefaultRange {
  startUnicodeValue: number;
  additionalCount: number;
}
interface UvsRecord {
  varSelector: number;
  defaultUVS?: ArrayLike<DefaultRange> | null;
}

/** The face's format-14 cmap subtable's selector records, read through fontkit's table getter. */
function selectorRecords(font: Font): UvsRecord[] {
  const uvs = font.cmap?.tables?.find((t) => t.table?.version === 14)?.table?.varSelectors as
    { toArray?: () => UvsRecord[] } | UvsRecord[] | undefined;
  if (!uvs) return [];
  return Array.isArray(uvs) ? uvs : (uvs.toArray?.() ?? []);
}

/** Whether the face's cmap declares the character's usual glyph to be the form the selector asks for. */
function inDefaultList(font: Font, base: number, selector: number): boolean {
  const record = selectorRecords(font).find((r) => r.varSelector === selector);
  const ranges = record?.defaultUVS;
  if (!ranges) return false;
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    if (base >= r.startUnicodeValue && base <= r.startUnicodeValue + r.additionalCount) return true;
  }
  return false;
}

export function sequenceForm(font: Font, base: string, selector: string): SequenceForm {
  const glyphs = font.glyphsForString(base + selector);
  const usual = font.glyphForCodePoint(base.codePointAt(0)!);
  if (glyphs.length === 1 && glyphs[0].id !== usual.id) return 'variant';
  return inDefaultList(font, base.codePointAt(0)!, selector.codePointAt(0)!) ? 'default' : 'missing';
}
