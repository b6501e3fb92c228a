// Owns horizontal placement of one line's pieces: alignment, letter spacing and justification.
// Chinese is justified by spreading the slack evenly between all characters of the line (one
// PDF character spacing per line); pdfkit's own justify only widens spaces, which CJK lacks.
import type { Align } from '../../model/model';
import type { Piece, PlacedPiece } from './types';

export interface LineSpec {
  /** Width of the type area. */
  measure: number;
  /** Left offset of this line (first-line indent). */
  indent: number;
  align: Align;
  /** Last line of its paragraph: set solid, flush left, when justified. */
  last: boolean;
  letterSpacing: number;
}

export function naturalWidth(pieces: Piece[], letterSpacing: number): number {
  const glyphs = pieces.reduce((n, p) => n + p.glyphs, 0);
  const width = pieces.reduce((w, p) => w + p.width, 0);
  return width + letterSpacing * Math.max(0, glyphs - 1);
}

export function placeLine(pieces: Piece[], spec: LineSpec): PlacedPiece[] {
  const glyphs = pieces.reduce((n, p) => n + p.glyphs, 0);
  const free = spec.measure - spec.indent - naturalWidth(pieces, spec.letterSpacing);
  let spacing = spec.letterSpacing;
  let x = spec.indent;
  // A line that had punctuation pulled up overflows a little (free < 0): squeeze it whatever
  // the alignment; otherwise only justified non-final lines are stretched.
  const stretch = spec.align === 'justify' && !spec.last;
  if ((stretch || free < 0) && glyphs > 1) spacing += free / (glyphs - 1);
  else if (spec.align === 'center') x += free / 2;
  else if (spec.align === 'right') x += free;

  return pieces.map((piece) => {
    // Spelled out, not `{ ...piece, x }`: V8 builds spread-then-extend literals slowly.
    const { text, role, font, size, color, bold, width, glyphs, tracking } = piece;
    const placed: PlacedPiece = { text, role, font, size, color, bold, width, glyphs, tracking, x, charSpacing: (tracking ?? 0) + spacing };
    if (piece.joined) {
      // The spacing its inner gaps would take goes around it, half before and half after.
      placed.charSpacing = tracking ?? 0;
      placed.x = x + ((glyphs - 1) * spacing) / 2;
      placed.scale = piece.scale;
      placed.joined = true;
    }
    x += piece.width + piece.glyphs * spacing;
    return placed;
  });
}
