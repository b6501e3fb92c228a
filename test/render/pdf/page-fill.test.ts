// Photos float and pages are filled (issue 23, item 2), read back from the PDF: every non-final
// page is at least 80% full unless the layout explanation says the next block could not fit (or
// the author asked for the break); every photo is drawn once with its caption directly under it
// on the same page; the text reads in the model's order once the captions are set aside.
import path from 'node:path';
import type { Block, DocumentModel } from '../../../src/model/model';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderPdf } from '../../../src/render/pdf';
import { explainLayout, formatLayoutReport, photoPlaces, type PageReport } from '../../../src/render/pdf/explain-layout';
import { readPdf, type PdfPage } from '../../helpers/pdf-read';
import { squash } from '../../helpers/sample-text';

const SAMPLES = path.join(__dirname, '../../../samples');
/** The feature page in its own template, the same in the grid template kexie, the kexie issue. */
const CASES: Array<[string, string, string | undefined]> = [
  ['feature page (zhuankan)', 'feature-page-2021-06.yaml', undefined],
  ['feature page (kexie, grid)', 'feature-page-2021-06.yaml', 'kexie'],
  ['kexie issue', 'wenzhou-kexie-2022-04.yaml', undefined],
];

interface Rendered {
  model: DocumentModel;
  pages: PdfPage[];
  report: PageReport[];
}
const rendered = new Map<string, Rendered>();

beforeAll(async () => {
  for (const [label, file, template] of CASES) {
    const { model } = compileIssue(path.join(SAMPLES, file), template ? { template } : {});
    if (!model) throw new Error(`${file} did not compile`);
    rendered.set(label, { model, pages: readPdf(await renderPdf(model)), report: explainLayout(model) });
  }
});

const areaOf = (model: DocumentModel) => ({ top: model.page.marginTop, bottom: model.page.height - model.page.marginBottom });

/** Bottom of the last thing drawn in the type area (a line's descent taken as 0.2 em) over its
 * height; the folio below the type area does not count. */
function fill(page: PdfPage, model: DocumentModel): number {
  const { top, bottom } = areaOf(model);
  const ends = [...page.items.filter((i) => i.y <= bottom + 1).map((i) => i.y + 0.2 * i.height), ...page.images.map((i) => i.y + i.height)];
  return (Math.max(top, ...ends) - top) / (bottom - top);
}

const textOf = (blocks: Block[]): string[] =>
  blocks.flatMap((b) => {
    if (b.kind === 'paragraph') return [b.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join('')];
    if (b.kind === 'table') return b.rows.flatMap((r) => r.cells.map((c) => c.map((i) => (i.kind === 'text' ? i.text : '')).join('')));
    if (b.kind === 'bottom') return textOf(b.blocks);
    return [];
  });

/** The caption paragraphs, in order: the paragraph of style caption right after each image. */
const captionsOf = (blocks: Block[]): string[] =>
  blocks.flatMap((b, i) => {
    const next = blocks[i + 1];
    return b.kind === 'image' && next?.kind === 'paragraph' && next.style === 'caption' ? textOf([next]) : [];
  });

const isFolio = (page: PdfPage, model: DocumentModel, item: PdfPage['items'][number]) => item.y > areaOf(model).bottom + 1;

describe.each(CASES.map(([label]) => label))('%s', (label) => {
  const get = () => rendered.get(label)!;

  test('the explanation describes the PDF: same pages, same fill', () => {
    const { model, pages, report } = get();
    expect(report).toHaveLength(pages.length);
    report.forEach((r, n) => expect(Math.abs(r.fill - fill(pages[n], model))).toBeLessThan(0.05));
    expect(report[report.length - 1].end.reason).toBe('last');
  });

  test('every non-final page is at least 80% full, unless the next block could not fit', () => {
    const { model, pages, report } = get();
    const short = pages.slice(0, -1).flatMap((page, n) => (fill(page, model) < 0.8 ? [n] : []));
    for (const n of short) {
      const end = report[n].end;
      // Each exception is said, and is true: what had to come next needed more than was left.
      expect(['keep', 'photo', 'asked']).toContain(end.reason);
      if (end.reason === 'keep' || end.reason === 'photo') expect(end.need).toBeGreaterThan(end.left);
    }
    // No photo is the reason for an empty stretch any more: its text flowed on instead.
    expect(short.filter((n) => report[n].end.reason === 'photo')).toEqual([]);
    // The check can fail: an ended page is measured as drawn.
    expect(
      pages
        .slice(0, -1)
        .map((p) => fill(p, model))
        .every((f) => f > 0),
    ).toBe(true);
  });

  test('every photo is drawn once, its caption on the same page directly under it', () => {
    const { model, pages } = get();
    const images = model.blocks.filter((b) => b.kind === 'image');
    const drawn = pages.flatMap((p, n) => p.images.map((image) => ({ ...image, page: n })));
    expect(drawn).toHaveLength(images.length);
    const captions = captionsOf(model.blocks);
    expect(captions).toHaveLength(images.length);
    drawn.forEach((image, k) => {
      const page = pages[image.page];
      const under = page.items.filter((i) => i.y > image.y + image.height && i.y < image.y + image.height + 40);
      const first = under.sort((a, b) => a.y - b.y)[0];
      expect(first).toBeDefined();
      // The caption's first line is the very next thing below the photo.
      const line = squash(
        under
          .filter((i) => Math.abs(i.y - first.y) < 1)
          .map((i) => i.text)
          .join(''),
      );
      expect(line.length).toBeGreaterThan(1);
      expect(squash(captions[k]).startsWith(line)).toBe(true);
    });
  });

  test('the text reads in the model order, captions aside', () => {
    const { model, pages } = get();
    const captions = captionsOf(model.blocks).map(squash);
    let text = squash(
      pages
        .map((p) =>
          p.items
            .filter((i) => !isFolio(p, model, i))
            .map((i) => i.text)
            .join(''),
        )
        .join(''),
    );
    for (const caption of captions) {
      expect(text).toContain(caption);
      text = text.replace(caption, '');
    }
    const expected = squash(textOf(model.blocks).join(''));
    let rest = expected;
    for (const caption of captions) rest = rest.replace(caption, '');
    expect(text).toBe(rest);
  });
});

test('the feature page: a photo floated and the pages it left are full', () => {
  const { report } = rendered.get('feature page (zhuankan)')!;
  expect(report.flatMap((r) => r.floated)).not.toHaveLength(0);
  const text = formatLayoutReport(report, 'zh');
  expect(text).toMatch(/^第 1 页 {2}填满 \d+% {2}/);
  expect(text).toContain('图片自第');
  expect(formatLayoutReport(report, 'en')).toMatch(/a photo floated here from page \d/);
});

test('photoPlaces tells another renderer where each photo went and which text it interrupts', () => {
  const { model, report } = rendered.get('feature page (zhuankan)')!;
  const places = photoPlaces(model);
  expect(places.map((p) => p.block)).toEqual(model.blocks.flatMap((b, i) => (b.kind === 'image' ? [i] : [])));
  const floated = places.filter((p) => p.floated);
  expect(floated).toHaveLength(report.flatMap((r) => r.floated).length);
  for (const place of floated) {
    // It floated past text: what follows it on its page comes after it in the model.
    expect(place.next).not.toBeNull();
    expect(place.next!.block).toBeGreaterThan(place.block + 1);
    expect(report[place.page - 1].floated.length).toBeGreaterThan(0);
  }
  for (const place of places.filter((p) => !p.floated)) if (place.next) expect(place.next.block).toBeGreaterThan(place.block);
});
