// DOCX pages = PDF pages (issue #23 item 3), measured with LibreOffice: its conversion of each
// sample's DOCX against jianbao's PDF, page count and the first line of every page.
//
// What LibreOffice 7.4 does differently, with evidence, and what the DOCX does about it:
// - its DOCX import ignores w:autoSpaceDE/w:autoSpaceDN (writerfilter DomainMapper.cxx:
//   `case NS_ooxml::LN_CT_PPrBase_autoSpaceDE: break;`) and adds 3.4–3.8 pt between Chinese and
//   digits ("4 月 21 日" in its PDF: 4 ends at 120.4, 月 starts at 124.0). Negative spacing on the
//   number's own run is honoured only in part (the «4» of «4月28日» lands at the same places with
//   −3.55, 0 and +3 pt), so pdf-lines.ts sets the whole line tighter by that much instead.
// - it reads w:overflowPunct inverted (`PROP_PARA_IS_HANGING_PUNCTUATION, nIntValue == 0`) and
//   leaves a mark it hangs out of its page: the defaults write it on, so Word hangs as by default
//   and LibreOffice never does (hanging-punctuation.ts, libreoffice-marks.test.ts); pdf-lines.ts
//   sets a line whose mark the PDF hangs tighter by the mark, and a line the PDF stretched (a
//   character pulled down to the last line) wider by its slack.
// - with a line grid on (w:docGrid lines) it ends every page that holds a title one line early
//   (18 pages for 15): the grid is written off (grid.ts), every style having exact line heights.
// - it sets only the larger of a paragraph's space after and the next one's space before (Word
//   and the PDF add them): summed-gaps.ts writes the sum after the first paragraph. A rule
//   paragraph's own 1 pt line comes out of its spacing, so a rule is as tall as the PDF's.
// - it compresses no punctuation and breaks a proportional line where its characters run out:
//   pdf-lines.ts spaces every justified proportional line but a paragraph's last (that one only
//   when it would not fit) so that, at full widths, it fills the measure less 3 pt (the PDF's
//   closed-up 。” and ），taken back). All spacing goes on Chinese characters only: spacing on
//   digits is honoured in part (a last line «…成果落地率达90%。» set tighter over all its
//   characters still wrapped «90%。» in LibreOffice, one line more on the feature sample's page 4).
//   A line the PDF ends short (before an attribution kept whole) gets the rest of the measure
//   after its last character, so LibreOffice does not pull the attribution's start up.
// - a photo the PDF floats to the top of the next page (the text after it filling the page it
//   left) would stay inline where typed: it is anchored, with its caption, in a text box at the
//   top margin (top-and-bottom wrap) in the first paragraph that begins on that page (figure-box.ts).
// With these both samples are equal: kexie 15 pages, feature 6, the same first line on each, and
// every line of both breaks where the PDF's does (read with pdftotext, 2026-12-03).
// The test asserts the best reached, so a regression fails; the equality it should reach is logged.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentModel } from '../../src/model/model';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderDocx } from '../../src/render/docx';
import { renderPdf } from '../../src/render/pdf';
import { layOutPdf } from '../../src/render/pdf/lay-out';
import { readPdf } from '../helpers/pdf-read';
import { soffice as findSoffice, testWith } from '../helpers/tools';
import { convertDocxToPdf } from './libreoffice-convert';
import { comparePageStarts, type PageComparison } from './page-starts';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const soffice = findSoffice();

/** Best reached with LibreOffice 7.4.7: its extra pages, and pages whose first line equals the PDF's. */
const BEST: Record<string, { extraPages: number; matching: number }> = {
  'wenzhou-kexie-2022-04.yaml': { extraPages: 0, matching: 15 },
  'feature-page-2021-06.yaml': { extraPages: 0, matching: 6 },
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

// Photos floated three times, one of them to the top of a page that the next article starts under
// it (it may not float past that start): the feature sample with a second 宁波 photo typed before
// the article's last paragraph (written to a temporary folder with a copy of the sample's images).
describe('the DOCX of the feature sample with a photo held back to the next article paginates as the PDF does', () => {
  let result: PageComparison;
  let floated = 0;
  beforeAll(async () => {
    if (!soffice.command) return;
    const yaml = fs.readFileSync(path.join(SAMPLES, 'feature-page-2021-06.yaml'), 'utf8');
    const key = '      在中国林学会的支持下';
    expect(yaml).toContain(key);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-docx-pages-'));
    const file = path.join(dir, 'feature-two-photos.yaml');
    try {
      fs.cpSync(path.join(SAMPLES, 'images'), path.join(dir, 'images'), { recursive: true });
      fs.writeFileSync(file, yaml.replace(key, `      ![宁波试点工作现场。](images/ningbo-xie-zhiyuan.png)\n\n${key}`));
      const model = compileIssue(file).model!;
      // Photos that float: on a page of the PDF that is not where they were typed.
      floated = layOutPdf(model).pages.reduce((n, page) => n + page.floated.length, 0);
      const ours = readPdf(await renderPdf(model));
      const theirs = readPdf(convertDocxToPdf(soffice.command, await renderDocx(model, { embedFonts: true }), 'feature-two-photos'));
      result = comparePageStarts(ours, theirs, model.page.marginTop, model.page.marginBottom);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  testWith(soffice, 'three photos float in the PDF, and LibreOffice starts every page with the same line', () => {
    expect(floated).toBe(3);
    expect(result.theirs).toBe(result.ours);
    expect(result.differing).toEqual([]);
  });
});
