// Owns the characters typed to be invisible: a soft hyphen (U+00AD), a zero-width space, a word
// joiner and U+FEFF. They are measured and drawn as nothing (zero width, no glyph: fontkit hid them
// only while their glyph's first code point was theirs, so a `-` met earlier printed every soft
// hyphen as one), and copied as typed through the piece's /ActualText, as the DOCX keeps them.
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/u;
const INVISIBLE_ALL = /[\u00AD\u200B\u2060\uFEFF]/gu;

/** `text` as drawn: without its invisible characters (the same string when it has none). */
export function drawnText(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, '') : text;
}
