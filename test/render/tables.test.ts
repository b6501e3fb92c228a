// Body tables built to PDF and DOCX and read back: every cell's text in order in the PDF, a row's
// cells on one baseline, rows kept whole across pages with the header repeated; in the DOCX a
// w:tbl with the right rows and cells, a repeated header row and rows that do not split.
import fs from 'node:fs';
import path from 'node:path';
import { buildYaml, issueYaml, type Built } from '../helpers/body-build';
import { paragraphText, readDocx } from '../helpers/docx-read';
import { readPdf } from '../helpers/pdf-read';
import { tempDir, templateFrom } from '../templates/fixture';
import { ROWS, SAMPLE } from './table-sample';
import { columnWidths } from '../../src/model/table-columns';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderFormat } from '../../src/render/registry';
import { BUILTIN_TEMPLATES_DIR } from '../../src/templates/find-template';

const squash = (s: string) => s.replace(/\s+/g, '');
/** The PDF's text in drawing order: a table is drawn cell by cell, so a wrapped cell stays whole
 * (reading by lines would interleave it with its neighbours). */
const drawn = (built: Built) =>
  squash(
    built.pdfPages.flatMap((p) => p.items.filter((i) => !(i.y > p.height * 0.9 && /^\s*\d+\s*$/.test(i.text))).map((i) => i.text)).join(''),
  );

async function build(body: string, template: string): Promise<{ built: Built; document: string }> {
  const yaml = issueYaml([{ title: '表格', body, source: '市科协' }], template);
  const built = await buildYaml(yaml);
  expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { built, document: built.docxDocument };
}

