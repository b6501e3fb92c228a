// The paginator on generated issues (articles of titles, headings, paragraphs and photos with or
// without captions, author page breaks): every line and photo is placed once; the text keeps its
// order; a caption sits directly under its photo on the same page; a photo never comes before
// its place in the text nor after the start of the next article; and every non-final page is at
// least 80% full unless its recorded end says the next block needed more than was left.
// Seeded (JIANBAO_FUZZ_SEED, default fixed).
import fc from 'fast-check';
import { layoutPages, type LaidOutPage, type PageItem } from '../../../src/render/pdf/paginate';
import type { Box, LineBox } from '../../../src/render/pdf/types';
import { FUZZ_SEED, runs } from '../../reliability/helpers/fuzz-config';

const AREA = 200;
const LINE = 10;
const CASES = runs(process.env.JIANBAO_TEST_TIER === 'full' ? 3000 : 300);

type Part =
  | { kind: 'para'; lines: number; snap: boolean }
  | { kind: 'heading'; lines: number }
  | { kind: 'photo'; height: number; caption: number }
  | { kind: 'pagebreak' };
interface Article {
  title: number;
  parts: Part[];
}

const part: fc.Arbitrary<Part> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('para' as const), lines: fc.integer({ min: 1, max: 30 }), snap: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('heading' as const), lines: fc.integer({ min: 1, max: 2 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('photo' as const),
      height: fc.integer({ min: 10, max: 150 }),
      caption: fc.integer({ min: 0, max: 2 }),
    }),
  },
);
// An article ends with a paragraph, and no heading follows a heading: a heading is kept with
// text of its own article, and a chain of keeps always fits on a page.
const noStackedHeadings = (parts: Part[]) => parts.filter((p, k) => !(p.kind === 'heading' && parts[k - 1]?.kind === 'heading'));
const lastPara = fc.record({ kind: fc.constant('para' as const), lines: fc.integer({ min: 1, max: 30 }), snap: fc.boolean() });
const article: fc.Arbitrary<Article> = fc
  .record({ title: fc.integer({ min: 1, max: 3 }), parts: fc.array(part, { minLength: 0, maxLength: 8 }), last: lastPara })
  .map(({ title, parts, last }) => ({ title, parts: noStackedHeadings([...parts, last]) }));
const issue = fc.array(fc.tuple(fc.boolean(), article), { minLength: 1, maxLength: 5 });

/** A plain assertion: expect() per line over hundreds of generated issues is slow. */
function ok(cond: boolean, what: string): void {
  if (!cond) throw new Error(what);
}

const lines = (n: number): LineBox[] => Array.from({ length: n }, () => ({ pieces: [], height: LINE, baseline: 8 }));

function toBoxes(articles: Array<[boolean, Article]>): Box[] {
  const boxes: Box[] = [];
  const add = (box: Box) => boxes.push(box);
  articles.forEach(([breakBefore, a], n) => {
    if (breakBefore && n > 0) add({ kind: 'pagebreak' });
    add({ kind: 'lines', lines: lines(a.title), spaceBefore: 15, spaceAfter: 5, keepWithNext: true, style: 'title' });
    for (const p of a.parts) {
      if (p.kind === 'para')
        add({
          kind: 'lines',
          lines: lines(p.lines),
          spaceBefore: 0,
          spaceAfter: 0,
          keepWithNext: false,
          style: 'body',
          ...(p.snap ? { snap: LINE } : {}),
        });
      if (p.kind === 'heading')
        add({ kind: 'lines', lines: lines(p.lines), spaceBefore: 5, spaceAfter: 0, keepWithNext: true, style: 'subheading' });
      if (p.kind === 'photo') {
        add({ kind: 'image', data: Buffer.alloc(0), width: 100, height: p.height });
        if (p.caption)
          add({ kind: 'lines', lines: lines(p.caption), spaceBefore: 0, spaceAfter: 4, keepWithNext: false, style: 'caption' });
      }
    }
  });
  return boxes;
}

const bottomOf = (item: PageItem) =>
  item.y + (item.kind === 'line' ? item.line.height : item.kind === 'rule' ? item.thickness / 2 : item.height);

