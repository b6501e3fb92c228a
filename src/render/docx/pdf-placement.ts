// Where jianbao's PDF puts each block, read from the PDF renderer's own line layout and
// pagination, so the DOCX can pin the same page starts: a page break before each block that
// starts a PDF page, no space above it (the PDF drops space before at the top of a page), and,
// after a block set off the text grid, the gap the PDF leaves to put the next grid line on the
// grid (Word and LibreOffice do not round a position up to the grid; they only add spacing).
// A photo the PDF floated to the top of a later page (the text after it filling the page it
// left) is anchored at the top of that page, in the first paragraph that begins there.
// The layout is the PDF renderer's own (layOutPdf); its pages' line items are the boxes' line boxes.
import type { DocumentModel } from '../../model/model';
import { openFonts, sharedLayout } from '../pdf/lay-out';
import type { SharedWork } from '../renderer';
import type { Page } from '../pdf/paginate';
import type { Box, LineBox } from '../pdf/types';
import { lineSpacings, type LineSpacing } from './pdf-lines';

/** The paragraph style of a photo's caption (the paragraph right after it). */
const CAPTION = 'caption';

export interface Placement {
  /** The block begins a page of the PDF (other than the first). */
  pageStart: boolean;
  /** Points of space the PDF leaves below the block before the next one; set only where that
   * differs from the block's style (snapping to the grid, or the top of a page). */
  spaceAfter?: number;
  /** Photos (image block indices) the PDF floated to the top of this paragraph's first page,
   * the text after them having filled the page before: the DOCX anchors them there. */
  figures?: number[];
  /** Points from the top of the page to the end of the last floated photo's caption, with its space after. */
  figuresHeight?: number;
  /** Points more the PDF leaves below that before the text goes on (its grid snapping). */
  figuresGap?: number;
}

/** Line boxes of a box, nested ones (table cells, the 报尾) included. */
function linesOf(box: Box): LineBox[] {
  switch (box.kind) {
    case 'lines':
      return box.lines;
    case 'table':
      return box.rows.flatMap((r) => r.cells.flat());
    case 'bottom':
      return box.boxes.flatMap(linesOf);
    default:
      return [];
  }
}

interface Extent {
  firstPage: number;
  top: number;
  lastPage: number;
  bottom: number;
}

/** What the DOCX takes from the PDF's layout: each block's placement, by block index (blocks
 *  placed as their styles say are absent), and the spacing that ends its lines where the PDF's
 *  end (pdf-lines.ts). When a font cannot be read (a family named for Word/WPS with no file
 *  here), the DOCX is written without them. */
export function pdfLayoutFacts(
  model: DocumentModel,
  shared?: SharedWork,
): { placements: Map<number, Placement>; lines: Map<number, LineSpacing> } {
  try {
    openFonts(model);
  } catch {
    return { placements: new Map(), lines: new Map() };
  }
  const { boxes, pages, measure } = sharedLayout(model, shared);
  return {
    placements: placementsOf(
      model,
      boxes,
      pages.map((laid) => laid.items),
    ),
    lines: lineSpacings(model, boxes, measure),
  };
}

