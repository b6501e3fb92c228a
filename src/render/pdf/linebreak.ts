// Owns where lines end: a greedy fill of measured atoms into lines of given widths, obeying the
// clreq prohibitions. When the natural break would start a line with closing punctuation (or end
// one with an opening mark), either pull atoms up onto the line (squeezing its punctuation) or
// push the last atoms down (stretching the rest), whichever changes the line less.
import { canBreakBetween, type Atom } from './segment';

export interface MeasuredAtom extends Atom {
  width: number;
  /** How much this atom can shrink when a line is squeezed (half an em for 、。，（ …). */
  shrink: number;
  /** How much narrower it is set when it ends a line (line-end punctuation compression). */
  endShrink?: number;
}

/** A line is atoms [start, end); leading and trailing spaces are the caller's to drop. */
export interface LineRange {
  start: number;
  end: number;
}

const EPSILON = 0.01;

function widthOf(atoms: MeasuredAtom[], start: number, end: number): number {
  let w = 0;
  let last = end;
  while (last > start && atoms[last - 1].kind === 'space') last--; // trailing spaces hang
  for (let i = start; i < last; i++) w += atoms[i].width;
  return last > start ? w - (atoms[last - 1].endShrink ?? 0) : w;
}

function shrinkOf(atoms: MeasuredAtom[], start: number, end: number): number {
  let s = 0;
  for (let i = start; i < end; i++) s += atoms[i].shrink;
  // A line-end mark already set narrow (endShrink, counted in widthOf) cannot shrink again.
  return end > start && atoms[end - 1].endShrink ? s - atoms[end - 1].shrink : s;
}

function legal(atoms: MeasuredAtom[], i: number): boolean {
  return i >= atoms.length || canBreakBetween(atoms[i - 1], atoms[i]);
}

/** The end of the line starting at `start` for a measure of `width`. */
function lineEnd(atoms: MeasuredAtom[], start: number, width: number): number {
  let w = 0;
  let spaces = 0; // spaces count only once a word follows them on the same line
  let i = start;
  for (; i < atoms.length; i++) {
    const atom = atoms[i];
    if (atom.kind === 'space') {
      spaces += atom.width;
      continue;
    }
    const next = w + spaces + atom.width;
    if (i > start && next - (atom.endShrink ?? 0) > width + EPSILON) break;
    w = next;
    spaces = 0;
  }
  if (i >= atoms.length || legal(atoms, i)) return i;

  let push = i - 1;
  while (push > start && !legal(atoms, push)) push--;
  let pull = i + 1;
  while (pull < atoms.length && !legal(atoms, pull)) pull++;

  const stretch = push > start ? width - widthOf(atoms, start, push) : Infinity;
  const squeeze = widthOf(atoms, start, pull) - width;
  const canPull = squeeze <= shrinkOf(atoms, start, pull) + EPSILON;
  if (canPull && squeeze <= stretch) return pull;
  if (push > start) return push;
  return canPull ? pull : i; // nothing legal fits: break anyway rather than overflow the page
}

/** Splits atoms into lines; `widthFor(n)` is the measure of line n (the first may be indented). */
export function breakLines(atoms: MeasuredAtom[], widthFor: (line: number) => number): LineRange[] {
  const lines: LineRange[] = [];
  let start = 0;
  while (start < atoms.length && atoms[start].kind === 'space') start++;
  while (start < atoms.length) {
    const end = lineEnd(atoms, start, widthFor(lines.length));
    lines.push({ start, end });
    start = end;
    while (start < atoms.length && atoms[start].kind === 'space') start++;
  }
  return lines;
}
