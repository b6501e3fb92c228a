// Grid mode on both samples, read back from the PDF (issue 3): every full line of a justified
// body paragraph holds 28 cells, non-final lines end flush with the type area, no line starts
// with closing or ends with opening punctuation, and every grid line sits on the baseline grid.
import path from 'node:path';
import type { DocumentModel } from '../../../src/layout/model';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderPdf } from '../../../src/render/pdf';
import { canBreakBetween, segment } from '../../../src/render/pdf/segment';
import { readPdf, type PdfPage } from '../../helpers/pdf-read';
import { linesAt, paragraphLines, type ParagraphLine, type ReadLine } from './sample-lines';

// Both samples set with the grid template kexie (the feature page's own template is proportional
// and is checked in sample-proportional.test.ts).
const SAMPLES = ['wenzhou-kexie-2022-04.yaml', 'feature-page-2021-06.yaml'];
const FULL_WIDTH = /^[\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65“”‘’—…·]+$/u;

interface Rendered {
  model: DocumentModel;
  pages: PdfPage[];
  grid: ReadLine[];
  lines: ParagraphLine[];
}

const rendered = new Map<string, Rendered>();

beforeAll(async () => {
  for (const name of SAMPLES) {
    const compiled = compileIssue(path.join(__dirname, '../../../samples', name), { template: 'kexie' });
    const model = compiled.model!;
    expect(model).not.toBeNull();
    const pages = readPdf(await renderPdf(model));
    const bottom = model.page.height - model.page.marginBottom;
    const grid = linesAt(pages, model.grid!.size, bottom);
    rendered.set(name, { model, pages, grid, lines: paragraphLines(grid, model, model.grid!.size) });
  }
}, 60_000);

const leftOf = (m: DocumentModel, n: number) => (n % 2 === 1 ? m.page.marginInside : m.page.marginOutside);
const measureOf = (m: DocumentModel) => m.page.width - m.page.marginInside - m.page.marginOutside;
const rightEdge = (l: ReadLine) => Math.max(...l.items.map((it) => it.x + it.width));

/** Cells a full-width line occupies, its indent included. */
function cells(m: DocumentModel, l: ReadLine): number {
  const indent = (l.items[0].x - leftOf(m, l.page)) / m.grid!.charPitch;
  return Math.round(indent) + Array.from(l.text).length;
}

describe.each(SAMPLES)('grid mode, %s', (name) => {
  it('turns the grid on: 28 cells of type-area width / 28, 22 lines of type-area height / 22', () => {
    const { model } = rendered.get(name)!;
    expect(model.grid).toMatchObject({ charsPerLine: 28, linesPerPage: 22, size: 16 });
    expect(model.grid!.charPitch * 28).toBeCloseTo(measureOf(model), 6);
    expect(model.grid!.linePitch * 22).toBeCloseTo(model.page.height - model.page.marginTop - model.page.marginBottom, 6);
  });

  it('holds exactly 28 cells in every full line, unless a clreq rule forbade the break there', () => {
    const { model, lines } = rendered.get(name)!;
    let full = 0;
    let adjusted = 0;
    lines.forEach((line, i) => {
      if (line.final || !FULL_WIDTH.test(line.text)) return;
      const n = cells(model, line);
      if (n === 28) {
        full++;
        return;
      }
      // The break at the 28th cell must have been illegal (pushed down, or a —— astride it).
      const indentCells = n - Array.from(line.text).length;
      const atoms = segment(line.text + lines[i + 1].text);
      let used = indentCells;
      let k = 0;
      while (used < 28) used += Array.from(atoms[k++].text).length;
      const legal = used === 28 && canBreakBetween(atoms[k - 1], atoms[k]);
      expect({ line: line.text, cells: n, legalAt28: legal }).toEqual({ line: line.text, cells: n, legalAt28: false });
      adjusted++;
    });
    expect(full).toBeGreaterThan(20);
    expect(adjusted).toBeLessThan(full / 5);
    console.log(`${name}: ${full} full grid lines hold 28 cells; ${adjusted} pushed by a clreq rule`);
  });

  it('ends ≥ 99% of non-final lines flush right within 0.5 pt', () => {
    const { model, lines } = rendered.get(name)!;
    const nonFinal = lines.filter((l) => !l.final);
    const flush = nonFinal.filter((l) => Math.abs(rightEdge(l) - (leftOf(model, l.page) + measureOf(model))) < 0.5);
    expect(nonFinal.length).toBeGreaterThan(20);
    expect(flush.length / nonFinal.length).toBeGreaterThanOrEqual(0.99);
    console.log(`${name}: ${flush.length}/${nonFinal.length} non-final lines flush within 0.5 pt`);
  });

  it('starts no line with closing punctuation and ends none with an opening mark', () => {
    const { grid } = rendered.get(name)!;
    const bad = grid.filter((l) => /^[，。、；：？！）》”’…]/u.test(l.text) || /[（《“‘]$/u.test(l.text));
    expect(bad.map((l) => l.text)).toEqual([]);
  });

  it('sets full lines on the cells and every grid line on the baseline grid, at most 22 a page', () => {
    const { model, grid, lines } = rendered.get(name)!;
    const { linePitch, charPitch } = model.grid!;
    const phase = (l: ReadLine) => (((l.y - model.page.marginTop) % linePitch) + linePitch) % linePitch;
    const first = phase(grid[0]);
    for (const l of grid) expect(Math.min(Math.abs(phase(l) - first), linePitch - Math.abs(phase(l) - first))).toBeLessThan(0.01);
    const perPage = new Map<number, number>();
    for (const l of grid) perPage.set(l.page, (perPage.get(l.page) ?? 0) + 1);
    expect(Math.max(...perPage.values())).toBeLessThanOrEqual(22);
    if (name.startsWith('wenzhou')) expect(Math.max(...perPage.values())).toBe(22); // a page of running text fills the grid
    for (const l of lines.filter((x) => !x.final && FULL_WIDTH.test(x.text) && cells(model, x) === 28)) {
      for (const it of l.items) {
        const offset = (it.x - leftOf(model, l.page)) / charPitch;
        expect(Math.abs(offset - Math.round(offset))).toBeLessThan(0.01);
      }
    }
  });
});
