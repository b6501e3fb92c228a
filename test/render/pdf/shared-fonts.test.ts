// pdfkit is handed our once-parsed fontkit faces (src/render/pdf/shared-fonts.ts). The bytes must
// not depend on whether a document was the process's first: a batch renders hundreds per worker.
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { openFont } from '../../../src/fonts/open-font';
import { FONT_ROLES } from '../../../src/layout/model';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderPdf } from '../../../src/render/pdf';
import type { Fonts } from '../../../src/render/pdf/paragraph';
import { installFonts } from '../../../src/render/pdf/shared-fonts';
import { embeddedFontNames, readPdf } from '../../helpers/pdf-read';

const sample = (name: string) => compileIssue(path.join(__dirname, '..', '..', '..', 'samples', `${name}.yaml`)).model!;

test('the first and later documents of a process are byte-identical', async () => {
  const kexie = sample('wenzhou-kexie-2022-04');
  const feature = sample('feature-page-2021-06');
  const first = await renderPdf(kexie); // this file's module registry is fresh: pdfkit opens the fonts
  const other = await renderPdf(feature);
  const again = await renderPdf(kexie); // now pdfkit is handed the shared faces
  expect(Buffer.compare(first, again)).toBe(0);
  expect(Buffer.compare(other, await renderPdf(feature))).toBe(0);
});

test('a document made with the shared faces embeds subsets and round-trips its text', async () => {
  const model = sample('feature-page-2021-06');
  await renderPdf(model);
  const bytes = await renderPdf(model);
  for (const name of embeddedFontNames(bytes)) expect(name).toMatch(/^[A-Z]{6}\+Noto(Serif|Sans)SC-/);
  expect(readPdf(bytes).map((p) => p.text).join('')).toContain('李校堃');
});

test('our encode writes what pdfkit’s own would: same glyph codes, widths and ToUnicode map', async () => {
  const model = sample('wenzhou-kexie-2022-04');
  const fonts = Object.fromEntries(FONT_ROLES.map((role) => [role, openFont(model.fonts[role])])) as Fonts;
  // Every kind of piece: plain Chinese, Latin words with spaces and tabs, digits, the ligatures
  // of —— and ……, and the sample's own text in pieces of a line's length.
  const body = JSON.stringify(model.blocks).replace(/[^\u4e00-\u9fff，。、“”：；（）0-9A-Za-z ]/g, '');
  const pieces = ['温州市科学技术协会', 'Science and Technology Association', 'a\tb  c ', '2022年第4期', '——李校堃……', ' 前后 空格 '];
  for (let i = 0; i < body.length && i < 3000; i += 28) pieces.push(body.slice(i, i + 28));
  const draw = (ours: boolean): Promise<Buffer> => {
    const date = new Date('2022-04-30T00:00:00Z');
    const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string, info: { CreationDate: date, ModDate: date } });
    installFonts(doc, fonts);
    const families = (doc as unknown as { _fontFamilies: Record<string, { encode?: unknown }> })._fontFamilies;
    // Without our own property, the instance falls back to pdfkit's EmbeddedFont.prototype.encode.
    if (!ours) for (const role of FONT_ROLES) expect(delete families[role].encode).toBe(true);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    doc.addPage();
    pieces.forEach((text, i) => doc.font(FONT_ROLES[i % FONT_ROLES.length]).fontSize(12).text(text, 20, 20 + (i % 50) * 14, { lineBreak: false }));
    doc.end();
    return done;
  };
  expect(pieces.length).toBeGreaterThan(50);
  const ours = await draw(true);
  const theirs = await draw(false);
  expect(Buffer.compare(ours, theirs)).toBe(0);
});
