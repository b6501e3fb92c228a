// Owns what a reader copies from glyphs set apart from how they were typed: a piece in a
// letter-spaced style (本 期 要 目, 简 讯, a zhuankan section label) would be read with a space between
// its characters, and typed spaces inside grid cells (第 1 期) without them, so pdfkit wraps such a
// piece's glyphs in a Span whose /ActualText is the piece's own text
// (patches/pdfkit+0.20.2.patch puts the span inside the text object, where poppler reads it).
// Justification spacing is left alone: readers join a loose line's glyphs already, and poppler
// reads the text around an ActualText span differently.
import type { PlacedPiece } from './types';

/** Spacing between glyphs, in em, from which text extractors start reading a space (pdf.js at
 * 0.102 em, poppler's word break at 0.1 em): below it the glyphs read as one word anyway. */
const READ_AS_SPACE = 0.1;

/** Whether the piece's glyphs are set far enough apart to be read with spaces between them. */
export function drawnApart(piece: PlacedPiece): boolean {
  return piece.letterSpaced === true && Array.from(piece.text).length > 1 && piece.charSpacing >= READ_AS_SPACE * piece.size;
}

/**
 * Whether a piece fitted to grid cells (cells.ts) begins or ends with typed spaces: they share the
 * cells with its glyphs (第 1 期: both spaces and the 1 in one cell), so the glyphs around stand about
 * evenly apart and poppler reads the line as letter-spaced, copying 第1期. Its /ActualText keeps them.
 */
export function spacedInCells(piece: PlacedPiece): boolean {
  return piece.lead !== undefined && (piece.text.startsWith(' ') || piece.text.endsWith(' '));
}
