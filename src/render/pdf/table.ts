// Owns a table's layout: column widths from the cells' content, each cell set like a paragraph
// (CJK line breaking, the table style, no first-line indent) in its column less the padding, and
// row heights from the tallest cell. Pagination moves whole rows (paginate.ts).
import type { ParagraphBlock, ParagraphStyle, TableBlock } from '../../model/model';
import { columnWidths } from '../../model/table-columns';
import { layoutParagraph, type Fonts, type Setting } from './paragraph';
import type { LineBox, TableRowBox } from './types';

/** Thin borders, as a hairline rule in a printed table. */
export const TABLE_BORDER = 0.5;

/** Padding inside a cell, in em of the table style. */
const PAD_X = 0.4;
const PAD_Y = 0.2;

const unbroken = 1e6;

/** How wide a cell's text is set on one line (its widest forced line). */
function naturalWidth(lines: LineBox[]): number {
  return lines.reduce((w, l) => Math.max(w, ...l.pieces.map((p) => p.x + p.width)), 0);
}

export interface TableLayout {
  widths: number[];
  rows: TableRowBox[];
}

export function layoutTable(block: TableBlock, declared: ParagraphStyle, fonts: Fonts, measure: number, setting: Setting): TableLayout {
  const style: ParagraphStyle = { ...declared, indent: 0 };
  const padX = PAD_X * style.size;
  const padY = PAD_Y * style.size;
  const cells = block.rows.map((row) => row.cells.map((inlines): ParagraphBlock => ({ kind: 'paragraph', style: block.style, inlines })));
  const columns = Math.max(...block.rows.map((r) => r.cells.length));
  const natural = Array.from(
    { length: columns },
    (_, c) =>
      cells.reduce(
        (w, row) =>
          row[c] ? Math.max(w, naturalWidth(layoutParagraph(row[c], { ...style, align: 'left' }, fonts, unbroken, setting))) : w,
        0,
      ) +
      2 * padX,
  );
  const widths = columnWidths(natural, measure, 2 * style.size + 2 * padX);
  const rows = cells.map((row, r): TableRowBox => {
    const laid = widths.map((w, c) => (row[c] ? layoutParagraph(row[c], style, fonts, w - 2 * padX, setting) : []));
    const height = Math.max(...laid.map((lines) => lines.reduce((h, l) => h + l.height, 0))) + 2 * padY;
    return { header: block.rows[r].header, cells: laid, height, padX, padY };
  });
  return { widths, rows };
}

/** A row cut where `room` ends (a row taller than a page): the lines that fit, and the rest. */
export function splitRow(row: TableRowBox, room: number): [TableRowBox, TableRowBox] {
  const fit = row.cells.map((lines) => {
    let h = 2 * row.padY;
    let n = 0;
    while (n < lines.length && h + lines[n].height <= room + 0.01) h += lines[n++].height;
    return Math.max(n, Math.min(1, lines.length));
  });
  const part = (cells: LineBox[][]): TableRowBox => ({
    ...row,
    cells,
    height: Math.max(...cells.map((lines) => lines.reduce((h, l) => h + l.height, 0))) + 2 * row.padY,
  });
  return [part(row.cells.map((lines, c) => lines.slice(0, fit[c]))), part(row.cells.map((lines, c) => lines.slice(fit[c])))];
}
