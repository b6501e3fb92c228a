// A body table as a real Word table: the full width of the type area, thin single borders in the
// table style's colour, each cell one paragraph of the table style; a header row repeats on every
// page and no row splits across pages (as in the PDF).
import { BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType, type IBorderOptions, type TextRun } from 'docx';
import type { DocumentModel, Inline, TableBlock } from '../../model/model';
import { estimatedWidths } from '../../model/table-columns';
import { paragraphStyleId } from './style-ids';
import { borderEighths, hexColor, twips } from './units';

/** Same stroke as the PDF's cell borders (render/pdf/table.ts). */
const BORDER_PT = 0.5;

export function tableOf(model: DocumentModel, block: TableBlock, runs: (inlines: Inline[]) => TextRun[]): Table {
  const color = hexColor(model.paragraphStyles[block.style]?.color ?? '#000000');
  const line: IBorderOptions = { style: BorderStyle.SINGLE, size: borderEighths(BORDER_PT), color };
  const columns = Math.max(...block.rows.map((r) => r.cells.length));
  const { page } = model;
  const size = model.paragraphStyles[block.style]?.size ?? 12;
  // Word's default cell margins are 0.08 in (5.4 pt) a side; the grid is what LibreOffice and
  // WPS lay the table out by, Word widens it to the full width (100%).
  const widths = estimatedWidths(block, size, page.width - page.marginInside - page.marginOutside, 5.4);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths.map(twips),
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: block.rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.header,
          cantSplit: true,
          // A short row gets empty cells so every row spans the grid.
          children: Array.from(
            { length: columns },
            (_, c) =>
              new TableCell({
                children: [new Paragraph({ style: paragraphStyleId(model, block.style), children: runs(row.cells[c] ?? []) })],
              }),
          ),
        }),
    ),
  });
}
