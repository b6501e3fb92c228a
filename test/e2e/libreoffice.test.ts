// DOCX fidelity, measured with LibreOffice: each sample's DOCX (fonts embedded) converted to PDF
// must have every paragraph's text, use our fonts, keep the 报尾 at the foot of the last page, and
// run to about as many pages as our own PDF. Without LibreOffice each check is skipped by name.
import path from 'node:path';
import { readdirSync } from 'node:fs';
import type { DocumentModel, ParagraphBlock } from '../../src/model/model';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderDocx } from '../../src/render/docx';
import { renderPdf } from '../../src/render/pdf';
import { readPdf, type PdfPage } from '../helpers/pdf-read';
import { soffice as findSoffice, testWith } from '../helpers/tools';
import { convertDocxToPdf } from './libreoffice-convert';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.yaml') && !f.startsWith('jianbao.'));
const soffice = findSoffice();
// pdfjs may hand back full-width marks in compatibility form (，→ ,): compare both sides in NFKC.
const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const CJK = /[\u3400-\u9fff]/;

function paragraphTexts(model: DocumentModel): { body: string[]; bottom: string[] } {
  const text = (p: ParagraphBlock) => squeeze(p.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join(''));
  const body: string[] = [];
  const bottom: string[] = [];
  for (const b of model.blocks) {
    if (b.kind === 'paragraph') body.push(text(b));
    if (b.kind === 'bottom') for (const p of b.blocks) if (p.kind === 'paragraph') bottom.push(text(p));
  }
  return { body: body.filter(Boolean), bottom: bottom.filter(Boolean) };
}

describe.each(samples)('LibreOffice renders the DOCX of %s faithfully', (sample) => {
  let model: DocumentModel;
  let ours: PdfPage[];
  let theirs: PdfPage[];
  beforeAll(async () => {
    if (!soffice.command) return;
    model = compileIssue(path.join(SAMPLES, sample)).model!;
    ours = readPdf(await renderPdf(model));
    theirs = readPdf(convertDocxToPdf(soffice.command, await renderDocx(model, { embedFonts: true }), path.basename(sample, '.yaml')));
  }, 300_000);

  testWith(soffice, 'every paragraph is there, every mark included (LibreOffice is told never to hang one)', () => {
    // Type-area text only: a footer's page number would otherwise land inside a paragraph that
    // runs on to the next page.
    const inTypeArea = (p: PdfPage) =>
      p.items
        .filter((i) => i.y <= p.height - model.page.marginBottom + 2)
        .map((i) => i.text)
        .join('');
    const all = squeeze(theirs.map(inTypeArea).join(''));
    const { body, bottom } = paragraphTexts(model);
    expect([...body, ...bottom].filter((p) => !all.includes(p))).toEqual([]);
  });

  testWith(soffice, 'the text is set in our (embedded) fonts', () => {
    const cjkFonts = new Set(
      theirs.flatMap((p) => p.items.filter((i) => CJK.test(i.text)).map((i) => i.fontName.replace(/^[A-Z]{6}\+/, ''))),
    );
    expect([...cjkFonts].filter((f) => !/^(Noto(Serif|Sans)SC-|LXGWWenKai-)/.test(f))).toEqual([]);
    expect(cjkFonts.size).toBeGreaterThanOrEqual(2);
  });

  testWith(soffice, 'the 报尾 sits at the foot of the last page, below all body text', () => {
    const { bottom } = paragraphTexts(model);
    if (bottom.length === 0) return;
    const last = theirs[theirs.length - 1];
    const foot = last.height - model.page.marginBottom;
    const items = last.items.filter((i) => i.y <= foot + 2);
    // The item where the 报尾's text begins (LibreOffice may set each character as its own item).
    const texts = items.map((i) => squeeze(i.text));
    const at = texts.join('').lastIndexOf(bottom.join(''));
    expect(at).toBeGreaterThanOrEqual(0);
    let offset = 0;
    const start = items.find((_, k) => (offset += texts[k].length) > at)!;
    const box = items.filter((i) => i.y >= start.y - 1);
    // Everything from the first 报尾 line down is the 报尾, in order, and nothing else.
    expect(squeeze(box.map((i) => i.text).join(''))).toBe(bottom.join(''));
    // Its last line ends within a line of the bottom margin.
    expect(foot - Math.max(...box.map((i) => i.y))).toBeLessThan(30);
  });

  // Page by page in docx-pages.test.ts: the DOCX pins the PDF's page starts with page breaks, and
  // LibreOffice 7.4, which adds space around digits whatever the file says, sets some paragraphs a
  // line longer; a page it overfills before a pinned break becomes a short extra page.
  testWith(soffice, 'page count is within two pages of our PDF', () => {
    console.warn(`${sample}: our PDF ${ours.length} pages, LibreOffice ${theirs.length} pages${model.grid ? ' (grid mode)' : ''}`);
    expect(Math.abs(theirs.length - ours.length)).toBeLessThanOrEqual(2);
  });
});
