// Two-column layouts typed as text boxes side by side: Word keeps the boxes in the order they were
// anchored (often the right one first), so boxes next to each other are read in column order, the
// left column top to bottom, then the next, by where each box sits on the page.
import { attr, child, descendants, textOf, type XNode } from './xml';

export interface BoxPosition {
  left: number;
  top: number;
}

const EMU_PER_PT = 12700;
const PT: Record<string, number> = { pt: 1, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, pc: 12, px: 0.75, '': 0.75 };
// Boxes whose left edges are this close (pt) stand in one column.
const SAME_COLUMN = 24;

function vmlLength(style: string, ...names: string[]): number | undefined {
  for (const name of names) {
    const m = new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*(-?[\\d.]+)\\s*(pt|in|cm|mm|pc|px)?`, 'i').exec(style);
    if (m) return Number(m[1]) * PT[(m[2] ?? '').toLowerCase()];
  }
  return undefined;
}

/** Where a floating box in `el` sits (points), from DrawingML's anchor or VML's style; undefined
 *  for a box set inline or one whose place is not a number (aligned "center"). */
export function boxPosition(el: XNode): BoxPosition | undefined {
  const anchor = descendants(el, 'wp:anchor')[0];
  if (anchor) {
    const offset = (axis: string) => {
      const o = child(child(anchor, axis), 'wp:posOffset');
      return o ? Number(textOf(o)) / EMU_PER_PT : undefined;
    };
    const left = offset('wp:positionH');
    const top = offset('wp:positionV');
    return left !== undefined && top !== undefined ? { left, top } : undefined;
  }
  for (const name of ['v:shape', 'v:rect', 'v:roundrect']) {
    const style = attr(descendants(el, name)[0], 'style');
    if (!style || !/position\s*:\s*absolute/i.test(style)) continue;
    const left = vmlLength(style, 'margin-left', 'left');
    const top = vmlLength(style, 'margin-top', 'top');
    if (left !== undefined && top !== undefined) return { left, top };
  }
  return undefined;
}

/** `items` in column order when every one has a place and they stand in two columns or more;
 *  else as they are. Stable: boxes at the same place keep their order. */
export function inColumns<T>(items: T[], place: (t: T) => BoxPosition | undefined): T[] {
  const placed = items.map((item, k) => ({ item, k, at: place(item) }));
  if (placed.length < 2 || placed.some((p) => !p.at)) return items;
  const byLeft = [...placed].sort((a, b) => a.at!.left - b.at!.left || a.k - b.k);
  const column = new Map<number, number>();
  let col = 0;
  byLeft.forEach((p, i) => {
    if (i > 0 && p.at!.left - byLeft[i - 1].at!.left > SAME_COLUMN) col++;
    column.set(p.k, col);
  });
  if (col === 0) return items;
  return placed.sort((a, b) => column.get(a.k)! - column.get(b.k)! || a.at!.top - b.at!.top || a.k - b.k).map((p) => p.item);
}

/** A paragraph that holds text boxes and no text of its own (a box's anchor). */
export function boxAnchorOnly(p: XNode): boolean {
  if (p.name !== 'w:p') return false;
  const boxes = descendants(p, 'w:txbxContent');
  if (!boxes.length) return false;
  const inside = new Set(boxes.flatMap((b) => descendants(b, 'w:t')));
  return descendants(p, 'w:t').every((t) => inside.has(t) || textOf(t).trim() === '');
}

/** Runs of consecutive box-anchor paragraphs put in column order; everything else stays. */
export function boxesInColumns(blocks: XNode[]): XNode[] {
  const out: XNode[] = [];
  for (let i = 0; i < blocks.length;) {
    let j = i;
    while (j < blocks.length && boxAnchorOnly(blocks[j])) j++;
    if (j === i) out.push(blocks[i++]);
    else {
      out.push(...inColumns(blocks.slice(i, j), boxPosition));
      i = j;
    }
  }
  return out;
}