export function check(articles: Array<[boolean, Article]>): void {
  const boxes = toBoxes(articles);
  const laid: LaidOutPage[] = layoutPages(boxes, 300, AREA);
  // Where each line and image object landed: page, index on the page.
  const where = new Map<object, { page: number; at: number }>();
  laid.forEach((page, p) =>
    page.items.forEach((item, at) => {
      const key = item.kind === 'line' ? item.line : item.kind === 'image' ? item.data : item;
      ok(!where.has(key), 'placed once');
      where.set(key, { page: p, at });
    }),
  );
  const order = (key: object) => {
    const w = where.get(key)!;
    return w.page * 1e6 + w.at;
  };
  let lastText = -1;
  let lastPhoto = -1;
  let textBeforePhoto = -1;
  boxes.forEach((box, i) => {
    if (box.kind === 'lines' && box.style !== 'caption') {
      for (const line of box.lines) {
        ok(where.has(line), 'every line placed');
        ok(order(line) > lastText, 'text keeps its order');
        lastText = order(line);
      }
      // A photo of an earlier article is never placed after the start of this one.
      if (box.style === 'title') ok(lastPhoto < order(box.lines[0]), 'no photo after the next article starts');
    }
    if (box.kind === 'image') {
      const at = where.get(box.data)!;
      ok(at !== undefined, 'every photo placed');
      const item = laid[at.page].items[at.at] as Extract<PageItem, { kind: 'image' }>;
      // Never before its place in the text; photos keep their order.
      textBeforePhoto = lastText;
      ok(order(box.data) > textBeforePhoto, 'a photo never comes before its place in the text');
      ok(order(box.data) > lastPhoto, 'photos keep their order');
      lastPhoto = order(box.data);
      const next = boxes[i + 1];
      if (next?.kind === 'lines' && next.style === 'caption') {
        // The caption directly under the photo, on the same page, in one piece.
        next.lines.forEach((line, k) =>
          ok(where.get(line)?.page === at.page && where.get(line)?.at === at.at + 1 + k, 'caption directly under its photo'),
        );
        ok(
          Math.abs((laid[at.page].items[at.at + 1] as Extract<PageItem, { kind: 'line' }>).y - (item.y + item.height)) < 1e-6,
          'caption touches the photo',
        );
        lastPhoto = order(next.lines[next.lines.length - 1]);
      }
    }
  });
  // A page breaks for a waiting photo only where its article ends: after the photos, the next
  // page goes on with the next article's title, or holds nothing else.
  const captionLines = new Set(boxes.flatMap((b) => (b.kind === 'lines' && b.style === 'caption' ? b.lines : [])));
  const titleStarts = new Set(boxes.flatMap((b) => (b.kind === 'lines' && b.style === 'title' ? [b.lines[0]] : [])));
  laid.forEach((page, p) => {
    if (page.end.reason !== 'photo') return;
    const next = laid[p + 1].items;
    ok(next[0]?.kind === 'image', 'a photo opens the page after a photo break');
    const rest = next.find((item) => item.kind !== 'image' && !(item.kind === 'line' && captionLines.has(item.line)));
    ok(!rest || (rest.kind === 'line' && titleStarts.has(rest.line)), 'a photo break only where the article ends');
  });
  // A title or heading never ends a page: something of its article follows it there.
  boxes.forEach((box) => {
    if (box.kind !== 'lines' || !box.keepWithNext) return;
    const at = where.get(box.lines[box.lines.length - 1])!;
    ok(at.at < laid[at.page].items.length - 1, `a ${box.style} ends page ${at.page + 1}`);
  });
  // Fill: full, or the end says why (and it is true).
  laid.slice(0, -1).forEach((page) => {
    const fill = Math.max(0, ...page.items.map(bottomOf)) / AREA;
    if (fill >= 0.8) return;
    const { end } = page;
    ok(
      end.reason === 'keep' || end.reason === 'photo' || end.reason === 'asked',
      `a page ${Math.round(fill * 100)}% full ended '${end.reason}'`,
    );
    if (end.reason === 'keep' || end.reason === 'photo')
      ok(end.need > end.left, `'${end.reason}' with need ${end.need} ≤ left ${end.left}`);
  });
  ok(laid[laid.length - 1].end.reason === 'last', 'the last page ends last');
  // Every page holds something.
  for (const page of laid) ok(page.items.length > 0, 'no empty page');
}

test('generated issues: order, captions, articles and page fill hold', () => {
  fc.assert(
    fc.property(issue, (articles) => check(articles)),
    { numRuns: CASES, seed: FUZZ_SEED },
  );
});
