// A lone digit or letter on the text grid (第4期, 5个, X光) is set in its face's full-width form,
// one cell, as a Chinese compositor sets a one-digit number: the ideographs after it stay on the
// cells, and because the glyph's own advance fills the cell, copied text reads 4月, never 4 月
// (issue 23 item 7). Read back from the PDF with pdf.js and poppler.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fullWidthForm } from '../../../src/fonts/full-width-forms';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderPdf } from '../../../src/render/pdf';
import { layoutParagraph } from '../../../src/render/pdf/paragraph';
import { bodyStyle, bundledTestFonts } from '../../helpers/paragraph-setup';
import { embeddedFontNames, readPdf, type PdfPage } from '../../helpers/pdf-read';
import { pdffonts, testWith } from '../../helpers/tools';

const fonts = bundledTestFonts();
const body = fonts.body.font;

describe('fullWidthForm', () => {
  test('gives a digit or Latin letter the glyph of its full-width character, one em wide', () => {
    for (const [char, wide] of [
      ['4', '４'],
      ['A', 'Ａ'],
      ['x', 'ｘ'],
    ]) {
      const form = fullWidthForm(body, char)!;
      expect(form).not.toBeNull();
      expect(form.id).toBe(body.glyphForCodePoint(wide.codePointAt(0)!).id);
      expect(form.advanceWidth).toBe(body.unitsPerEm);
    }
  });

  test('is what the face’s own fwid feature gives', () => {
    for (const char of '0123456789AZaz') expect(fullWidthForm(body, char)!.id).toBe(body.layout(char, ['fwid']).glyphs[0].id);
  });

  test('none for anything else, or in a face without full-width twins', () => {
    for (const char of ['月', '-', ',', '.', '%', '４', 'π', '12']) expect(fullWidthForm(body, char)).toBeNull();
    // A face whose ４ is its 4 (no full-width design), or has none at all.
    const same = Object.create(body, { glyphForCodePoint: { value: (c: number) => body.glyphForCodePoint(c === 0xff14 ? 0x34 : c) } });
    expect(fullWidthForm(same, '4')).toBeNull();
    const none = Object.create(body, { hasGlyphForCodePoint: { value: (c: number) => c < 0xff00 && body.hasGlyphForCodePoint(c) } });
    expect(fullWidthForm(none, '4')).toBeNull();
  });
});

describe('line layout on the grid', () => {
  const pitch = 442.2 / 28;
  const lay = (text: string, font: 'body' | 'kai' = 'body') =>
    layoutParagraph({ kind: 'paragraph', style: 'body', inlines: [{ kind: 'text', text }] }, bodyStyle({ indent: 0, font }), fonts, 442.2, {
      pitch,
      compression: 'none',
    });

  test('a lone digit takes one cell in its full-width form, and the ideograph after it starts on the next cell', () => {
    const [line] = lay('本刊第4期共印五千份，发往全市各县市区科协和学会。');
    const four = line.pieces.find((p) => p.text === '4')!;
    expect(four).toMatchObject({ fullWidth: true, lead: 0, glyphs: 1 });
    expect(four.width).toBeCloseTo(pitch, 6);
    expect(four.natural).toBeLessThan(0.6 * 16);
    expect(four.x / pitch).toBeCloseTo(3, 6);
    const after = line.pieces[line.pieces.indexOf(four) + 1];
    expect(after.text.startsWith('期')).toBe(true);
    expect(after.x / pitch).toBeCloseTo(4, 6);
  });

  test('two digits keep sharing one cell; proportional setting leaves a lone digit alone', () => {
    const [line] = lay('本刊第12期共印五千份，发往全市各县市区科协和学会。');
    expect(line.pieces.find((p) => p.text === '12')).toMatchObject({ lead: 0, scale: expect.any(Number) });
    expect(line.pieces.some((p) => p.fullWidth)).toBe(false);
    const proportional = layoutParagraph(
      { kind: 'paragraph', style: 'body', inlines: [{ kind: 'text', text: '本刊第4期共印五千份。' }] },
      bodyStyle({ indent: 0 }),
      fonts,
      442.2,
    );
    expect(proportional[0].pieces.some((p) => p.fullWidth)).toBe(false);
    // LXGW WenKai has its own full-width digits: its lone 4 takes one too.
    expect(lay('本刊第4期共印五千份，发往全市各县市区科协和学会。', 'kai')[0].pieces.some((p) => p.fullWidth)).toBe(true);
  });
});

describe('in the PDF', () => {
  // 第4期 and 4月 with a lone digit; ４ typed full width in the same paragraph must still read ４.
  const TYPED = '本刊第4期于4月出版，第５版刊登Ｘ光与X光的科普知识，共印12000份。';
  let dir: string;
  let pdf: Buffer;
  let pages: PdfPage[];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-fullwidth-'));
    fs.copyFileSync(path.join(__dirname, '../../../samples/jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
    const issue = [
      'issue: { number: 4, total: 269, date: "2022-04-30" }',
      'articles:',
      '  - title: 出版说明',
      '    source: 市科协办公室',
      '    body: |',
      `      ${TYPED}`,
      '',
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'issue.yaml'), issue);
    const compiled = compileIssue(path.join(dir, 'issue.yaml'), { template: 'kexie' });
    expect(compiled.model?.grid).toBeDefined();
    pdf = await renderPdf(compiled.model!);
    pages = readPdf(pdf);
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('pdf.js reads back exactly what was typed, without a space beside a lone digit', () => {
    expect(pages.map((p) => p.text).join('')).toContain(TYPED);
  });

  test('the lone digits come from a face of their own, whose glyphs are a cell wide', () => {
    const items = pages.flatMap((p) => p.items);
    const wide = items.filter((it) => /-Fwid$/.test(it.fontName));
    // The body line's 4, 4 and X (the masthead's date line has a lone 4 of its own).
    const line = items.find((it) => it.text.startsWith('期于'))!;
    expect(wide.filter((it) => it.y === line.y).map((it) => it.text)).toEqual(['4', '4', 'X']);
    for (const it of wide)
      expect({ text: it.text, wide: it.width > 0.95 * it.height }).toEqual({ text: expect.stringMatching(/^[0-9A-Za-z]$/), wide: true });
    expect(embeddedFontNames(pdf).some((n) => /-Fwid$/.test(n))).toBe(true);
  });

  testWith(pdffonts(), 'pdftotext reads it back as typed too', () => {
    const out = spawnSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' });
    expect(out.stdout.replace(/\n/g, '')).toContain(TYPED);
  });
});
