// Owns where lines end: a greedy fill of measured atoms into lines of given widths, obeying the
// clreq prohibitions. When the natural break would start a line with closing punctuation (or end
// one with an opening mark), either pull atoms up onto the line (squeezing its punctuation) or
// push the last atoms down (stretching the rest), whichever changes the line less. With hanging
// punctuation on, a third way: a lone closing mark that does not fit hangs past the right edge
// (it is the range's last atom, outside the measure; only one, and only when what follows it may
// start a line: `。”` falls back to pulling or pushing).
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
  /** The last atom (a closing mark) hangs past the right edge, outside the measure. */
  hang?: boolean;
}

export interface BreakOptions {
  /** Let one hangable closing mark hang past the right edge of a full line. */
  hang?: boolean;
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

/** Whether the mark at `i` may hang after the line [start, i): it alone closes the line, and
 * what follows it (past any spaces) may start the next one. */
function canHang(atoms: MeasuredAtom[], i: number): boolean {
  if (!atoms[i].hangable) return false;
  let next = i + 1;
  while (next < atoms.length && atoms[next].kind === 'space') next++;
  return next >= atoms.length || !atoms[next].noStart;
}

/** The line starting at `start` for a measure of `width`: its end, and whether its last atom hangs. */
function lineEnd(atoms: MeasuredAtom[], start: number, width: number, options: BreakOptions): LineRange {
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
  if (i >= atoms.length || legal(atoms, i)) return { start, end: i };

  let push = i - 1;
  while (push > start && !legal(atoms, push)) push--;
  let pull = i + 1;
  while (pull < atoms.length && !legal(atoms, pull)) pull++;

  const stretch = push > start ? width - widthOf(atoms, start, push) : Infinity;
  const squeeze = widthOf(atoms, start, pull) - width;
  const canPull = squeeze <= shrinkOf(atoms, start, pull) + EPSILON;
  // Hanging leaves the line as it filled (on the grid: exactly full); what it still stretches is
  // the slack left before the mark (`w`: set solid, no line-end narrowing), compared like the
  // other two adjustments; on a tie with squeezing the mark stays inside. A line that fitted only
  // by narrowing its last mark does not hang.
  if (options.hang && canHang(atoms, i)) {
    const slack = width - w;
    if (slack >= -EPSILON && slack <= stretch + EPSILON && (!canPull || slack < squeeze - EPSILON)) return { start, end: i + 1, hang: true };
  }
  if (canPull && squeeze <= stretch) return { start, end: pull };
  if (push > start) return { start, end: push };
  return { start, end: canPull ? pull : i }; // nothing legal fits: break anyway rather than overflow the page
}

/** Splits atoms into lines; `widthFor(n)` is the measure of line n (the first may be indented). */
export function breakLines(atoms: MeasuredAtom[], widthFor: (line: number) => number, options: BreakOptions = {}): LineRange[] {
  const lines: LineRange[] = [];
  let start = 0;
  while (start < atoms.length && atoms[start].kind === 'space') start++;
  while (start < atoms.length) {
    const line = lineEnd(atoms, start, widthFor(lines.length), options);
    lines.push(line);
    start = line.end;
    while (start < atoms.length && atoms[start].kind === 'space') start++;
  }
  return lines;
}
