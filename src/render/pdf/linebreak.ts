// Owns where lines end: a greedy fill of measured atoms into lines of given widths, obeying the
// clreq prohibitions. When the natural break would start a line with closing punctuation (or end
// one with an opening mark), either pull atoms up onto the line (squeezing its punctuation) or
// push the last atoms down (stretching the rest), whichever changes the line less. With hanging
// punctuation on, a third way: a lone closing mark that does not fit hangs past the right edge
// (it is the range's last atom, outside the measure; only one, and only when what follows it may
// start a line: `。”` falls back to pulling or pushing). Two keep-together rules follow (clreq
// and house practice): an atom marked `glue` never starts a line (a short attribution `（陈雄）`
// stays whole), and a paragraph's last line holds at least two characters besides punctuation,
// taking one from the line above when it would not.
import { canBreakBetween, type Atom } from './segment';

export interface MeasuredAtom extends Atom {
  width: number;
  /** How much this atom can shrink when a line is squeezed (half an em for 、。，（ …). */
  shrink: number;
  /** How much narrower it is set when it ends a line (line-end punctuation compression). */
  endShrink?: number;
  /** Never start a line with this atom: it is kept with the one before (see keepTogether). */
  glue?: boolean;
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
  return i >= atoms.length || (!atoms[i].glue && canBreakBetween(atoms[i - 1], atoms[i]));
}

/** The longest attribution kept whole, in characters between its brackets (`（陈一瑜）`: 3). */
export const ATTRIBUTION_CHARS = 8;
/** The fewest characters (punctuation aside) a paragraph's last line holds when it can. */
export const LAST_LINE_CHARS = 2;

/** Glues a paragraph-final `（…）` of up to ATTRIBUTION_CHARS characters into one unit. */
export function keepTogether<T extends MeasuredAtom>(atoms: T[]): T[] {
  let close = atoms.length - 1;
  while (close >= 0 && atoms[close].kind === 'space') close--;
  if (close < 0 || (atoms[close].text !== '）' && atoms[close].text !== ')')) return atoms;
  let open = close - 1;
  let chars = 0;
  while (open >= 0 && atoms[open].text !== '（' && atoms[open].text !== '(' && chars <= ATTRIBUTION_CHARS)
    chars += Array.from(atoms[open--].text).length;
  if (open < 0 || chars > ATTRIBUTION_CHARS || chars === 0) return atoms;
  return atoms.map((atom, i) => (i > open && i <= close ? { ...atom, glue: true } : atom));
}

const PUNCTUATION = /^[\p{P}\p{S}]+$/u;

/** Characters of atoms [start, end) that count towards a line's length: not spaces or marks. */
function charsOf(atoms: MeasuredAtom[], start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++)
    if (atoms[i].kind !== 'space' && !PUNCTUATION.test(atoms[i].text)) n += Array.from(atoms[i].text).length;
  return n;
}

/** A last line of fewer than LAST_LINE_CHARS characters takes atoms from the end of the line
 * above, as few as a legal break allows, while the line above keeps some and the last still fits. */
function fillLastLine(atoms: MeasuredAtom[], lines: LineRange[], width: number): void {
  if (lines.length < 2) return;
  const last = lines[lines.length - 1];
  const above = lines[lines.length - 2];
  if (charsOf(atoms, last.start, last.end) >= LAST_LINE_CHARS) return;
  for (let p = above.end - 1; p > above.start + 1; p--) {
    if (atoms[p].kind === 'space' || !legal(atoms, p)) continue;
    if (charsOf(atoms, p, last.end) < LAST_LINE_CHARS) continue;
    if (widthOf(atoms, p, last.end) > width + EPSILON) return;
    lines[lines.length - 2] = { start: above.start, end: p };
    lines[lines.length - 1] = { start: p, end: last.end };
    return;
  }
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
    if (slack >= -EPSILON && slack <= stretch + EPSILON && (!canPull || slack < squeeze - EPSILON))
      return { start, end: i + 1, hang: true };
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
  fillLastLine(atoms, lines, widthFor(lines.length - 1));
  return lines;
}
