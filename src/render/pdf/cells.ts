// Owns how wide each atom is set, as opposed to how wide its glyphs are: on the text grid an
// ideograph or full-width mark takes whole cells (type-area width / 28), and punctuation
// compression takes half an em off marks that follow one another or end a line. On the grid, a
// stretch of digits, Latin words and other narrow glyphs is fitted to whole cells too (fitStretch),
// so the ideographs after it stay on the cells; justification later spreads what is left. A lone
// digit or letter that fits no whole cell so is set in its face's full-width form, one cell.
import type { PunctuationCompression } from '../../model/model';
import { isWestern } from '../../model/punctuation';
import type { Atom } from './segment';

export interface CellSetting {
  /** Cell width when the paragraph sits on the grid; null for proportional setting. */
  pitch: number | null;
  size: number;
  compression: PunctuationCompression;
}

export interface SetAtom {
  /** Width the atom occupies on the line (before letter spacing). */
  slot: number;
  /** What the PDF character spacing must add per glyph so the glyphs fill the slot. */
  extra: number;
  /** How much a squeezed line may take off this atom (prohibition pull-ups). */
  shrink: number;
  /** How much narrower the atom is set when it ends a line (line-end compression); negative for
   * a mark closed up with the next one, which a break between them restores to full width. */
  endShrink: number;
  /** On the grid, a stretch of narrow glyphs fitted to whole cells: all its atoms share `fit`, the
   * first carries the blank before its glyphs (fitStretch). */
  fit?: StretchFit;
  /** Blank before the glyphs: the fitted stretch's `before`, on its first atom only. */
  lead?: number;
}

/** How a stretch of narrow glyphs fills whole cells: condensed (PDF horizontal scaling) or with
 * blank space before and after its glyphs, which keep their natural spacing between them. */
export interface StretchFit {
  scale: number;
  /** Blank before the first glyph and after the last, pt. */
  before: number;
  after: number;
  /** A lone digit or letter drawn in the face's full-width form (fonts/full-width-forms.ts). */
  full?: boolean;
}

/** What setAtoms needs of an atom: its width, its glyphs, and on the grid the width of its
 * full-width form when it is one digit or letter whose face has one. */
export interface AtomWidth {
  atom: Atom;
  width: number;
  glyphs: number;
  fullWidth?: number;
}

/** Narrowest a stretch may be condensed to reach a whole cell: Noto's digits (0.56 em) then set
 * two to a cell, as the half-width digits of a Chinese face are. */
export const MIN_SCALE = 0.85;
/** Widest blank either side of a stretch: text extractors read a gap of 0.1 em as a space
 * (poppler starts a word there, pdf.js too), and copied text must stay as typed. */
export const MAX_BLANK_EM = 0.09;

/**
 * Whole cells for a stretch `width` wide, or null when none is reachable without widening the
 * glyphs or a gap that reads as a space (a lone digit, 0.56 cell): the stretch then keeps its
 * width and the line is off the cells after it. Rounded up when the blank is below a space on
 * either side, centred in its cells as an ideograph is (Word's snap-to-grid rounds up too); else
 * down, condensed. A stretch starting its paragraph (`first`) keeps its first glyph on the
 * indent, as every paragraph's first character is (1. and （1） line up): its blank goes after.
 */
export function fitStretch(width: number, pitch: number, size: number, first = false): StretchFit | null {
  const up = Math.ceil(width / pitch - 1e-9);
  const blank = up * pitch - width;
  const most = MAX_BLANK_EM * size;
  const before = first ? 0 : Math.min(most, blank / 2);
  if (blank - before <= most) return { scale: 1, before, after: blank - before };
  const down = up - 1;
  if (down >= 1 && (down * pitch) / width >= MIN_SCALE) return { scale: (down * pitch) / width, before: 0, after: 0 };
  return null;
}

/** Widest a glyph centred in its cell is drawn to keep its blanks below MAX_BLANK_EM: a symbol of
 * 0.75 em (the narrowest given a cell, cellsOf) needs 1.08; a widening of that order does not
 * show on a check mark or a box, while a gap that copies as a space changes the text. */
export const MAX_CELL_WIDEN = 1.1;

/** A single glyph `width` wide centred in a cell that leaves `blank` beside it: the blank before
 * and after it and its horizontal scaling. A blank of more than MAX_BLANK_EM a side (✘ 0.77 em:
 * 0.11 em) is brought down to it by widening the glyph, so copied text has no space beside it. */
