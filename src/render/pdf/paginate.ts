// Owns pagination: boxes flow down the type area page after page. Space before a box is dropped
// at the top of a page; titles and headings (keepWithNext) and images (kept with their caption)
// never end a page alone; a paragraph leaves no single orphan or widow line where it can avoid
// it; the 报尾 (bottom box) sits at the foot of the page, on a new page if it does not fit.
// A photo that does not fit where it stands floats to the top of the next page while the text
// after it fills the page (layoutPages); each page records why it ended (explain-layout.ts).
// Boxes on the text grid start on a line of the baseline grid, so facing pages line up.
// A table moves row by row: a row is never split unless it is taller than a page, and the
// header row is repeated at the top of each page the table continues on.
import { splitRow, TABLE_BORDER } from './table';
import type { Box, LineBox, TableRowBox } from './types';

/** y is measured down from the top of the type area; x from its left edge. */
export type PageItem =
  /** `x`: a table cell's text is set off the type area's left edge. */
  | { kind: 'line'; y: number; line: LineBox; x?: number }
  /** A cell's border. */
  | { kind: 'frame'; x: number; y: number; width: number; height: number; thickness: number; color: string }
  | { kind: 'rule'; y: number; color: string; thickness: number }
  /** `box`: the image's own box, which tells its block (two photos may share one file's bytes). */
  | { kind: 'image'; x: number; y: number; width: number; height: number; data: Buffer; box: ImageBox };

export type Page = PageItem[];

type LinesBox = Extract<Box, { kind: 'lines' }>;
type TableBox = Extract<Box, { kind: 'table' }>;

const sum = (lines: LineBox[]) => lines.reduce((h, l) => h + l.height, 0);

/** The fewest lines a paragraph can start a page's foot with: two, leaving no single line (a
 * widow) for the next page; a paragraph of three lines or fewer moves whole. */
const opening = (lines: LineBox[]) => lines.slice(0, lines.length <= 3 ? lines.length : 2);

/** Height of the start of box i that must share a page with a keepWithNext box before it (a
 * chain of headings is followed in layoutPages, which knows where photos will float). */
function keepHeight(boxes: Box[], i: number, areaHeight: number): number {
  const box = boxes[i];
  if (!box) return 0;
  switch (box.kind) {
    case 'lines':
      return box.spaceBefore + sum(opening(box.lines));
    case 'image': {
      // A photo keeps with its caption only: the text after it may flow on without it.
      const caption = captionOf(boxes[i + 1]);
      return box.height + (caption ? caption.spaceBefore + sum(caption.lines.slice(0, 2)) : 0);
    }
    case 'table':
      return box.spaceBefore + tableStart(box, areaHeight);
    case 'rule':
      return box.spaceBefore + box.thickness;
    default:
      return 0;
  }
}

const headerRows = (box: TableBox): TableRowBox[] => {
  const body = box.rows.findIndex((r) => !r.header);
  return box.rows.slice(0, body < 0 ? box.rows.length : body);
};
const rowsHeight = (rows: TableRowBox[]) => rows.reduce((h, r) => h + r.height, 0);

/** The first two lines of a row (of its tallest cell start), with its padding. */
const rowStart = (row: TableRowBox) => 2 * row.padY + Math.max(0, ...row.cells.map((lines) => sum(lines.slice(0, 2))));

/** What must fit where a table starts: its header and its first row, or, when that row is taller
 * than a page can hold under the header (it will be split anyway), the row's first two lines. */
function tableStart(box: TableBox, areaHeight: number): number {
  const headers = headerRows(box);
  const header = rowsHeight(headers);
  const first = box.rows[headers.length];
  if (!first) return header;
  return header + (first.height > areaHeight - header ? rowStart(first) : first.height);
}

/** Why a page ended where it did: what `--explain-layout` prints, and what the fill tests read.
 * `need` and `left` are heights in pt: what the next block (with what is kept with it) needs, and
 * what was left of the type area. */
export type PageEnd =
  /** The author's page break. */
  | { reason: 'asked' }
  /** Text ran on to the foot of the page and continues on the next. */
  | { reason: 'full' }
  /** The next block cannot fit in what is left: a heading with what it keeps with, a paragraph's
   * opening (two lines, no widow after them), a table's header with its first row, a table row,
   * a rule, the 报尾. */
  | { reason: 'keep'; what: 'heading' | 'paragraph' | 'table' | 'row' | 'rule' | 'bottom'; need: number; left: number }
  /** A photo waiting for room could not float past the end of its article. */
  | { reason: 'photo'; need: number; left: number }
  | { reason: 'last' };

export interface LaidOutPage {
  items: Page;
  end: PageEnd;
  /** For each photo that floated onto this page, the page (1-based) its place in the text is on. */
  floated: number[];
}

/** Styles that open an article or a part of the issue: a photo never floats past one. */
const ARTICLE_STARTS = new Set(['title', 'section-label', 'section-heading', 'briefs-heading']);
const CAPTION = 'caption';

