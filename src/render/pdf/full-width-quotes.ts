// Owns which face draws a quotation mark. Chinese text sets “ ” ‘ ’ a full em, the ink to the
// side of the words they enclose (GB/T 15834); a face may draw them proportional instead (the
// bundled 楷, LXGW WenKai: 0.35 em), and set so they are narrower than beside the body's, and
// have no blank half for compression to take. Such a quote is drawn from the Song face, whose
// glyph is a full em, as a Chinese 楷体 of the editor's would draw it.

const QUOTES = new Set(['\u201C', '\u201D', '\u2018', '\u2019']);

/** Narrower than this (in em) a quote is the face's proportional one. */
const FULL_WIDTH_EM = 0.75;

interface Face {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { advanceWidth: number };
}

function fullWidth(face: Face, cp: number): boolean {
  return face.hasGlyphForCodePoint(cp) && face.glyphForCodePoint(cp).advanceWidth >= FULL_WIDTH_EM * face.unitsPerEm;
}

/** Whether `text`, one quotation mark, is drawn from `song` rather than from `own`. */
export function quoteFromSong(own: Face, song: Face, text: string): boolean {
  if (text.length !== 1 || !QUOTES.has(text) || own === song) return false;
  const cp = text.codePointAt(0)!;
  return !fullWidth(own, cp) && fullWidth(song, cp);
}