export function centreInCell(width: number, blank: number, size: number): { before: number; after: number; scale: number } {
  const most = MAX_BLANK_EM * size;
  if (blank <= 2 * most || width <= 0) return { before: blank / 2, after: blank / 2, scale: 1 };
  const scale = Math.min(MAX_CELL_WIDEN, (width + blank - 2 * most) / width);
  const side = (width + blank - width * scale) / 2;
  return { before: side, after: side, scale };
}

/** Narrower than this (in em) a glyph is not full width: no cell of its own, nothing to compress. */
const FULL_WIDTH_EM = 0.75;

/** Full-width glyphs (ideographs, CJK marks, a 2-em ——) fill whole cells; others, and Western
 * characters however wide, are measured. */
function cellsOf(atom: Atom, width: number, glyphs: number, size: number): number {
  if (atom.kind !== 'cjk' || glyphs === 0 || isWestern(atom.text) || width / glyphs < FULL_WIDTH_EM * size) return 0;
  return Math.max(1, Math.round(width / size));
}

export function setAtoms(atoms: ReadonlyArray<AtomWidth>, s: CellSetting): SetAtom[] {
  const em = s.pitch ?? s.size;
  const cells = atoms.map(({ atom, width, glyphs }) => (s.pitch === null ? 0 : cellsOf(atom, width, glyphs, s.size)));
  const set = atoms.map(({ width, glyphs }, i): SetAtom => {
    const slot = cells[i] > 0 ? cells[i] * s.pitch! : width;
    return { slot, extra: glyphs > 0 ? (slot - width) / glyphs : 0, shrink: 0, endShrink: 0 };
  });
  if (s.pitch !== null) fitStretches(atoms, cells, set, s.pitch, s.size);
  // A mark the face draws proportional (a 0.35 em ”) has no blank half to give; one nearly full
  // width gives only what its slot holds beyond half an em, so no slot ever goes below its ink.
  const squeezable = (i: number) => atoms[i].atom.squeezable && atoms[i].width >= FULL_WIDTH_EM * s.size;
  const blank = (i: number) => Math.max(0, Math.min(em / 2, set[i].slot - Math.min(atoms[i].width, em / 2)));
  const compressed = new Set<number>();
  if (s.compression !== 'none') {
    // The first of two adjacent marks loses its blank half: 。” ，“ ）。 （“ all close up.
    for (let i = 0; i + 1 < atoms.length; i++) {
      if (squeezable(i) && atoms[i + 1].atom.squeezable) {
        const half = blank(i);
        set[i].slot -= half;
        set[i].extra -= half;
        // A line break between the two parts them: without line-end compression the first mark
        // then ends its line at its full width again (its blank half must not reach past the edge).
        if (s.compression === 'consecutive') set[i].endShrink = -half;
        compressed.add(i);
      }
    }
  }
  atoms.forEach(({ atom }, i) => {
    if (s.compression === 'none' || !squeezable(i) || compressed.has(i)) return;
    set[i].shrink = blank(i);
    if (s.compression === 'line-end' && !atom.noEnd) set[i].endShrink = blank(i);
  });
  return set;
}

const FULL: StretchFit = { scale: 1, before: 0, after: 0, full: true };

/** A lone digit or letter in its full-width form: its cells, the glyph spaced to fill them. */
function fullWidthSet(fullWidth: number, pitch: number): SetAtom {
  const slot = Math.max(1, Math.round(fullWidth / pitch)) * pitch;
  return { slot, extra: slot - fullWidth, shrink: 0, endShrink: 0, fit: FULL, lead: 0 };
}

/** Fits each stretch of consecutive narrow atoms (those given no cells) to whole cells; the atoms
 * are one paragraph's, or one segment's between forced breaks (each starts a line). */
function fitStretches(atoms: ReadonlyArray<AtomWidth>, cells: number[], set: SetAtom[], pitch: number, size: number): void {
  for (let i = 0; i < atoms.length;) {
    let j = i;
    let width = 0;
    while (j < atoms.length && cells[j] === 0) width += atoms[j++].width;
    const fit = j > i ? fitStretch(width, pitch, size, i === 0) : null;
    const fullWidth = atoms[i].fullWidth;
    if (!fit && j === i + 1 && fullWidth !== undefined) set[i] = fullWidthSet(fullWidth, pitch);
    for (let k = i; fit && k < j; k++) {
      set[k].slot = atoms[k].width * fit.scale + (k === i ? fit.before : 0) + (k === j - 1 ? fit.after : 0);
      set[k].extra = 0;
      set[k].fit = fit;
      if (k === i) set[k].lead = fit.before;
    }
    i = Math.max(j, i + 1);
  }
}
