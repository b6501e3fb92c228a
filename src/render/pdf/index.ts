// The PDF backend: a plain function from the document model to PDF bytes. Line layout,
// justification and pagination are ours (see linebreak, justify, paginate); pdfkit only writes
// glyphs, rules and images at the positions we computed, and embeds font subsets. The file is
// PDF 1.7, tagged, with bookmarks and XMP (structure.ts, metadata.ts); PDF/A-2b on request.
import PDFDocument from 'pdfkit';
import type { DocumentModel } from '../../model/model';
import { drawPage, drawPiece, originOf } from './draw';
import { placeDraftMark } from './draft-mark';
import { placePageNumber } from './page-number';
import { sharedLayout } from './lay-out';
import { installFonts } from './shared-fonts';
import { documentOptions, extraXmp, type PdfOptions } from './metadata';
import { pdfaImages } from './pdfa-images';
import { StructureTagger, type FigureBoxes } from './structure';
import { inkOf } from './ink';
import type { Fonts } from './paragraph';

function newDocument(model: DocumentModel, fonts: Fonts, options: PdfOptions): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    ...documentOptions(model, options),
    autoFirstPage: false,
    size: [model.page.width, model.page.height],
    margin: 0,
    // No default font: pdfkit would parse Helvetica's metrics file for every document (~3 ms
    // each in a batch) for a face we never draw with.
    font: null as unknown as string,
  });
  doc.appendXML(extraXmp(model));
  installFonts(doc, fonts);
  return doc;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export async function renderPdf(given: DocumentModel, options: PdfOptions = {}): Promise<Buffer> {
  const model = options.pdfa ? pdfaImages(given) : given;
  const layout = sharedLayout(model, options.shared);
  const { fonts, measure, boxes } = layout;
  const pages = layout.pages.map((laid) => laid.items);
  const { page, pageNumbers } = model;
  // What each page carries outside its type area: the folio, and 样稿 on a draft.
  const margins = pages.map((_, i) => [
    pageNumbers ? placePageNumber(model, pageNumbers, fonts, i + 1) : null,
    placeDraftMark(model, fonts, i + 1),
  ]);

  const doc = newDocument(model, fonts, options);
  const bytes = collect(doc);
  const figures: FigureBoxes = new Map();
  pages.forEach((items, i) => {
    const { left, top } = originOf(model, i + 1);
    for (const it of items)
      if (it.kind === 'image') figures.set(it.box, [left + it.x, top + it.y, left + it.x + it.width, top + it.y + it.height]);
  });
  // PDF/A-2b declares an sRGB output intent: a DeviceCMYK colour would need a CMYK one, so the
  // archive copy paints every colour in the RGB the template gives beside its CMYK.
  const ink = inkOf(options.pdfa ? undefined : model.printColors);
  let tags: StructureTagger | null = null;
  for (const [i, items] of pages.entries()) {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    const tagger = (tags ??= new StructureTagger(doc, model.blocks, boxes, figures));
    drawPage(doc, items, originOf(model, i + 1), measure, ink, (item, draw) => tagger.item(item, draw));
    for (const folio of margins[i])
      if (folio) tagger.artifact('Pagination', () => drawPiece(doc, folio.piece, folio.left, folio.baseline, ink));
  }
  tags?.end();
  doc.end();
  return bytes;
}
