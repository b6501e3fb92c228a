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

/**
 * A line justification will spread anyway is off the grid whatever its digits do: they (and a
 * symbol centred in its cell) get their natural width back (when the slack holds it), so the
 * spread, which extractors read as spaces past 0.1 em, stays as small as it was without the grid fit.
 */
function unfitWhenSpread(pieces: Piece[], spec: LineSpec): Piece[] {
  const free = spec.measure - spec.indent - naturalWidth(pieces, spec.letterSpacing);
  const back = pieces.reduce((sum, p) => (p.natural !== undefined ? sum + p.natural - p.width : sum), 0);
  if (free < 0.5 || back === 0 || back > free) return pieces;
  return pieces.map((p) => {
    if (p.natural === undefined) return p;
    const { text, role, font, size, color, bold, glyphs } = p;
    return {
      text,
      role,
      font,
      size,
      color,
      bold,
      glyphs,
      width: p.natural,
      ...(p.sequence ? { sequence: true } : {}),
      ...(p.symbol ? { symbol: true } : {}),
    };
  });
}

export function placeLine(given: Piece[], spec: LineSpec): PlacedPiece[] {
  const pieces = spec.align === 'justify' && !spec.last ? unfitWhenSpread(given, spec) : given;
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
    if (piece.lead !== undefined) {
      // Digits fitted to grid cells: drawn after their blank; PDF scaling (Tz) scales the character
      // spacing too, so it is given unscaled.
      placed.x = x + piece.lead;
      placed.lead = piece.lead;
      placed.natural = piece.natural;
      if (piece.fullWidth) placed.fullWidth = true;
      if (piece.scale) {
        placed.scale = piece.scale;
        placed.charSpacing /= piece.scale;
      }
    }
    if (piece.script) {
      placed.script = piece.script;
      placed.rise = piece.rise;
    }
    if (piece.sequence) placed.sequence = true;
    if (piece.symbol) placed.symbol = true;
    if (spec.letterSpacing > 0) placed.letterSpaced = true;
    x += piece.width + piece.glyphs * spacing;
    return placed;
  });
}
