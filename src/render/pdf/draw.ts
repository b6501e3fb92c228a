// Owns the pdfkit calls: one page's items drawn at absolute positions. Every piece is drawn on
// its own at a computed x (never pdfkit's text flow), so mixed fonts and justification stay exact.
import type { DocumentModel } from '../../model/model';
import type { Page, PageItem } from './paginate';
import { drawnFaceName, fullWidthFaceName, scriptFaceName, sequenceFaceName, SYMBOL_FACE, SYMBOL_SEQUENCE_FACE } from './shared-fonts';
import type { PlacedPiece } from './types';
import { drawnApart, spacedInCells } from './actual-text';
import { drawnText } from './invisible';
import type { Ink } from './ink';

/** Stroke width of synthetic bold, in em: CJK faces seldom come with a bold weight. */
const FAKE_BOLD = 0.03;

export interface Origin {
  left: number;
  top: number;
}

/** The registered face a piece is drawn from (shared-fonts.ts). */
function faceOf(doc: PDFKit.PDFDocument, piece: PlacedPiece): string {
  // A symbol the role's face lacks, from the bundled symbol face (with its selector: its sequence face).
  if (piece.symbol) return piece.sequence ? SYMBOL_SEQUENCE_FACE : SYMBOL_FACE;
  const face = drawnFaceName(doc, piece.role);
  if (piece.script) return scriptFaceName(face, piece.script);
  if (piece.fullWidth) return fullWidthFaceName(face);
  return piece.sequence ? sequenceFaceName(face) : face;
}

export function drawPiece(doc: PDFKit.PDFDocument, piece: PlacedPiece, left: number, baseline: number, ink: Ink): void {
  doc.font(faceOf(doc, piece)).fontSize(piece.size).fillColor(ink(piece.color));
  const options: PDFKit.Mixins.TextOptions = {
    lineBreak: false,
    baseline: 'alphabetic',
    characterSpacing: piece.charSpacing,
    // A stretched dash pair (paragraph.ts joinedDash) or digits condensed to whole grid cells.
    ...(piece.scale ? { horizontalScaling: piece.scale * 100 } : {}),
  };
  if (piece.bold) {
    doc.lineWidth(piece.size * FAKE_BOLD).strokeColor(ink(piece.color));
    options.fill = true;
    options.stroke = true;
  }
  // A piece drawn apart, with its typed spaces inside grid cells, or without its invisible
  // characters, carries its own text as /ActualText (actual-text.ts, invisible.ts).
  const drawn = drawnText(piece.text);
  if (drawnApart(piece) || spacedInCells(piece) || drawn !== piece.text) options.actualText = piece.text;
  doc.text(drawn, left + piece.x, baseline - (piece.rise ?? 0), options);
}

function drawItem(doc: PDFKit.PDFDocument, item: PageItem, origin: Origin, measure: number, ink: Ink): void {
  const y = origin.top + item.y;
  switch (item.kind) {
    case 'line':
      for (const piece of item.line.pieces) drawPiece(doc, piece, origin.left + (item.x ?? 0), y + item.line.baseline, ink);
      break;
    case 'frame':
      doc.save().rect(origin.left + item.x, y, item.width, item.height);
      doc.lineWidth(item.thickness).strokeColor(ink(item.color)).stroke().restore();
      break;
    case 'rule':
      doc
        .save()
        .moveTo(origin.left, y)
        .lineTo(origin.left + measure, y);
      doc.lineWidth(item.thickness).strokeColor(ink(item.color)).stroke().restore();
      break;
    case 'image':
      doc.image(item.data, origin.left + item.x, y, { width: item.width, height: item.height });
      break;
  }
}

/** Draws one page's items; `around` wraps each in its marked content (structure.ts). */
export function drawPage(
  doc: PDFKit.PDFDocument,
  page: Page,
  origin: Origin,
  measure: number,
  ink: Ink,
  around?: (item: PageItem, draw: () => void) => void,
): void {
  for (const item of page) {
    if (around) around(item, () => drawItem(doc, item, origin, measure, ink));
    else drawItem(doc, item, origin, measure, ink);
  }
}

/** Left edge of the type area: odd pages bind on the left (inside margin), even pages mirror. */
export function originOf(model: DocumentModel, pageNumber: number): Origin {
  const { marginInside, marginOutside, marginTop } = model.page;
  return { left: pageNumber % 2 === 1 ? marginInside : marginOutside, top: marginTop };
}
