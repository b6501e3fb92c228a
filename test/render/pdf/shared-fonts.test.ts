// pdfkit is handed our once-parsed fontkit faces (src/render/pdf/shared-fonts.ts). The bytes must
// not depend on whether a document was the process's first: a batch renders hundreds per worker;
// and what pdfkit draws must be what the line breaker measured.
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { openFont } from '../../../src/fonts/open-font';
import { FONT_ROLES } from '../../../src/model/model';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderPdf } from '../../../src/render/pdf';
import type { Fonts } from '../../../src/render/pdf/paragraph';
import { measureText } from '../../../src/render/pdf/measure';
import { installFonts } from '../../../src/render/pdf/shared-fonts';
import { embeddedFontNames, readPdf } from '../../helpers/pdf-read';

const sample = (name: string) => compileIssue(path.join(__dirname, '..', '..', '..', 'samples', `${name}.yaml`)).model!;

test('the first and later documents of a process are byte-identical', async () => {
  const kexie = sample('wenzhou-kexie-2022-04');
  const feature = sample('feature-page-2021-06');
  const first = await renderPdf(kexie); // this file's module registry is fresh: the fonts are opened
  const other = await renderPdf(feature);
  const again = await renderPdf(kexie); // now the faces and their shaping caches are warm
  expect(Buffer.compare(first, again)).toBe(0);
  expect(Buffer.compare(other, await renderPdf(feature))).toBe(0);
});

test('a document made with the shared faces embeds subsets and round-trips its text', async () => {
  const model = sample('feature-page-2021-06');
  await renderPdf(model);
  const bytes = await renderPdf(model);
  for (const name of embeddedFontNames(bytes)) expect(name).toMatch(/^[A-Z]{6}\+(Noto(Serif|Sans)SC-|LXGWWenKai-Regular$)/);
  expect(
    readPdf(bytes)
      .map((p) => p.text)
      .join(''),
  ).toContain('李校堃');
});

test("pdfkit draws what the line breaker measured: its widths are measureText's", () => {
  const model = sample('wenzhou-kexie-2022-04');
  const fonts = Object.fromEntries(FONT_ROLES.map((role) => [role, openFont(model.fonts[role])])) as Fonts;
  // Plain Chinese, a Latin word, digits after a Latin letter (fontkit alone would shape them by
  // that letter's script), the ligatures of —— and ……, and full-width punctuation. (pdfkit itself
  // shapes a text with spaces word by word, as it always has.)
  const pieces = ['温州市科学技术协会', 'Technology', 'A2022年第4期', '——李校堃……', '（市科协学会部）'];
  const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
  installFonts(doc, fonts);
  for (const role of FONT_ROLES) {
    for (const text of pieces) {
      const drawn = doc.font(role).fontSize(16).widthOfString(text);
      expect(drawn).toBeCloseTo(measureText(fonts[role].font, text, 16).width, 6);
    }
  }
});
