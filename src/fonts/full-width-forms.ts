// Owns a face's full-width forms of digits and Latin letters (the glyph of ４ for 4, centred in a
// whole em). On the text grid a lone digit inside a line is set in this form, one cell, as
// Chinese typesetting sets a one-digit number (一位数排全身): its glyph's own advance then fills
// the cell, so no blank beside it is copied as a space (cells.ts). The form is the face's glyph of
// the full-width twin (U+FF10–FF5A), what its OpenType `fwid` gives too, read from the cmap: asking
// `fwid` through layout() would parse the face's whole GSUB table first (~25 ms a face).
import type { Font } from 'fontkit';

/** The characters that may take a full-width form: what the editor typed stays what is copied. */
const NARROW = /^[0-9A-Za-z]$/u;

export interface FullWidthForm {
  /** Glyph id of the form in the face. */
  id: number;
  /** Its advance, in the face's units (one em). */
  advanceWidth: number;
}

const formsByFace = new WeakMap<Font, Map<string, FullWidthForm | null>>();

/** The face's full-width form of `char`, or null when `char` is not a digit or letter or the face
 * has none (no full-width twin, or one that is not an em wide). */
export function fullWidthForm(font: Font, char: string): FullWidthForm | null {
  if (!NARROW.test(char)) return null;
  let forms = formsByFace.get(font);
  if (!forms) formsByFace.set(font, (forms = new Map()));
  let form = forms.get(char);
  if (form === undefined) {
    const code = char.codePointAt(0)!;
    const twin = code + 0xfee0;
    const glyph = font.hasGlyphForCodePoint(twin) ? font.glyphForCodePoint(twin) : null;
    form =
      glyph &&
      glyph.id !== 0 &&
      glyph.id !== font.glyphForCodePoint(code).id &&
      Math.abs(glyph.advanceWidth - font.unitsPerEm) < 0.05 * font.unitsPerEm
        ? { id: glyph.id, advanceWidth: glyph.advanceWidth }
        : null;
    forms.set(char, form);
  }
  return form;
}