type ImageBox = Extract<Box, { kind: 'image' }>;
interface Figure {
  image: ImageBox;
  caption: LinesBox | null;
  /** The page (1-based) the photo's place in the text fell on. */
  from: number;
}

/** The caption of a photo: the paragraph of style caption right after it. */
const captionOf = (box: Box | undefined): LinesBox | null => (box?.kind === 'lines' && box.style === CAPTION ? box : null);

/** What must fit where a photo goes: the photo and its whole caption. */
const figureHeight = (f: Figure) => f.image.height + (f.caption ? f.caption.spaceBefore + sum(f.caption.lines) : 0);

/** Boxes a waiting photo cannot float past: a new article or part, an author's page break, the
 * 报尾, and rules and tables (a float above a table's header would upset its row breaking). */
function stopsFloats(box: Box): boolean {
  if (box.kind === 'lines') return ARTICLE_STARTS.has(box.style ?? '');
  return box.kind !== 'image';
}

export function paginate(boxes: Box[], measure: number, areaHeight: number): Page[] {
  return layoutPages(boxes, measure, areaHeight).map((page) => page.items);
}

/**
 * Pages with the reason each one ended. A photo (with its caption) that does not fit in what is
 * left of a page floats to the top of the next page while the text after it fills the space; it
 * never floats past the start of the next article (the page then breaks before that start).
 */
