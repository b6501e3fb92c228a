// Renders the fixture model and reads the PDF back with pdfjs: real positions, real fonts.
import { renderPdf } from '../../../src/render/pdf';
import { embeddedFontNames, readPdf, type PdfPage, type PdfTextItem } from '../../helpers/pdf-read';
import { fixtureModel } from '../../fixtures/model';

const model = fixtureModel(8);
const { page } = model;
const measure = page.width - page.marginInside - page.marginOutside;
const leftOf = (n: number) => (n % 2 === 1 ? page.marginInside : page.marginOutside);

let bytes: Buffer;
let pages: PdfPage[];

beforeAll(async () => {
  bytes = await renderPdf(model);
  pages = readPdf(bytes);
});

/** Items grouped into lines by baseline, each line sorted left to right. */
function linesOf(items: PdfTextItem[]): PdfTextItem[][] {
  const byY = new Map<number, PdfTextItem[]>();
  for (const item of items) {
    const key = Math.round(item.y * 10) / 10;
    byY.set(key, [...(byY.get(key) ?? []), item]);
  }
  return [...byY.entries()].sort((a, b) => a[0] - b[0]).map(([, l]) => l.sort((a, b) => a.x - b.x));
}

const bodyLines = () =>
  pages.flatMap((p, i) =>
    linesOf(p.items.filter((it) => it.height === 16 && it.y < page.height - page.marginBottom))
      .filter((l) => !l.some((it) => /温州市科学技术协会编|第 4 期|总第/.test(it.text)))
      .map((items) => ({ items, pageNumber: i + 1 })),
  );

describe('renderPdf read back', () => {
  it('round-trips the text, rare ideographs included', () => {
    const all = pages.map((p) => p.text).join('');
    expect(all).toContain('李校堃院士指出，要坚持创新驱动。（市科协学会部）');
    expect(all).toContain('温州市“科创中国”试点城市建设推进会召开');
    expect(pages[0].text).toContain('2022 年 4 月 30 日');
  });

  it('justifies every non-final line flush with the right edge of the type area', () => {
    // Page 1 holds the masthead and the (left-aligned) TOC; the articles start on page 2.
    const lines = bodyLines().filter((l) => l.pageNumber >= 2);
    let checked = 0;
    lines.forEach((line, i) => {
      const next = lines[i + 1];
      // A line is its paragraph's last when the next one starts indented.
      const startsParagraph = next && next.items[0].x > leftOf(next.pageNumber) + 1;
      // A sentence's end before an attribution moved down whole is set solid, as a last line is.
      const beforeAttribution = next && /^（[^（）]{1,8}）$/.test(next.items.map((x) => x.text).join(''));
      if (!next || startsParagraph || beforeAttribution) return;
      const last = line.items[line.items.length - 1];
      expect(Math.abs(last.x + last.width - (leftOf(line.pageNumber) + measure))).toBeLessThan(0.5);
      checked++;
    });
    expect(checked).toBeGreaterThan(30);
  });

  it('starts no line with closing punctuation and ends none with an opening mark', () => {
    for (const { items } of bodyLines()) {
      const text = items.map((it) => it.text).join('');
      expect(text).not.toMatch(/^[，。、；：？！）》”’…]/u);
      expect(text).not.toMatch(/[（《“‘]$/u);
    }
  });

  it('sets the text after a tab flush right', () => {
    const date = pages[0].items.find((it) => it.text.includes('2022 年 4 月 30 日'))!;
    expect(Math.abs(date.x + date.width - (page.marginInside + measure))).toBeLessThan(0.5);
  });

  it('keeps text inside the type area and mirrors the margins', () => {
    pages.forEach((p, i) => {
      for (const it of p.items.filter((t) => !/^— \d+ —$/.test(t.text))) {
        expect(it.x).toBeGreaterThanOrEqual(leftOf(i + 1) - 0.5);
        expect(it.x + it.width).toBeLessThanOrEqual(leftOf(i + 1) + measure + 0.5);
        expect(it.y).toBeLessThanOrEqual(page.height - page.marginBottom + 0.5);
        expect(it.y).toBeGreaterThanOrEqual(page.marginTop);
      }
    });
  });

  it('numbers pages — N —, right on odd pages and left on even pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((p, i) => {
      const n = i + 1;
      const folio = p.items.find((it) => it.text === `— ${n} —`);
      expect(folio).toBeDefined();
      expect(folio!.y).toBeCloseTo(page.height - model.pageNumbers!.bottom, 1);
      if (n % 2 === 1) expect(folio!.x + folio!.width).toBeCloseTo(leftOf(n) + measure, 1);
      else expect(folio!.x).toBeCloseTo(leftOf(n), 1);
    });
  });

  it('sets the 报尾 at the foot of the last page', () => {
    const last = pages[pages.length - 1];
    const colophon = last.items.filter((it) => it.text.startsWith('发：'))[0];
    expect(colophon).toBeDefined();
    expect(page.height - page.marginBottom - colophon.y).toBeLessThan(22);
  });

  it('embeds the fonts as subsets', () => {
    const names = embeddedFontNames(bytes);
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) expect(name).toMatch(/^[A-Z]{6}\+/);
    expect(names.some((n) => n.endsWith('+NotoSerifSC-Regular'))).toBe(true);
    for (const p of pages) for (const it of p.items) expect(it.fontName).toMatch(/^[A-Z]{6}\+/);
  });

  it('writes the same bytes twice, with the model date and title', async () => {
    expect((await renderPdf(model)).equals(bytes)).toBe(true);
    const text = bytes.toString('latin1');
    // pdfkit writes both dates as indirect objects: two hits, CreationDate and ModDate.
    expect(text.match(/\(D:20220430000000Z\)/g)?.length).toBe(2);
    expect(text).toMatch(/\/ModDate \d+ 0 R/);
  });
});
