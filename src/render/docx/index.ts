// The DOCX backend: document model → bytes of an editable .docx (Word and WPS). docx builds the
// parts from named styles, body paragraphs and footers; the parts are then fixed up and zipped by
// us, so one model always gives the same bytes.
import { Document, type IStylesOptions } from 'docx';
import { diag } from '../../diagnostics/make';
import type { DocumentModel } from '../../layout/model';
import type { RenderOptions } from '../../pipeline/render';
import { documentParts } from './compile-parts';
import { planFontTable } from './embed-fonts';
import { writeFontTable } from './font-table';
import { draftHeaders } from './draft-mark';
import { buildFooters } from './footer';
import { docGrid } from './grid';
import { addMirrorMargins, fixCoreDates, renumberDrawings, type Parts } from './package-fixups';
import { fillParagraphs } from './paragraph-xml';
import { isKept } from './reused-parts';
import { buildParagraphs, stylesWithTabs } from './paragraphs';
import { partOrder, zipParts } from './reproducible-zip';
import { buildStyles } from './styles';
import { twips } from './units';

function buildDocument(model: DocumentModel, styles: IStylesOptions, written: string[] | null): Document {
  const { page, meta } = model;
  const footers = buildFooters(model.pageNumbers);
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
        children: buildParagraphs(model, written),
      },
    ],
  });
}

/** The package's parts as docx compiles them, the body's paragraphs in place. */
async function bodyParts(model: DocumentModel, styles: IStylesOptions, ownXml: boolean, standIns = true): Promise<Parts> {
  const written: string[] | null = ownXml ? [] : null;
  // The styles part follows from the styles options (plain data, so JSON says all of it) and the
  // theme its colours are read against; theme and numbering are docx's defaults, as buildDocument
  // sets neither. A theme or numbering option there must go into these keys.
  const stylesKey = JSON.stringify(styles);
  // With the styles part kept from an earlier render, docx need not build dozens of style objects
  // only to have them replaced (~2.5 ms a render): it gets none, and the kept text goes in.
  const standIn = standIns && isKept({ name: 'word/styles.xml', key: stylesKey });
  const doc = buildDocument(model, standIn ? {} : styles, written);
  const reused = [
    { name: 'word/styles.xml', component: doc.Styles, key: stylesKey, standIn },
    { name: 'word/theme/theme1.xml', component: doc.Theme, key: 'docx default theme' },
    { name: 'word/numbering.xml', component: doc.Numbering, key: 'docx default numbering' },
  ];
  const parts = await documentParts(doc, reused);
  if (!parts) return bodyParts(model, styles, ownXml, false);
  if (!written) return parts;
  const body = parts['word/document.xml'];
  const filled = typeof body === 'string' ? fillParagraphs(body, written) : null;
  if (filled === null) return bodyParts(model, styles, false, standIns); // docx wrote the placeholders otherwise
  parts['word/document.xml'] = filled;
  return parts;
}

/** Renders the model as a DOCX; two calls with equal models and options return identical bytes. */
export async function renderDocx(model: DocumentModel, options: RenderOptions = {}): Promise<Buffer> {
  const styles = buildStyles(model, stylesWithTabs(model.blocks));
  // Body paragraphs written as XML here (paragraph-xml.ts); JIANBAO_DOCX_PARAGRAPHS=docx has docx
  // write them, to compare.
  const ownXml = process.env.JIANBAO_DOCX_PARAGRAPHS !== 'docx';
  const [parts, fonts] = await Promise.all([bodyParts(model, styles, ownXml), planFontTable(model, options.embedFonts ?? false)]);
  fixCoreDates(parts, model.meta.date);
  renumberDrawings(parts, partOrder(parts));
  addMirrorMargins(parts);
  writeFontTable(parts, fonts.entries);
  for (const s of fonts.skipped) options.diagnostics?.push(diag('JB720', s.file, null, { family: s.family, path: s.file, reason: s.reason }));
  return zipParts(parts, model.meta.date);
}
