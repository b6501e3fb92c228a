// The kexie sample's masthead, 本期要目 and folios read back from the PDF (issue 23 items 6, 8):
// （总第 269 期） in full-width brackets and the date as GB/T 9704 writes it (2022年4月30日);
// 本期要目 set wide by letter spacing, not spaces; a wrapped entry's continuation lines hang two
// cells in; folios 4 号 in the serif face, one character in from the type area's edge, the top of
// their em box 7 mm below the type area.
import path from 'node:path';
import type { DocumentModel } from '../../../src/model/model';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderDocx } from '../../../src/render/docx';
import { renderPdf } from '../../../src/render/pdf';
import { readDocx, type DocxContents } from '../../helpers/docx-read';
import { readPdf, type PdfPage } from '../../helpers/pdf-read';
import { linesAt } from './sample-lines';

const MM = 72 / 25.4;
let model: DocumentModel;
let pages: PdfPage[];
let docx: DocxContents;

beforeAll(async () => {
  const compiled = compileIssue(path.join(__dirname, '../../../samples/wenzhou-kexie-2022-04.yaml'));
  expect(compiled.model).not.toBeNull();
  model = compiled.model!;
  pages = readPdf(await renderPdf(model));
  docx = readDocx(await renderDocx(model));
}, 60_000);

const leftOf = (n: number) => (n % 2 === 1 ? model.page.marginInside : model.page.marginOutside);
const measure = () => model.page.width - model.page.marginInside - model.page.marginOutside;
const paragraphsOf = (style: string) =>
  model.blocks.flatMap((b) =>
    b.kind === 'paragraph' && b.style === style ? [b.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join('')] : [],
  );

describe('masthead', () => {
  test('（总第 269 期） in full-width brackets and the date line 2022年4月30日, in the PDF and the DOCX', () => {
    const text = pages[0].text;
    expect(text).toContain('（总第 269 期）');
    expect(text).not.toContain('(总第');
    expect(text).toContain('2022年4月30日');
    expect(text).not.toMatch(/\d\s+[年月日]/u);
    expect(docx.paragraphs).toContain('（总第 269 期）');
    expect(docx.paragraphs.some((p) => p.endsWith('\t2022年4月30日'))).toBe(true);
  });
});

describe('本期要目', () => {
  test('the heading is the four characters, set wide by letter spacing (no space characters)', () => {
    expect(paragraphsOf('toc-heading')).toEqual(['本期要目']);
    const style = model.paragraphStyles['toc-heading'];
    expect(style.letterSpacing).toBeGreaterThan(0);
    const heading = pages[0].items.find((it) => it.text.replace(/\s/gu, '') === '本期要目')!;
    expect(heading).toBeDefined();
    // Four em boxes and three gaps of the letter spacing (the last glyph's trailing spacing aside).
    expect(heading.width).toBeGreaterThan(4 * style.size + 2.5 * style.letterSpacing);
    expect(heading.width).toBeLessThan(4 * style.size + 4 * style.letterSpacing + 0.5);
    expect(docx.paragraphs).toContain('本期要目');
  });

  test("a wrapped entry's continuation lines start two cells in, under its text; first lines at the edge", () => {
    const entries = paragraphsOf('toc-item');
    const size = model.paragraphStyles['toc-item'].size;
    const heading = pages[0].items.find((it) => it.text.replace(/\s/gu, '') === '本期要目')!;
    const lines = linesAt([pages[0]], size, model.page.height - model.page.marginBottom).filter((l) => l.y > heading.y);
    const left = leftOf(1);
    const pitch = model.grid!.charPitch;
    let at = 0;
    let wrapped = 0;
    for (const entry of entries) {
      let acc = '';
      let n = 0;
      while (acc !== entry.replace(/\s/gu, '')) {
        const line = lines[at++];
        expect(line).toBeDefined();
        expect(Math.round((line.items[0].x - left) / pitch)).toBe(n === 0 ? 0 : 2);
        acc += line.text;
        n++;
      }
      if (n > 1) wrapped++;
    }
    expect(wrapped).toBeGreaterThanOrEqual(2);
  });
});

describe('folios', () => {
  const folios = () => pages.map((p, i) => ({ n: i + 1, item: p.items.find((it) => /^— \d+ —$/u.test(it.text.trim()))! }));

  test('odd pages one character in from the right edge, even pages one in from the left (GB/T 9704 7.5)', () => {
    expect(pages.length).toBeGreaterThan(3);
    for (const { n, item } of folios()) {
      expect(item).toBeDefined();
      expect(item.text.trim()).toBe(`— ${n} —`);
      const em = item.height;
      if (n % 2 === 1) expect(Math.abs(item.x + item.width - (leftOf(n) + measure() - em))).toBeLessThan(0.6);
      else expect(Math.abs(item.x - (leftOf(n) + em))).toBeLessThan(0.6);
    }
  });

  test('4 号 (14 pt) in Noto Serif SC, the top of the em box 7 mm below the type area', () => {
    const bottom = model.page.height - model.page.marginBottom;
    for (const { item } of folios()) {
      expect(item.height).toBeCloseTo(14, 1);
      expect(item.fontName).toMatch(/NotoSerifSC/u);
      const top = item.y - 0.88 * item.height;
      expect(Math.abs((top - bottom) / MM - 7)).toBeLessThan(0.2);
    }
  });

  test('the DOCX footers carry the same one-character inset', () => {
    const footers = Object.entries(docx.xml)
      .filter(([name]) => /word\/footer\d*\.xml$/u.test(name))
      .map(([, xml]) => xml);
    expect(footers.length).toBe(2);
    expect(footers.some((x) => /<w:ind w:right="280"\/>/u.test(x))).toBe(true);
    expect(footers.some((x) => /<w:ind w:left="280"\/>/u.test(x))).toBe(true);
  });
});