/** The placements read off a pagination: `boxes` are the model's blocks laid out, one per block. */
export function placementsOf(model: DocumentModel, boxes: readonly Box[], pages: readonly Page[]): Map<number, Placement> {
  const owner = new Map<object, number>();
  boxes.forEach((box, i) => {
    for (const line of linesOf(box)) owner.set(line, i);
    if (box.kind === 'image') owner.set(box, i);
  });
  const extents = new Map<number, Extent>();
  /** The lowest block index with an item on each page. */
  const firstOnPage: number[] = [];
  pages.forEach((items, p) => {
    for (const item of items) {
      const key = item.kind === 'line' ? item.line : item.kind === 'image' ? item.box : null;
      const i = key ? owner.get(key) : undefined;
      if (i === undefined) continue;
      firstOnPage[p] = Math.min(firstOnPage[p] ?? i, i);
      const height = item.kind === 'line' ? item.line.height : item.kind === 'image' ? item.height : 0;
      const e = extents.get(i);
      if (!e) extents.set(i, { firstPage: p, top: item.y, lastPage: p, bottom: item.y + height });
      else if (p > e.lastPage || (p === e.lastPage && item.y + height > e.bottom))
        Object.assign(e, { lastPage: p, bottom: item.y + height });
    }
  });

  const placements = new Map<number, Placement>();
  const at = (i: number) => placements.get(i) ?? placements.set(i, { pageStart: false }).get(i)!;
  // A page starts with a block when its first block was not on the page before (not a paragraph
  // running on from there).
  // A block moved past later ones (a picture floated to the next page) is no page start: a break
  // before it would carry the text after it along.
  // The earliest page any later block starts on, per block: one pass, so the question is O(1).
  const laterFirstPage: number[] = [];
  for (let i = model.blocks.length - 1, min = Infinity; i >= 0; i--) {
    laterFirstPage[i] = min;
    min = Math.min(min, extents.get(i)?.firstPage ?? Infinity);
  }
  const overtaken = (i: number, p: number) => (laterFirstPage[i] ?? Infinity) < p;
  firstOnPage.forEach((i, p) => {
    if (p > 0 && extents.get(i)!.firstPage === p && !overtaken(i, p)) at(i).pageStart = true;
  });

  // A floated photo goes with the first paragraph that begins on its page, after its caption;
  // none there (one paragraph runs through the page), or a photo left in place on the way (the
  // DOCX would print the two in the other order), it stays where it was typed.
  const figure = (j: number) => {
    const b = model.blocks[j];
    return b?.kind === 'image' || (b?.kind === 'paragraph' && b.style === CAPTION && model.blocks[j - 1]?.kind === 'image');
  };
  model.blocks.forEach((block, i) => {
    const e = extents.get(i);
    if (block.kind !== 'image' || !e || !overtaken(i, e.firstPage)) return;
    for (let j = i + 1; j < model.blocks.length; j++) {
      const f = extents.get(j);
      if (f && model.blocks[j].kind === 'image' && !overtaken(j, f.firstPage)) break;
      if (!f || f.firstPage < e.firstPage || figure(j)) continue;
      if (f.firstPage === e.firstPage && model.blocks[j].kind === 'paragraph') {
        const anchor = at(j);
        anchor.figures = [...(anchor.figures ?? []), i];
        // Floated photos stack from the page's top; the text goes on below the last caption's space after.
        const caption = figure(i + 1) ? i + 1 : i;
        const below = caption > i ? (model.paragraphStyles[CAPTION]?.spaceAfter ?? 0) : 0;
        anchor.figuresHeight = Math.max(anchor.figuresHeight ?? 0, (extents.get(caption) ?? e).bottom + below);
      }
      break;
    }
  });
  /** The topmost line on a page of a block not in `skip`, its block, and whether it begins there. */
  const textTop = (page: number, skip: ReadonlySet<number>) => {
    let found: { y: number; block: number; begins: boolean } | null = null;
    for (const item of pages[page] ?? []) {
      const i = item.kind === 'line' ? owner.get(item.line) : undefined;
      if (i === undefined || skip.has(i) || (found && found.y <= item.y)) continue;
      found = { y: item.y, block: i, begins: extents.get(i)!.firstPage === page && extents.get(i)!.top === item.y };
    }
    return found;
  };
  // A page whose text begins under its floated photos (the PDF broke the page before an
  // article's start for them): the paragraph holding them starts the page.
  const floated = new Set([...placements.values()].flatMap((p) => p.figures ?? []).flatMap((i) => (figure(i + 1) ? [i, i + 1] : [i])));
  for (const [j, anchor] of placements) {
    if (!anchor.figures) continue;
    const page = extents.get(j)!.firstPage;
    const before = [...extents].some(([k, e]) => k < j && !floated.has(k) && e.lastPage >= page && e.firstPage <= page);
    if (!before) anchor.pageStart = true;
    // Where the text under the photos starts: the top of the page's first other line, less the
    // space before of a paragraph that begins there (the DOCX writes that one itself).
    const top = textTop(page, floated);
    if (top === null) continue;
    const block = model.blocks[top.block];
    const own = top.begins && block.kind === 'paragraph' ? (model.paragraphStyles[block.style]?.spaceBefore ?? 0) : 0;
    const gap = top.y - own - anchor.figuresHeight!;
    if (gap > 0.05) anchor.figuresGap = gap;
  }

  // The gap below a paragraph set off the grid, when the next block is on the grid and on the
  // same page: the PDF drops the next block's first line onto the grid.
  model.blocks.forEach((block, i) => {
    const next = model.blocks[i + 1];
    if (!model.grid || block.kind !== 'paragraph' || next?.kind !== 'paragraph') return;
    const style = model.paragraphStyles[block.style];
    const nextStyle = model.paragraphStyles[next.style];
    if (style.grid || !nextStyle.grid) return;
    const [a, b] = [extents.get(i), extents.get(i + 1)];
    if (!a || !b || a.lastPage !== b.firstPage) return;
    const gap = b.top - a.bottom - nextStyle.spaceBefore;
    if (gap >= 0 && Math.abs(gap - style.spaceAfter) > 0.05) at(i).spaceAfter = gap;
  });
  return placements;
}
