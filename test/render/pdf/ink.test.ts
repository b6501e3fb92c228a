// Colours a template gives in CMYK are painted in DeviceCMYK (issue #23 item 10: a print shop's
// red is pure magenta and yellow); without CMYK, and in the PDF/A-2b copy (sRGB output intent),
// every colour stays RGB.
import { inflateSync } from 'node:zlib';
import { renderPdf } from '../../../src/render/pdf';
import { fixtureModel } from '../../fixtures/model';

/** The inflated content streams of a PDF (pdfkit compresses them). */
function contents(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of text.matchAll(/\/FlateDecode[^]*?stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    try {
      out.push(inflateSync(pdf.subarray(start, text.indexOf('endstream', start))).toString('latin1'));
    } catch {
      // a stream that is not ours to read (fonts, images): skip
    }
  }
  return out.join('\n');
}

const RED_CMYK = /\/DeviceCMYK cs\s+0 1 1 0 scn/;
const RED_CMYK_STROKE = /\/DeviceCMYK CS\s+0 1 1 0 SCN/;
const RED_RGB = /0\.9\d* 0 0\.07\d* (rg|scn)/;

it('paints the masthead red and its rule in DeviceCMYK 0/100/100/0 when the template gives the inks', async () => {
  const model = { ...fixtureModel(1), printColors: { '#E60012': [0, 100, 100, 0] as [number, number, number, number] } };
  const painted = contents(await renderPdf(model));
  expect(painted).toMatch(RED_CMYK);
  expect(painted).toMatch(RED_CMYK_STROKE);
  expect(painted).not.toMatch(RED_RGB);
});

it('keeps RGB without CMYK, and in the PDF/A-2b copy', async () => {
  const model = fixtureModel(1);
  expect(contents(await renderPdf(model))).not.toContain('DeviceCMYK');
  const archived = contents(await renderPdf({ ...model, printColors: { '#E60012': [0, 100, 100, 0] } }, { pdfa: true }));
  expect(archived).not.toContain('DeviceCMYK');
  expect(archived).toMatch(RED_RGB);
});
