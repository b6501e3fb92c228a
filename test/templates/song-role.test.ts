// The song role (宋体) in users' templates: one copied from kexie before the role existed (no
// `song` under fonts:, its folio in body) still builds, folios in its body face; one that names
// only some roles and sets its folio in `font: song` gets 宋体 by default (Noto Serif SC Regular in
// the PDF, 宋体 in the DOCX).
import fs from 'node:fs';
import path from 'node:path';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderDocx } from '../../src/render/docx';
import { renderPdf } from '../../src/render/pdf';
import { readDocx } from '../helpers/docx-read';
import { readPdf } from '../helpers/pdf-read';
import { issueIn, templateFrom, tempDir } from './fixture';

const LIGHT = require.resolve('@expo-google-fonts/noto-sans-sc/300Light/NotoSansSC_300Light.ttf');
const FOLIO = /^— \d+ —$/u;

/** kexie's manifest with `edit` applied; each replaced line must be there. */
function kexieWith(root: string, name: string, edit: (manifest: string) => string): string {
  const dir = templateFrom(path.join(root, 'templates'), name, 'kexie');
  const file = path.join(dir, 'manifest.yaml');
  const before = fs.readFileSync(file, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  fs.writeFileSync(file, after);
  return dir;
}

async function build(root: string, template: string) {
  const compiled = compileIssue(issueIn(root, { template }));
  expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const model = compiled.model!;
  const folios = readPdf(await renderPdf(model)).map((p) => p.items.find((it) => FOLIO.test(it.text.trim())));
  return { model, folios, docx: readDocx(await renderDocx(model)) };
}

function pageNumberStyle(docx: ReturnType<typeof readDocx>): string {
  const footer = docx.xml['word/footer1.xml'] ?? Object.entries(docx.xml).find(([n]) => /word\/footer\d*\.xml$/u.test(n))![1];
  const id = /<w:pStyle w:val="([^"]+)"\/>/u.exec(footer)![1];
  return new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`, 'u').exec(docx.xml['word/styles.xml'])![0];
}

test('a kexie copy from before the song role (no song font, folio in body) builds; the folio follows its body font', async () => {
  const root = tempDir();
  kexieWith(root, 'old', (m) =>
    m
      .replace(/^ {2}song: \{ family: 宋体 \}\n/mu, '')
      .replace(/^ {2}body: \{ family: 仿宋 \}$/mu, `  body: { family: 仿宋, file: ${LIGHT} }`)
      .replace('page-number: { font: song, ', 'page-number: { '),
  );
  const { model, folios, docx } = await build(root, 'old');
  expect(model.fonts.song.family).toBe('宋体'); // the role still resolves: the default
  expect(folios.length).toBeGreaterThan(0);
  for (const folio of folios) expect(folio?.fontName).toMatch(/\+NotoSansSC-Light$/u);
  expect(pageNumberStyle(docx)).toContain('w:eastAsia="仿宋"');
});

test('a template naming only its body font, its folio in font: song, gets 宋体: Noto Serif SC Regular, 宋体 in the DOCX', async () => {
  const root = tempDir();
  kexieWith(root, 'few', (m) =>
    m.replace(/^fonts:\n(?: {2}.*\n)+/mu, `fonts:\n  body: { family: 仿宋, file: ${LIGHT} }\n`),
  );
  const manifest = fs.readFileSync(path.join(root, 'templates', 'few', 'manifest.yaml'), 'utf8');
  expect(manifest).not.toMatch(/^ {2}(title|heading|kai|song): \{ family/mu);
  const { model, folios, docx } = await build(root, 'few');
  expect(model.fonts.song.family).toBe('宋体');
  expect(model.fonts.title.family).toBe('方正小标宋简体');
  for (const folio of folios) expect(folio?.fontName).toMatch(/\+NotoSerifSC-Regular$/u);
  const style = pageNumberStyle(docx);
  for (const attr of ['w:ascii', 'w:eastAsia', 'w:hAnsi']) expect(style).toContain(`${attr}="宋体"`);
});