/** The w:tbl elements of the DOCX body, each with its rows of cell texts. */
function tablesOf(document: string): Array<{ xml: string; rows: string[][] }> {
  return (document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((xml) => ({
    xml,
    rows: (xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).map((tr) => (tr.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(paragraphText)),
  }));
}

describe.each(['kexie', 'plain'])('a table in the %s template', (template) => {
  let built: Built;
  let document: string;
  beforeAll(async () => {
    ({ built, document } = await build(SAMPLE, template));
  }, 60_000);

  it('PDF: every cell prints in order, the separator and the pipes do not', () => {
    const all = drawn(built);
    const want = squash(['下表是一季度各地开展科普活动的情况。', ...ROWS.flat(), '表后的段落照常排。'].join(''));
    expect(all).toContain(want);
    expect(all).not.toContain('|');
    expect(all).not.toContain('---');
  });

  it('PDF: the cells of a one-line row share a baseline, left to right', () => {
    const lines = built.pdfLines.map((l) => squash(l.text));
    expect(lines).toEqual(expect.arrayContaining(['地区活动场次参与人数', '温州市鹿城区123400', '台州**5**900']));
    // The long cell wraps inside its column: its row's first line carries the other two cells.
    expect(lines.some((l) => /^宁波市.*82100$/.test(l))).toBe(true);
  });

  it('DOCX: one w:tbl with the rows and cells typed, header row repeated, rows unsplit, thin borders', () => {
    const tables = tablesOf(document);
    expect(tables).toHaveLength(1);
    expect(tables[0].rows).toEqual(ROWS);
    const rowProps = tables[0].xml.match(/<w:trPr>[\s\S]*?<\/w:trPr>/g) ?? [];
    expect(rowProps).toHaveLength(4);
    expect(rowProps[0]).toContain('<w:tblHeader/>');
    expect(rowProps.slice(1).every((p) => !p.includes('<w:tblHeader/>'))).toBe(true);
    expect(rowProps.every((p) => p.includes('<w:cantSplit/>'))).toBe(true);
    expect(tables[0].xml).toMatch(/<w:insideH w:val="single"[^>]*w:sz="4"/);
    // Cells use the table style; header cells are bold.
    expect(tables[0].xml).toContain('<w:pStyle w:val="table"/>');
    expect((tables[0].xml.match(/<w:tr>[\s\S]*?<\/w:tr>/)?.[0] ?? '').match(/<w:b\/>/g)).toHaveLength(3);
  });
});

describe('a table longer than a page', () => {
  const rows = Array.from({ length: 70 }, (_, i) => `| 第${i + 1}行 | 温州市科协 | ${1000 + i} |`);
  let built: Built;
  beforeAll(async () => {
    ({ built } = await build(['表前。', '| 序号 | 单位 | 人数 |', '|---|---|---|', ...rows, '表后。'].join('\n'), 'plain'));
  }, 60_000);

  it('moves whole rows, repeats the header at the top of each following page, keeps every row once and in order', () => {
    const lines = built.pdfLines.map((l) => ({ page: l.page, text: squash(l.text) }));
    const pages = [...new Set(lines.filter((l) => /^第\d+行/.test(l.text)).map((l) => l.page))];
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      const first = lines.find((l) => l.page === page && (l.text === '序号单位人数' || /^第\d+行/.test(l.text)));
      expect(first?.text).toBe('序号单位人数');
    }
    const printed = lines.filter((l) => /^第\d+行/.test(l.text)).map((l) => l.text);
    expect(printed).toEqual(rows.map((_, i) => `第${i + 1}行温州市科协${1000 + i}`));
  });
});

describe('a row taller than a page', () => {
  it('is split where the page ends, its text kept whole and in order', async () => {
    const long = '科普工作'.repeat(700);
    const { built } = await build(['| 项目 | 说明 |', '|---|---|', `| 甲 | ${long} |`, '表后。'].join('\n'), 'plain');
    const all = drawn(built);
    const pages = new Set(built.pdfLines.map((l) => l.page)).size;
    expect(pages).toBeGreaterThan(1);
    // The header is repeated on each page the row continues on.
    expect(all.match(/项目说明/g)).toHaveLength(pages);
    expect(all.replace(/项目说明/g, '')).toContain(`甲${long}表后。`);
  }, 60_000);
});

describe('column widths', () => {
  it('short columns keep their width, the wide one takes the rest, the whole type area is used', () => {
    const w = columnWidths([600, 60, 60], 440, 30);
    expect(w[1]).toBe(60);
    expect(w[2]).toBe(60);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(440);
  });

  it('a table narrower than the type area is widened by equal shares', () => {
    expect(columnWidths([100, 50], 250, 30)).toEqual([150, 100]);
  });

  it('wide columns share in proportion, never under the minimum; too many columns are equal', () => {
    const w = columnWidths([1000, 500, 10], 300, 40);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(300);
    expect(Math.min(...w)).toBeGreaterThanOrEqual(10);
    expect(w[0]).toBeGreaterThan(w[1]);
    expect(columnWidths([100, 100, 100], 90, 40)).toEqual([30, 30, 30]);
  });
});

describe('a template without a table style', () => {
  it('sets the cells in its body style, in both formats', async () => {
    const root = tempDir();
    const manifest = fs.readFileSync(path.join(BUILTIN_TEMPLATES_DIR, 'plain', 'manifest.yaml'), 'utf8');
    const old = manifest.replace(/^ {2}table: .*\n/m, '');
    expect(old).not.toMatch(/^ {2}table:/m);
    templateFrom(path.join(root, 'templates'), 'old', 'plain', { 'manifest.yaml': old });
    const file = path.join(root, 'issue.yaml');
    fs.writeFileSync(file, issueYaml([{ title: '表格', body: '| 甲 | 乙 |\n|---|---|\n| 1 | 2 |', source: '市科协' }], 'old'));
    const compiled = compileIssue(file, { date: new Date('2022-04-30T00:00:00Z') });
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const table = compiled.model!.blocks.find((b) => b.kind === 'table');
    expect(table).toMatchObject({ kind: 'table', style: 'body' });
    const docx = readDocx(await renderFormat(compiled.model!, 'docx')).xml['word/document.xml'] ?? '';
    expect(tablesOf(docx)[0]?.rows).toEqual([
      ['甲', '乙'],
      ['1', '2'],
    ]);
    const pdf = readPdf(await renderFormat(compiled.model!, 'pdf'));
    expect(squash(pdf.map((p) => p.text).join(''))).toContain('甲乙12');
  }, 60_000);
});
