// Keep-together units on both samples' PDFs, read back (issue 23 item 5): an attribution （…） of
// up to 8 characters ending a paragraph is never split across lines, and no paragraph of two or
// more lines ends with a line of one character (punctuation aside: `议。`, `雄）` are gone).
import { bodyStyle, bundledTestFonts } from '../../helpers/paragraph-setup';
import path from 'node:path';
import type { ParagraphStyle } from '../../../src/model/model';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderPdf } from '../../../src/render/pdf';
import { layoutParagraph } from '../../../src/render/pdf/paragraph';
import { readPdf } from '../../helpers/pdf-read';
import { linesAt, paragraphLines, type ParagraphLine } from './sample-lines';

const CASES = [
  ['wenzhou-kexie-2022-04', undefined],
  ['feature-page-2021-06', undefined],
] as const;
const ATTRIBUTION = /（[^（）]{1,8}）$/u;
const chars = (s: string) => Array.from(s.replace(/[\p{P}\p{S}\s]/gu, '')).length;

/** Lines of each justified paragraph at the body size, grouped by paragraph. */
function paragraphs(lines: ParagraphLine[]): ParagraphLine[][] {
  const out: ParagraphLine[][] = [[]];
  for (const line of lines) {
    out[out.length - 1].push(line);
    if (line.final) out.push([]);
  }
  return out.filter((p) => p.length > 0);
}

const results = new Map<string, ParagraphLine[][]>();

beforeAll(async () => {
  for (const [name, template] of CASES) {
    const compiled = compileIssue(path.join(__dirname, '../../../samples', `${name}.yaml`), { template });
    expect(compiled.model).not.toBeNull();
    const model = compiled.model!;
    const size = model.paragraphStyles.body.size;
    const pages = readPdf(await renderPdf(model));
    const lines = paragraphLines(linesAt(pages, size, model.page.height - model.page.marginBottom), model, size);
    results.set(`${name} ${template ?? ''}`, paragraphs(lines));
  }
}, 60_000);

describe.each(CASES)('%s (template %s)', (name, template) => {
  const paras = () => results.get(`${name} ${template ?? ''}`)!;

  test('every paragraph-final attribution of up to 8 characters sits whole on the last line', () => {
    const attributed = paras().filter((p) => ATTRIBUTION.test(p.map((l) => l.text).join('')));
    if (name === 'wenzhou-kexie-2022-04') expect(attributed.length).toBeGreaterThan(3);
    for (const p of attributed) {
      const attribution = ATTRIBUTION.exec(p.map((l) => l.text).join(''))![0];
      expect(p[p.length - 1].text.endsWith(attribution)).toBe(true);
    }
  });

  test('no paragraph of two or more lines ends with a line of fewer than two characters besides punctuation', () => {
    const multi = paras().filter((p) => p.length > 1);
    expect(multi.length).toBeGreaterThan(10);
    const short = multi.map((p) => p[p.length - 1].text).filter((t) => chars(t) < 2);
    expect(short).toEqual([]);
  });
});

describe('the line before an attribution that moved down whole', () => {
  const fonts = bundledTestFonts();
  const style: ParagraphStyle = bodyStyle({ indent: 0 });
  // Ten cells of 16 pt, set solid: a stretched line has positive spacing beyond its tracking.
  const lay = (t: string) =>
    layoutParagraph({ kind: 'paragraph', style: 'body', inlines: [{ kind: 'text', text: t }] }, style, fonts, 160, {
      pitch: 16,
      compression: 'none',
      hang: true,
    });
  const stretch = (line: ReturnType<typeof lay>[number]) => Math.max(...line.pieces.map((p) => p.charSpacing - (p.tracking ?? 0)));
  const texts = (lines: ReturnType<typeof lay>) => lines.map((l) => l.pieces.map((p) => p.text).join(''));

  test('is set solid when it ends a sentence', () => {
    const lines = lay('一二三四五六七。（陈一瑜）');
    expect(texts(lines)).toEqual(['一二三四五六七。', '（陈一瑜）']);
    expect(stretch(lines[0])).toBeCloseTo(0, 6);
  });

  test('is set solid when it does not (a 简讯 item): stretched over two cells its glyphs would read as spaced in copied text', () => {
    const lines = lay('一二三四五六七八（陈一瑜）');
    expect(texts(lines)).toEqual(['一二三四五六七八', '（陈一瑜）']);
    expect(stretch(lines[0])).toBeCloseTo(0, 6);
  });

  test('is not a line whose paragraph goes on past a bracket: that one is justified flush', () => {
    const lines = lay('一二三四五六七八九（陈一瑜）之后还有');
    expect(texts(lines)[0]).toBe('一二三四五六七八九');
    expect(stretch(lines[0])).toBeGreaterThan(1);
  });
});
