// Owns what is drawn for characters that print as nothing or as a plain space. Typed to be
// invisible: a soft hyphen (U+00AD), a zero-width space, a word joiner and U+FEFF are measured and
// drawn as nothing (fontkit hid them only while their glyph's first code point was theirs, so a `-`
// met earlier printed every soft hyphen as one). A narrow no-break space (U+202F) and a figure space
// (U+2007), which the bundled faces lack (fontkit gave a zero-width space or a 1-em box, by what it
// had been asked before), are drawn as the face's space. Either way the piece copies as typed
// through its /ActualText, as the DOCX keeps them.
/** The characters typed to print nothing, as a regular-expression class body: segment.ts keeps
 *  them with the character before them, overlong.ts never cuts between them and it. */
export const INVISIBLE = '\\u00AD\\u200B\\u2060\\uFEFF';
const AS_SPACE = '\\u202F\\u2007';
const REDRAWN = new RegExp(`[${INVISIBLE}${AS_SPACE}]`, 'u');
const INVISIBLE_ALL = new RegExp(`[${INVISIBLE}]`, 'gu');
const AS_SPACE_ALL = new RegExp(`[${AS_SPACE}]`, 'gu');

/** `text` as drawn (the same string when nothing in it is redrawn). */
export function drawnText(text: string): string {
  return REDRAWN.test(text) ? text.replace(INVISIBLE_ALL, '').replace(AS_SPACE_ALL, ' ') : text;
}
