// Owns pagination: boxes flow down the type area page after page. Space before a box is dropped
// at the top of a page; titles and headings (keepWithNext) and images (kept with their caption)
// never end a page alone; a paragraph leaves no single orphan or widow line where it can avoid
// it; the 报尾 (bottom box) sits at the foot of the page, on a new page if it does not fit.
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
  | { kind: 'image'; x: number; y: number; width: number; height: number; data: Buffer };

export type Page = PageItem[];

type LinesBox = Extract<Box, { kind: 'lines' }>;
type TableBox = Extract<Box, { kind: 'table' }>;

const sum = (lines: LineBox[]) => lines.reduce((h, l) => h + l.height, 0);

/** Height of box i that must share a page with whatever is kept with it. */
function keepHeight(boxes: Box[], i: number, areaHeight: number): number {
  const box = boxes[i];
  if (!box) return 0;
  switch (box.kind) {
    case 'lines':
      return box.keepWithNext
        ? box.spaceBefore + sum(box.lines) + box.spaceAfter + keepHeight(boxes, i + 1, areaHeight)
        : box.spaceBefore + sum(box.lines.slice(0, 2));
    case 'image':
      return box.height + keepHeight(boxes, i + 1, areaHeight);
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

export function paginate(boxes: Box[], measure: number, areaHeight: number): Page[] {
  const pages: Page[] = [[]];
  let y = 0;
  const atTop = () => pages[pages.length - 1].length === 0;
  const newPage = () => {
    pages.push([]);
    y = 0;
  };
  const put = (item: PageItem) => pages[pages.length - 1].push(item);
  const before = (space: number) => (atTop() ? 0 : space);

  const placeRule = (box: Extract<Box, { kind: 'rule' }>) => {
    if (y + before(box.spaceBefore) + box.thickness > areaHeight && !atTop()) newPage();
    y += before(box.spaceBefore);
    put({ kind: 'rule', y: y + box.thickness / 2, color: box.color, thickness: box.thickness });
    y += box.thickness + box.spaceAfter;
  };

  const placeLines = (box: LinesBox, i: number) => {
    const kept = box.keepWithNext ? before(box.spaceBefore) + sum(box.lines) + box.spaceAfter + keepHeight(boxes, i + 1, areaHeight) : 0;
    if (y + kept > areaHeight && !atTop()) newPage();
    y += before(box.spaceBefore);
    // Grid mode: the first line drops to the next line of the baseline grid.
    if (box.snap) y = Math.ceil(y / box.snap - 1e-6) * box.snap;
    let next = 0;
    while (next < box.lines.length) {
      const rest = box.lines.slice(next);
      let fit = 0;
      while (fit < rest.length && y + sum(rest.slice(0, fit + 1)) <= areaHeight + 0.01) fit++;
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
      if (next < box.lines.length) newPage();
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
    if (y + before(box.spaceBefore) + tableStart(box, areaHeight) > areaHeight && !atTop()) newPage();
    let fresh = atTop(); // nothing above the table's rows on this page but its header
    y += before(box.spaceBefore);
    if (box.snap) y = Math.ceil(y / box.snap - 1e-6) * box.snap;
    for (const h of headers) placeRow(box, h);
    while (queue.length > 0) {
      const row = queue.shift()!;
      if (y + row.height <= areaHeight + 0.01) {
        placeRow(box, row);
        fresh = false;
        continue;
      }
      if (!fresh && row.height <= areaHeight - headerHeight) {
        queue.unshift(row); // a row is never split: it moves to the next page
      } else {
        // Taller than what a page holds under its header: the row is cut where the page ends.
        const [part, rest] = splitRow(row, areaHeight - y);
        placeRow(box, part);
        if (!rest.cells.some((lines) => lines.length > 0)) continue;
        queue.unshift(rest);
      }
      newPage();
      fresh = true;
      for (const h of headers) placeRow(box, h);
    }
    y += box.spaceAfter;
  };

  boxes.forEach((box, i) => {
    switch (box.kind) {
      case 'table':
        placeTable(box);
        break;
      case 'pagebreak':
        if (!atTop()) newPage();
        break;
      case 'rule':
        placeRule(box);
        break;
      case 'lines':
        placeLines(box, i);
        break;
      case 'image':
        if (y + keepHeight(boxes, i, areaHeight) > areaHeight && !atTop()) newPage();
        put({ kind: 'image', x: (measure - box.width) / 2, y, width: box.width, height: box.height, data: box.data });
        y += box.height;
        break;
      case 'bottom': {
        const inner = paginate(box.boxes, measure, Infinity)[0];
        const height = extent(inner);
        if (y + height > areaHeight && !atTop()) newPage();
        const top = areaHeight - height;
        for (const item of inner) put({ ...item, y: item.y + top });
        y = areaHeight;
        break;
      }
    }
  });
  return pages;
}

/** How far down the items of a page reach. */
function extent(items: PageItem[]): number {
  return items.reduce((h, item) => {
    if (item.kind === 'rule') return Math.max(h, item.y + item.thickness / 2);
    if (item.kind === 'frame') return Math.max(h, item.y + item.height);
    return Math.max(h, item.y + (item.kind === 'line' ? item.line.height : item.height));
  }, 0);
}
