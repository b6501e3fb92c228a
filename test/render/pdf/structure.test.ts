// Tagging of what the samples do not have: a table over two pages (Table/TR/TH/TD, its header
// repeated on the second page drawn as an Artifact, not read twice), the 样稿 mark of a draft as
// an Artifact, bookmarks that leave out the letter-spacing spaces of a template's heading, and
// XMP that stays well-formed whatever the title holds.
import fs from 'node:fs';
import path from 'node:path';
import type { Block, DocumentModel } from '../../../src/model/model';
import { renderPdf } from '../../../src/render/pdf';
import { bookmarkOf } from '../../../src/render/pdf/structure';
import { elementsOf, readStructure, textOf, type PdfStructure } from '../../helpers/pdf-structure';
import { fixtureModel } from '../../fixtures/model';

const text = (t: string) => [{ kind: 'text' as const, text: t }];
const squeeze = (t: string) => t.replace(/\s/g, '');

function tableModel(): DocumentModel {
  const model = fixtureModel(1);
  const rows = [
    { header: true, cells: [text('地区'), text('场次')] },
    ...Array.from({ length: 40 }, (_, i) => ({ header: false, cells: [text(`地区${i + 1}`), text(String(i + 1))] })),
  ];
  const table: Block = { kind: 'table', style: 'body', rows };
  return { ...model, blocks: [...model.blocks.filter((b) => b.kind !== 'bottom'), table], draft: true };
}

let pdf: PdfStructure;
beforeAll(async () => {
  pdf = readStructure(await renderPdf(tableModel()));
}, 60_000);

const all = (role: string) => pdf.structure.flatMap((tree) => elementsOf(tree, role));

it('tags a table as Table with one TR per row, TH for the header and TD for the cells', () => {
  // pdfjs lists a page's tree with the ancestors of its content; a row is told by its text.
  const rows = new Set(
    all('TR')
      .map((tr) => squeeze(textOf(pdf, tr)))
      .filter(Boolean),
  );
  expect(rows.size).toBe(41);
  const texts = (role: string) =>
    all(role)
      .map((e) => squeeze(textOf(pdf, e)))
      .filter(Boolean);
  expect(texts('TH')).toEqual(['地区', '场次']);
  expect(texts('TD')).toHaveLength(80);
  expect(all('Table').length).toBeGreaterThanOrEqual(1);
});

it('draws the header repeated on a later page as an Artifact', () => {
  const pagesWithHeader = pdf.marked.map((spans) => spans.filter((s) => s.text === '地区'));
  const first = pagesWithHeader.findIndex((spans) => spans.length > 0);
  const repeated = pagesWithHeader.filter((spans, i) => i > first && spans.length > 0);
  expect(repeated.length).toBeGreaterThan(0);
  for (const spans of repeated) expect(spans.map((s) => s.tag)).toEqual(['Artifact']);
  expect(pagesWithHeader.flat().filter((s) => s.tag === 'TH')).toHaveLength(1);
});

it('draws the 样稿 mark of a draft as an Artifact on every page', () => {
  for (const spans of pdf.marked) {
    const marks = spans.filter((s) => s.text.includes('样稿'));
    expect(marks.map((s) => s.tag)).toEqual(['Artifact']);
  }
});

it('leaves the spaces of a spaced template heading out of its bookmark, never an article title’s', () => {
  expect(bookmarkOf({ kind: 'paragraph', style: 'toc-heading', inlines: text('本 期 要 目') })).toBe('本期要目');
  expect(bookmarkOf({ kind: 'paragraph', style: 'title', inlines: [...text('第一行'), { kind: 'break' }, ...text('第二 行')] })).toBe(
    '第一行第二 行',
  );
  expect(bookmarkOf({ kind: 'paragraph', style: 'body', inlines: text('正文') })).toBeNull();
});

it('keeps the XMP well-formed when the title has & or < (pdfkit would copy them unescaped)', async () => {
  const model = fixtureModel(1);
  const title = '科技&人才<信息> 第 4 期';
  const read = readStructure(await renderPdf({ ...model, meta: { ...model.meta, title } }));
  expect(read.xmpTitle).toBe(title);
  expect(read.xmp).toContain('科技&amp;人才&lt;信息&gt; 第 4 期');
  // Left out of the info (which PDF/A allows), so the two never disagree.
  expect(read.info.Title).toBeUndefined();
  expect(readStructure(await renderPdf(model)).info.Title).toBe(model.meta.title);
});

it.each([
  ['', false],
  [' (the same photo twice, its bytes shared: each is a Figure of its own, none an Artifact)', true],
])('names a photo without a caption 图片 N as its Figure Alt, as the DOCX does; a captioned one by its caption%s', async (_, shared) => {
  const model = fixtureModel(1);
  const png = fs.readFileSync(path.join(__dirname, '../../../samples/images/ningbo-xie-zhiyuan.png'));
  const bytes = shared ? () => png : () => Buffer.from(png);
  const photo = (data: Buffer): Block => ({
    kind: 'image',
    path: 'x.png',
    data,
    format: 'png',
    pixelWidth: 100,
    pixelHeight: 60,
    width: 100,
    height: 60,
  });
  const blocks: Block[] = [
    ...model.blocks.filter((b) => b.kind !== 'bottom'),
    photo(bytes()),
    { kind: 'paragraph', style: 'body', inlines: text('正文。') },
    photo(bytes()),
    { kind: 'paragraph', style: 'caption', inlines: text('会议现场') },
  ];
  const read = readStructure(
    await renderPdf({ ...model, blocks, paragraphStyles: { ...model.paragraphStyles, caption: model.paragraphStyles.body } }),
  );
  expect(read.structure.flatMap((tree) => elementsOf(tree, 'Figure')).map((f) => f.alt)).toEqual(['图片 1', '会议现场']);
});
