// Owns the emergency break (CSS overflow-wrap: anywhere): an atom wider than the narrowest line of
// its paragraph (80 A's, 60 digits, a URL's long part) would be a line alone squeezed until its
// glyphs overlap, and would leave the line before it spread over the whole measure. It is cut into
// atoms the line breaker can end a line between: after / . - _ where it has them, else between
// any two characters; the text and its reading stay as typed.
import { INVISIBLE } from './invisible';
import { atom, type Atom } from './segment';

/** A character with what belongs to it: combining marks and the invisible ones (segment.ts). */
const CHARACTER = new RegExp(`[^][\\p{M}${INVISIBLE}]*`, 'gu');
/** Pieces ending in a URL's or a path's separators. */
const AFTER_SEPARATOR = /[^/._-]*[/._-]+|[^/._-]+$/gu;
/** No glyph is wider than this, in em: a shorter atom is not measured at all. */
const WIDEST_EM = 1.5;

function cut(piece: Atom, widthOf: (text: string) => number, limit: number): Atom[] {
  if (widthOf(piece.text) <= limit) return [piece];
  const parts = piece.text.match(AFTER_SEPARATOR) ?? [];
  if (parts.length > 1) return parts.flatMap((p) => cut(atom(p, piece.kind), widthOf, limit));
  return (piece.text.match(CHARACTER) ?? []).map((c) => atom(c, piece.kind));
}

/** `atoms` with any wider than `limit` (pt) cut into pieces; `widthOf` measures a text as set. */
export function cutOverlong(atoms: Atom[], widthOf: (text: string) => number, limit: number, size: number): Atom[] {
  if (!atoms.some((a) => a.kind !== 'space' && a.text.length * WIDEST_EM * size > limit)) return atoms;
  return atoms.flatMap((a) => (a.kind !== 'space' && a.text.length * WIDEST_EM * size > limit ? cut(a, widthOf, limit) : [a]));
}
