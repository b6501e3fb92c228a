// DOCX pages = PDF pages (issue #23 item 3): LibreOffice's conversion of each sample's DOCX has
// as many pages as jianbao's PDF, and every page starts with the same line.
import path from 'node:path';
import type { DocumentModel } from '../../src/layout/model';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderDocx } from '../../src/render/docx';
import { renderPdf } from '../../src/render/pdf';
import { readPdf } from '../helpers/pdf-read';
import { soffice as findSoffice, testWith } from '../helpers/tools';
import { convertDocxToPdf } from './libreoffice-convert';
import { comparePageStarts, type PageComparison } from './page-starts';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const soffice = findSoffice();

describe.each(['wenzhou-kexie-2022-04.yaml', 'feature-page-2021-06.yaml'])('the DOCX of %s paginates as the PDF does', (sample) => {
  let model: DocumentModel;
  let result: PageComparison;
  beforeAll(async () => {
    if (!soffice.command) return;
    model = compileIssue(path.join(SAMPLES, sample)).model!;
    const ours = readPdf(await renderPdf(model));
    const theirs = readPdf(convertDocxToPdf(soffice.command, await renderDocx(model, { embedFonts: true }), path.basename(sample, '.yaml')));
    result = comparePageStarts(ours, theirs, model.page.marginTop, model.page.marginBottom);
    console.warn(`${sample}: PDF ${result.ours} pages, LibreOffice ${result.theirs}; first lines equal on ${result.matching.length}\n${JSON.stringify(result.differing, null, 1)}`);
  }, 300_000);

  testWith(soffice, 'same page count', () => {
    expect(result.theirs).toBe(result.ours);
  });

  testWith(soffice, 'every page starts with the same line', () => {
    expect(result.differing).toEqual([]);
  });
});
