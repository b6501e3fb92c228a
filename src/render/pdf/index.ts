// The PDF backend: a plain function from the document model to PDF bytes. Line layout,
// justification and pagination are ours (see linebreak, justify, paginate); pdfkit only writes
// glyphs, rules and images at the positions we computed, and embeds font subsets.
import PDFDocument from 'pdfkit';
import { FONT_ROLES, type DocumentModel } from '../../layout/model';
import { toBoxes } from './boxes';
import { drawPage, originOf } from './draw';
import { openFont } from '../../fonts/open-font';
import { drawPageNumber } from './page-number';
import { paginate } from './paginate';
import { withFastDeflate } from './fast-deflate';
import { installFonts } from './shared-fonts';
import type { Fonts } from './paragraph';

function openFonts(model: DocumentModel): Fonts {
  return Object.fromEntries(FONT_ROLES.map((role) => [role, openFont(model.fonts[role])])) as Fonts;
}

function newDocument(model: DocumentModel, fonts: Fonts): PDFKit.PDFDocument {
  const { title, author, date } = model.meta;
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: [model.page.width, model.page.height],
    margin: 0,
    lang: 'zh-CN',
    displayTitle: true,
    // Fixed dates make the file ID (derived from info) and so the whole file reproducible.
    info: { Title: title, Author: author, CreationDate: date, ModDate: date },
    // No default font: pdfkit would parse Helvetica's metrics file for every document (~3 ms
    // each in a batch) for a face we never draw with.
    font: null as unknown as string,
  });
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

export async function renderPdf(model: DocumentModel): Promise<Buffer> {
  const fonts = openFonts(model);
  const { page } = model;
  const measure = page.width - page.marginInside - page.marginOutside;
  const areaHeight = page.height - page.marginTop - page.marginBottom;
  const pages = paginate(toBoxes(model.blocks, model, fonts, measure), measure, areaHeight);

  return withFastDeflate(() => {
    const doc = newDocument(model, fonts);
    const bytes = collect(doc);
    pages.forEach((items, i) => {
      const n = i + 1;
      doc.addPage({ size: [page.width, page.height], margin: 0 });
      drawPage(doc, items, originOf(model, n), measure);
      if (model.pageNumbers) drawPageNumber(doc, model, model.pageNumbers, fonts, n);
    });
    doc.end();
    return bytes;
  });
}
