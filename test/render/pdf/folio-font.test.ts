// Folios in 宋体 4 号 (GB/T 9704 7.5), not in the body's face (issue 23 item 8): the kexie
// template sets them in the song role. With the body given another font by the series config, the
// PDF still draws every folio in Noto Serif SC Regular and the body text in the config's font; the
// DOCX footers name 宋体.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentModel } from '../../../src/model/model';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderDocx } from '../../../src/render/docx';
import { renderPdf } from '../../../src/render/pdf';
import { readDocx, type DocxContents } from '../../helpers/docx-read';
import { readPdf, type PdfPage } from '../../helpers/pdf-read';

const ROOT = path.join(__dirname, '..', '..', '..');
const LIGHT = require.resolve('@expo-google-fonts/noto-sans-sc/300Light/NotoSansSC_300Light.ttf');
const FOLIO = /^— \d+ —$/u;

let dir: string;
let model: DocumentModel;
let pages: PdfPage[];
let docx: DocxContents;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-folio-font-'));
  fs.mkdirSync(path.join(dir, 'fonts'));
  fs.copyFileSync(LIGHT, path.join(dir, 'fonts', 'body.ttf'));
  const config = fs.readFileSync(path.join(ROOT, 'samples', 'jianbao.config.yaml'), 'utf8');
  fs.writeFileSync(path.join(dir, 'jianbao.config.yaml'), `${config}\nfonts:\n  body: { family: 仿宋_GB2312, file: fonts/body.ttf }\n`);
  fs.copyFileSync(path.join(ROOT, 'samples', 'wenzhou-kexie-2022-04.yaml'), path.join(dir, 'issue.yaml'));
  const compiled = compileIssue(path.join(dir, 'issue.yaml'));
  expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  model = compiled.model!;
  pages = readPdf(await renderPdf(model));
  docx = readDocx(await renderDocx(model));
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('every folio is drawn in Noto Serif SC Regular at 4 号, while the body text is in the config font', () => {
  expect(model.fonts.body.file).toBe(path.join(dir, 'fonts', 'body.ttf'));
  const folios = pages.map((p) => p.items.find((it) => FOLIO.test(it.text.trim())));
  expect(folios.length).toBeGreaterThan(3);
  for (const item of folios) {
    expect(item).toBeDefined();
    expect(item!.fontName).toMatch(/\+NotoSerifSC-Regular$/u);
    expect(item!.height).toBeCloseTo(14, 1);
  }
  const body = pages[1].items.filter((it) => !FOLIO.test(it.text.trim()) && /[\u4e00-\u9fff]{10}/u.test(it.text));
  expect(body.length).toBeGreaterThan(5);
  expect(body.filter((it) => it.fontName.endsWith('+NotoSansSC-Light')).length).toBeGreaterThan(5);
});

test("the DOCX footers' paragraph style sets 宋体 for East Asian and Latin text", () => {
  const footers = Object.entries(docx.xml).filter(([name]) => /word\/footer\d*\.xml$/u.test(name));
  expect(footers.length).toBe(2);
  const styleIds = new Set(footers.map(([, xml]) => /<w:pStyle w:val="([^"]+)"\/>/u.exec(xml)?.[1]));
  expect(styleIds.size).toBe(1);
  const [id] = [...styleIds];
  const styles = docx.xml['word/styles.xml'];
  const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`, 'u').exec(styles)?.[0];
  expect(style).toBeDefined();
  const rFonts = /<w:rFonts [^>]*\/>/u.exec(style!)?.[0] ?? '';
  for (const attr of ['w:ascii', 'w:eastAsia', 'w:hAnsi']) expect(rFonts).toContain(`${attr}="宋体"`);
  // The body keeps the config's family.
  expect(styles).toContain('w:eastAsia="仿宋_GB2312"');
});