export function layoutPages(boxes: Box[], measure: number, areaHeight: number): LaidOutPage[] {
  const pages: LaidOutPage[] = [{ items: [], end: { reason: 'last' }, floated: [] }];
  let y = 0;
  const waiting: Figure[] = [];
  const current = () => pages[pages.length - 1];
  const atTop = () => current().items.length === 0;
  const put = (item: PageItem) => current().items.push(item);
  const before = (space: number) => (atTop() ? 0 : space);
  const left = () => Math.max(0, areaHeight - y);
  const fits = (height: number) => y + height <= areaHeight + 0.01;
  const toGrid = (snap: number | undefined) => {
    if (snap) y = Math.ceil(y / snap - 1e-6) * snap;
  };

  /** Ends the page; the photos waiting go first on the next one, `snap` the grid of text that
   * continues under them. */
  const newPage = (end: PageEnd, snap?: number) => {
    current().end = end;
    pages.push({ items: [], end: { reason: 'last' }, floated: [] });
    y = 0;
    let placed = false;
    while (waiting.length > 0 && (atTop() || fits(figureHeight(waiting[0])))) {
      const figure = waiting.shift()!;
      current().floated.push(figure.from);
      placeFigure(figure);
      placed = true;
    }
    if (placed) toGrid(snap);
  };

  /** A page break before whatever ends the article, so the photos still waiting come first. */
  const flushFloats = () => {
    while (waiting.length > 0) newPage({ reason: 'photo', need: figureHeight(waiting[0]), left: left() });
  };

  const placeFigure = (figure: Figure) => {
    const { image, caption } = figure;
    put({ kind: 'image', x: (measure - image.width) / 2, y, width: image.width, height: image.height, data: image.data, box: image });
    y += image.height;
    if (caption) placeLines(caption, 0);
  };

  const placeRule = (box: Extract<Box, { kind: 'rule' }>) => {
    const need = before(box.spaceBefore) + box.thickness;
    if (!fits(need) && !atTop()) newPage({ reason: 'keep', what: 'rule', need, left: left() });
    y += before(box.spaceBefore);
    put({ kind: 'rule', y: y + box.thickness / 2, color: box.color, thickness: box.thickness });
    y += box.thickness + box.spaceAfter;
  };

  /** `keepNext`: the height of what follows that a keepWithNext box must share its page with. */
  const placeLines = (box: LinesBox, keepNext: number) => {
    const kept = () => (box.keepWithNext ? before(box.spaceBefore) + sum(box.lines) + box.spaceAfter + keepNext : 0);
    // Photos that float onto the new page can leave too little under them: then another page
    // (each round places a photo or reaches an empty page).
    while (box.keepWithNext && !fits(kept()) && !atTop()) newPage({ reason: 'keep', what: 'heading', need: kept(), left: left() });
    y += before(box.spaceBefore);
    // Grid mode: the first line drops to the next line of the baseline grid.
    toGrid(box.snap);
    let next = 0;
    while (next < box.lines.length) {
      const rest = box.lines.slice(next);
      let fit = 0;
      while (fit < rest.length && fits(sum(rest.slice(0, fit + 1)))) fit++;
      let take = fit;
      if (fit < rest.length) {
        if (rest.length - take === 1) take--; // a widow: carry one more line over
        if (next === 0 && take < 2) take = 0; // an orphan: start the paragraph on the next page
        if (take === 0 && atTop()) take = Math.max(1, fit); // a page can hold no better
      }
      for (const line of rest.slice(0, take)) {
        put({ kind: 'line', y, line });
        y += line.height;
      }
      next += take;
      if (next >= box.lines.length) break;
      const end: PageEnd = take === 0 ? { reason: 'keep', what: 'paragraph', need: sum(opening(rest)), left: left() } : { reason: 'full' };
      newPage(end, box.snap);
    }
    y += box.spaceAfter;
  };

  const placeRow = (box: TableBox, row: TableRowBox) => {
    let x = 0;
    box.widths.forEach((width, c) => {
      put({ kind: 'frame', x, y, width, height: row.height, thickness: TABLE_BORDER, color: box.color });
      let top = y + row.padY;
      for (const line of row.cells[c] ?? []) {
        put({ kind: 'line', y: top, line, x: x + row.padX });
        top += line.height;
      }
      x += width;
    });
    y += row.height;
  };

  const placeTable = (box: TableBox) => {
    const headers = headerRows(box);
    const headerHeight = rowsHeight(headers);
    const queue = box.rows.slice(headers.length);
    // The header goes with the first row: it never ends a page alone.
    const start = before(box.spaceBefore) + tableStart(box, areaHeight);
    if (!fits(start) && !atTop()) newPage({ reason: 'keep', what: 'table', need: start, left: left() });
    let fresh = atTop(); // nothing above the table's rows on this page but its header
    y += before(box.spaceBefore);
    toGrid(box.snap);
    for (const h of headers) placeRow(box, h);
    while (queue.length > 0) {
      const row = queue.shift()!;
      if (fits(row.height)) {
        placeRow(box, row);
        fresh = false;
        continue;
      }
      let end: PageEnd = { reason: 'full' };
      if (!fresh && row.height <= areaHeight - headerHeight) {
        queue.unshift(row); // a row is never split: it moves to the next page
        end = { reason: 'keep', what: 'row', need: row.height, left: left() };
      } else {
        // Taller than what a page holds under its header: the row is cut where the page ends.
        const [part, rest] = splitRow(row, areaHeight - y);
        placeRow(box, part);
        if (!rest.cells.some((lines) => lines.length > 0)) continue;
        queue.unshift(rest);
      }
      newPage(end);
      fresh = true;
      for (const h of headers) placeRow(box, h);
    }
    y += box.spaceAfter;
  };

  const placeBottom = (box: Extract<Box, { kind: 'bottom' }>) => {
    const inner = paginate(box.boxes, measure, Infinity)[0];
    const height = extent(inner);
    if (!fits(height) && !atTop()) newPage({ reason: 'keep', what: 'bottom', need: height, left: left() });
    const top = areaHeight - height;
    for (const item of inner) put({ ...item, y: item.y + top });
    y = areaHeight;
  };

  /** What must share the page with a keepWithNext box above box i, `used` pt of the chain already
   * taken below y: headings chain on; a photo that will float (it cannot fit there, or photos
   * are waiting) drops out, so a heading keeps with the text after it rather than with a photo
   * that goes to the next page. */
  const chainFrom = (i: number, used: number, floating = waiting.length > 0): number => {
    const box = boxes[i];
    if (box?.kind === 'lines' && box.keepWithNext) {
      const own = box.spaceBefore + sum(box.lines) + box.spaceAfter;
      return own + chainFrom(i + 1, used + own, floating);
    }
    if (box?.kind !== 'image') return keepHeight(boxes, i, areaHeight);
    const figure: Figure = { image: box, caption: captionOf(boxes[i + 1]), from: 0 };
    const after = i + (figure.caption ? 2 : 1);
    // Behind a waiting photo every photo waits too.
    const floats = floating || !fits(used + figureHeight(figure));
    if (!floats || !boxes[after] || stopsFloats(boxes[after])) return keepHeight(boxes, i, areaHeight);
    return chainFrom(after, used, true);
  };

  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i];
    if (stopsFloats(box)) flushFloats();
    switch (box.kind) {
      case 'table':
        placeTable(box);
        break;
      case 'pagebreak':
        if (!atTop()) newPage({ reason: 'asked' });
        break;
      case 'rule':
        placeRule(box);
        break;
      case 'lines':
        placeLines(box, box.keepWithNext ? chainFrom(i + 1, before(box.spaceBefore) + sum(box.lines) + box.spaceAfter) : 0);
        break;
      case 'image': {
        const caption = captionOf(boxes[i + 1]);
        if (caption) i++;
        const figure: Figure = { image: box, caption, from: pages.length };
        // In its place when it fits (or the page is empty); else it waits for the next page,
        // behind any photo already waiting, so photos keep their order.
        if (waiting.length === 0 && (atTop() || fits(figureHeight(figure)))) placeFigure(figure);
        else waiting.push(figure);
        break;
      }
      case 'bottom':
        placeBottom(box);
        break;
    }
  }
  flushFloats();
  return pages;
}

/** How far down the items of a page reach. */
export function extent(items: PageItem[]): number {
  return items.reduce((h, item) => {
    if (item.kind === 'rule') return Math.max(h, item.y + item.thickness / 2);
    if (item.kind === 'frame') return Math.max(h, item.y + item.height);
    return Math.max(h, item.y + (item.kind === 'line' ? item.line.height : item.height));
  }, 0);
}
