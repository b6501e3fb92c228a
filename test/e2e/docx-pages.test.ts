// DOCX pages = PDF pages (issue #23 item 3), measured with LibreOffice: its conversion of each
// sample's DOCX against jianbao's PDF, page count and the first line of every page.
//
// Equality is not reached with LibreOffice 7.4, for two reasons in LibreOffice, not in the DOCX
// (its DOCX import, writerfilter DomainMapper.cxx): it ignores w:autoSpaceDE/w:autoSpaceDN and
// always adds space between Chinese and digits/Latin ("4 月 21 日"), and it reads
// w:overflowPunct inverted (hanging only when the file says no hanging, which Word would obey).
// Either makes some paragraphs a line longer than in the PDF (and in Word). The DOCX pins every
// page that starts with a block (page break before); a page that starts inside a paragraph
// differs when a paragraph above it on that page got longer. The test asserts the best reached,
// so a regression fails; the equality it should reach is logged. Since photos float in the PDF
// (a photo that does not fit moves to the next page's top and the text after it fills the page)
// while the DOCX keeps each photo inline where it was typed, the feature sample's pages after its
// first floated photo differ too: anchoring the DOCX photos the same way is the next step.
import path from 'node:path';
import type { DocumentModel } from '../../src/model/model';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderDocx } from '../../src/render/docx';
import { renderPdf } from '../../src/render/pdf';
import { readPdf } from '../helpers/pdf-read';
import { soffice as findSoffice, testWith } from '../helpers/tools';
import { convertDocxToPdf } from './libreoffice-convert';
import { comparePageStarts, type PageComparison } from './page-starts';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const soffice = findSoffice();

/** Best reached with LibreOffice 7.4.7: its extra pages, and pages whose first line equals the PDF's. */
const BEST: Record<string, { extraPages: number; matching: number }> = {
  'wenzhou-kexie-2022-04.yaml': { extraPages: 2, matching: 2 },
  'feature-page-2021-06.yaml': { extraPages: 1, matching: 2 },
};

describe.each(Object.keys(BEST))('the DOCX of %s paginates as the PDF does', (sample) => {
  let model: DocumentModel;
  let result: PageComparison;
  beforeAll(async () => {
    if (!soffice.command) return;
    model = compileIssue(path.join(SAMPLES, sample)).model!;
    const ours = readPdf(await renderPdf(model));
    const theirs = readPdf(
      convertDocxToPdf(soffice.command, await renderDocx(model, { embedFonts: true }), path.basename(sample, '.yaml')),
    );
    result = comparePageStarts(ours, theirs, model.page.marginTop, model.page.marginBottom);
    console.warn(
      `${sample}: PDF ${result.ours} pages, LibreOffice ${result.theirs}; first lines equal on ${result.matching.length} of ${result.ours}\n` +
        result.differing.map((d) => `  p${d.page}: PDF «${d.ours}» LibreOffice «${d.theirs}»`).join('\n'),
    );
  }, 300_000);

  testWith(soffice, 'page count: no more extra pages than the best reached', () => {
    expect(result.theirs).toBeGreaterThanOrEqual(result.ours);
    expect(result.theirs - result.ours).toBeLessThanOrEqual(BEST[sample].extraPages);
  });

  testWith(soffice, 'pages starting with the same line: at least the best reached, page 1 always', () => {
    expect(result.matching).toContain(1);
    expect(result.matching.length).toBeGreaterThanOrEqual(BEST[sample].matching);
  });
});
