// Every mark LibreOffice is given, it shows: a closing mark LibreOffice 7.4 hangs past the margin
// is left out of its page and PDF, so the DOCX tells it never to hang (render/docx/hanging-punctuation.ts).
// The DOCX pins the PDF's line ends (pdf-lines.ts), so with our fonts a mark rarely has to hang;
// taken out here, as an editor's edit or other fonts undo them, LibreOffice breaks every line
// where its own measure ends and meets marks that do not fit (4 lost in the kexie sample before).
// Without LibreOffice each check is skipped by name.
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { DocumentModel, ParagraphBlock } from '../../src/model/model';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderDocx } from '../../src/render/docx';
import { readPdf } from '../helpers/pdf-read';
import { soffice as findSoffice, testWith } from '../helpers/tools';
import { convertDocxToPdf } from './libreoffice-convert';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const soffice = findSoffice();
// pdfjs may hand back full-width marks in compatibility form (，→ ,): compare both sides in NFKC.
const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

function paragraphs(model: DocumentModel): string[] {
  const out: string[] = [];
  const add = (p: ParagraphBlock) => out.push(squeeze(p.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join('')));
  for (const b of model.blocks) {
    if (b.kind === 'paragraph') add(b);
    if (b.kind === 'bottom') for (const p of b.blocks) if (p.kind === 'paragraph') add(p);
  }
  return out.filter(Boolean);
}

/** The DOCX without the character spacing that pins each line where the PDF's ends. */
function unpinned(docx: Buffer): Buffer {
  const parts = unzipSync(docx);
  const xml = strFromU8(parts['word/document.xml']);
  const without = xml.replace(/<w:rPr><w:spacing w:val="-?\d+"\/><\/w:rPr>/g, '');
  if (without === xml) throw new Error('no pinned line in the DOCX: the test no longer tests anything');
  parts['word/document.xml'] = strToU8(without);
  return Buffer.from(zipSync(parts));
}

describe.each(['wenzhou-kexie-2022-04.yaml', 'feature-page-2021-06.yaml'])('LibreOffice shows every mark of %s', (sample) => {
  testWith(
    soffice,
    'with its lines broken where LibreOffice’s own measure ends (the DOCX’s line pins taken out)',
    async () => {
      const model = compileIssue(path.join(SAMPLES, sample)).model!;
      const pdf = convertDocxToPdf(
        soffice.command!,
        unpinned(await renderDocx(model, { embedFonts: true })),
        path.basename(sample, '.yaml'),
      );
      // Type-area text only: a footer's folio would otherwise land inside a paragraph that runs on.
      const text = squeeze(
        readPdf(pdf)
          .map((p) =>
            p.items
              .filter((i) => i.y <= p.height - model.page.marginBottom + 2)
              .map((i) => i.text)
              .join(''),
          )
          .join(''),
      );
      expect(paragraphs(model).filter((p) => !text.includes(p))).toEqual([]);
    },
    300_000,
  );
});
