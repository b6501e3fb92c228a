// The DOCX backend: document model → bytes of an editable .docx (Word and WPS). docx builds the
// parts from named styles, body paragraphs and footers; the parts are then fixed up and zipped by
// us, so one model always gives the same bytes.
import { Document, Packer, type IStylesOptions } from 'docx';
import { unzipSync } from 'fflate';
import { diag } from '../../diagnostics/make';
import type { DocumentModel } from '../../model/model';
import type { RenderOptions } from '../renderer';
import { planFontTable } from './embed-fonts';
import { writeFontTable } from './font-table';
import { draftHeaders } from './draft-mark';
import { buildFooters } from './footer';
import { docGrid } from './grid';
import {
  addMirrorMargins,
  fixCoreDates,
  keepStylesOffGrid,
  pruneStyles,
  renumberDrawings,
  writeParagraphDefaults,
  type Parts,
} from './package-fixups';
import { paragraphStyleId } from './style-ids';
import { buildParagraphs, stylesWithTabs } from './paragraphs';
import { pdfLayoutFacts } from './pdf-placement';
import { partOrder, zipParts } from './reproducible-zip';
import { buildStyles } from './styles';
import { twips } from './units';

function buildDocument(model: DocumentModel, styles: IStylesOptions, pdf: ReturnType<typeof pdfLayoutFacts>): Document {
  const { page, meta } = model;
  const footers = buildFooters(model);
  const headers = draftHeaders(model, footers?.evenAndOdd ?? false);
  const grid = docGrid(model.grid);
  return new Document({
    title: meta.title,
    creator: meta.author,
    lastModifiedBy: meta.author,
    evenAndOddHeaderAndFooters: footers?.evenAndOdd ?? false,
    styles,
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(page.width), height: twips(page.height) },
            // With mirrored margins Word reads left as inside and right as outside.
            margin: {
              top: twips(page.marginTop),
              bottom: twips(page.marginBottom),
              left: twips(page.marginInside),
              right: twips(page.marginOutside),
              footer: twips(model.pageNumbers?.bottom ?? page.marginBottom / 2),
              header: twips(page.marginTop / 2),
              gutter: 0,
            },
          },
          ...(grid ? { grid } : {}),
        },
        ...(footers ? { footers: footers.footers } : {}),
        ...(headers ? { headers } : {}),
        children: buildParagraphs(model, pdf.placements, pdf.lines),
      },
    ],
  });
}

/**
 * The package's parts as docx writes them, for the edits docx has no option for
 * (package-fixups.ts) before we zip them reproducibly (reproducible-zip.ts): handed over by
 * patches/docx+9.15.2.patch, or, where install scripts did not run, zipped by docx and unzipped.
 */
async function documentParts(doc: Document): Promise<Parts> {
  if (Packer.toParts) return Object.fromEntries(Packer.toParts(doc));
  return unzipSync(await Packer.toBuffer(doc));
}

/** Renders the model as a DOCX; two calls with equal models and options return identical bytes. */
export async function renderDocx(model: DocumentModel, options: RenderOptions = {}): Promise<Buffer> {
  const styles = buildStyles(model, stylesWithTabs(model.blocks));
  // The PDF's page starts, pinned in the DOCX so Word, WPS and LibreOffice start pages there too.
  const doc = buildDocument(model, styles, pdfLayoutFacts(model, options.shared));
  const [parts, fonts] = await Promise.all([documentParts(doc), planFontTable(model, options.embedFonts ?? false)]);
  fixCoreDates(parts, model.meta.date);
  renumberDrawings(parts, partOrder(parts));
  addMirrorMargins(parts);
  writeParagraphDefaults(parts);
  if (model.grid)
    keepStylesOffGrid(
      parts,
      Object.entries(model.paragraphStyles)
        .filter(([, s]) => !s.grid)
        .map(([name]) => paragraphStyleId(model, name)),
    );
  pruneStyles(parts, new Set((styles.paragraphStyles ?? []).map((s) => s.id)));
  writeFontTable(parts, fonts.entries);
  for (const s of fonts.skipped)
    options.diagnostics?.push(diag('JB720', s.file, null, { family: s.family, path: s.file, reason: s.reason }));
  return zipParts(parts, model.meta.date);
}
