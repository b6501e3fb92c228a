// Superscripts and subscripts the bundled faces lack (⁵ ⁶, ₀–₉) are printed as typed: drawn as
// the face's own digit, smaller and raised or lowered, and read back from the PDF as the
// character the editor typed (CO₂, not CO2 or a blank box).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderPdf } from '../../../src/render/pdf';
import { layoutParagraph } from '../../../src/render/pdf/paragraph';
import { scriptMetrics } from '../../../src/fonts/script-forms';
import { bodyStyle, bundledTestFonts } from '../../helpers/paragraph-setup';
import { embeddedFontNames, readPdf, type PdfPage } from '../../helpers/pdf-read';
import { pdffonts, testWith } from '../../helpers/tools';

const TYPED = '排放CO₂、m²、10⁶、PM₂.₅与x⁻¹都在下降';
const ISSUE = [
  'issue: { number: 4, total: 269, date: "2022-04-30" }',
  'articles:',
  '  - title: 空气质量监测',
  '    source: 市科协办公室',
  '    body: |',
  `      今年${TYPED}。`,
  '',
].join('\n');

let dir: string;
let pdf: Buffer;
let pages: PdfPage[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-scripts-'));
  fs.copyFileSync(path.join(__dirname, '../../../samples/jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  fs.writeFileSync(path.join(dir, 'issue.yaml'), ISSUE);
  const compiled = compileIssue(path.join(dir, 'issue.yaml'));
  expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  pdf = await renderPdf(compiled.model!);
  pages = readPdf(pdf);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const fonts = bundledTestFonts();

describe('script forms the face lacks', () => {
  test('the text read back from the PDF is exactly what was typed', () => {
    expect(pages.map((p) => p.text).join('')).toContain(TYPED);
  });

  test('each drawn form is its base digit at the smaller size, from a face of its own (no .notdef box)', () => {
    const items = pages.flatMap((p) => p.items);
    const sub = items.find((it) => it.text === '₂')!;
    const body = items.find((it) => it.text.includes('排放CO'))!;
    expect(sub).toBeDefined();
    expect(sub.fontName).toMatch(/\+NotoSerifSC-Regular-Sub$/);
    const { scale, rise } = scriptMetrics(fonts.body.font, 'sub');
    // Advance of the face's 2 at the scaled size, not the em-wide .notdef box.
    const size = body.height;
    const two = fonts.body.font.glyphForCodePoint(0x32).advanceWidth / fonts.body.font.unitsPerEm;
    expect(sub.height).toBeCloseTo(size * scale, 1);
    expect(sub.width).toBeCloseTo(two * size * scale, 1);
    expect(sub.y - body.y).toBeCloseTo(-rise * size, 1);
    const sup = items.find((it) => it.text === '⁶')!;
    expect(sup.fontName).toMatch(/\+NotoSerifSC-Regular-Sup$/);
    expect(body.y - sup.y).toBeCloseTo(scriptMetrics(fonts.body.font, 'super').rise * size, 1);
  });

  test('a form the face has is drawn from the face itself', () => {
    const items = pages.flatMap((p) => p.items);
    const own = items.filter((it) => it.text.includes('²'));
    expect(own.length).toBeGreaterThan(0);
    for (const it of own) expect(it.fontName).toMatch(/\+NotoSerifSC-Regular$/);
  });

  testWith(pdffonts(), 'pdftotext also reads the typed characters back', () => {
    const out = spawnSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' });
    expect(out.stdout.replace(/\s+/g, '')).toContain(TYPED);
  });

  test('the script faces are embedded only when something is drawn in them', async () => {
    const compiled = compileIssue(path.join(__dirname, '../../../samples/wenzhou-kexie-2022-04.yaml'));
    const names = embeddedFontNames(await renderPdf(compiled.model!));
    expect(names.some((n) => /-(Sup|Sub)$/.test(n))).toBe(false);
    expect(embeddedFontNames(pdf).some((n) => /-Sub$/.test(n))).toBe(true);
  }, 30_000);
});

describe('line layout', () => {
  const text = (t: string) => ({ kind: 'text' as const, text: t });
  const style = bodyStyle({ indent: 0 });

  test('on the grid a drawn form takes its own advance, not a cell, and the line still fills the measure', () => {
    const pitch = 442.2 / 28;
    const lines = layoutParagraph(
      { kind: 'paragraph', style: 'body', inlines: [text('二氧化碳的化学式是CO₂，水是H₂O，细颗粒物写作PM₂.₅，它们都要写对才能印出来。')] },
      style,
      fonts,
      442.2,
      { pitch, compression: 'none' },
    );
    const sub = lines[0].pieces.find((p) => p.text === '₂')!;
    expect(sub.script).toBe('sub');
    expect(sub.width).toBeLessThan(0.5 * pitch);
    expect(sub.rise).toBeLessThan(0);
    const last = lines[0].pieces[lines[0].pieces.length - 1];
    const end = last.x + last.width + (last.glyphs - 1) * (last.charSpacing - (last.tracking ?? 0));
    expect(end).toBeCloseTo(442.2, 1);
  });

  test('a line never starts with a superscript or subscript: m² and CO₂ stay whole', () => {
    // Each width puts the line's end right before the script form.
    for (let measure = 60; measure < 200; measure += 3) {
      const lines = layoutParagraph(
        { kind: 'paragraph', style: 'body', inlines: [text('面积一百m²，排放CO₂，十的六次方10⁶。')] },
        style,
        fonts,
        measure,
      );
      for (const line of lines) expect(line.pieces[0]?.text ?? '').not.toMatch(/^[²₂⁶]/u);
    }
  });
});
