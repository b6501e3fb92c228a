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
import { drawnFaceName, installFonts } from '../../../src/render/pdf/shared-fonts';
import { bundledFonts } from '../../../src/fonts/bundled';
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

test('the song role and the body in one file: parsed once, embedded once, drawn under the first role’s name', async () => {
  const model = sample('wenzhou-kexie-2022-04');
  const file = bundledFonts().song.file;
  const shared = { ...model, fonts: { ...model.fonts, body: { ...model.fonts.body, file }, song: { ...model.fonts.song, file } } };
  expect(openFont(shared.fonts.song).font).toBe(openFont(shared.fonts.body).font);
  const names = embeddedFontNames(await renderPdf(shared));
  expect(names.filter((n) => n.endsWith('+NotoSerifSC-Regular'))).toHaveLength(1);
  const fonts = Object.fromEntries(FONT_ROLES.map((role) => [role, openFont(shared.fonts[role])])) as Fonts;
  const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
  installFonts(doc, fonts);
  expect(drawnFaceName(doc, 'song')).toBe('body');
  expect(drawnFaceName(doc, 'kai')).toBe('kai');
  // With its own file the song role is drawn, and embedded, under its own name.
  const light = require.resolve('@expo-google-fonts/noto-serif-sc/300Light/NotoSerifSC_300Light.ttf');
  const apart = { ...shared, fonts: { ...shared.fonts, song: { ...shared.fonts.song, file: light } } };
  const other = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
  installFonts(other, { ...fonts, song: openFont(apart.fonts.song) });
  expect(drawnFaceName(other, 'song')).toBe('song');
  expect(embeddedFontNames(await renderPdf(apart)).filter((n) => /\+NotoSerifSC-(Regular|Light)$/u.test(n))).toHaveLength(2);
});
