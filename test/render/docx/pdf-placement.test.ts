// Reading page starts and grid gaps off a pagination (pdf-placement.ts), on hand-made pages.
import type { Block, DocumentModel } from '../../../src/model/model';
import { placementsOf } from '../../../src/render/docx/pdf-placement';
import type { Page } from '../../../src/render/pdf/paginate';
import type { Box, LineBox } from '../../../src/render/pdf/types';
import { fixtureModel } from '../../fixtures/model';

const line = (): LineBox => ({ pieces: [], height: 20, baseline: 15 });
const para = (style: string): Block => ({ kind: 'paragraph', style, inlines: [{ kind: 'text', text: style }] });
const lines = (n: number): Extract<Box, { kind: 'lines' }> => ({
  kind: 'lines',
  lines: Array.from({ length: n }, line),
  spaceBefore: 0,
  spaceAfter: 0,
  keepWithNext: false,
});

function setup(blocks: Block[]): DocumentModel {
  return { ...fixtureModel(), blocks };
}

const DATA = Buffer.from('png');
/** A 100 pt photo, as a model block and as its box. */
const photo = (data = DATA): Block => ({
  kind: 'image',
  path: 'a.png',
  data,
  format: 'png',
  pixelWidth: 1,
  pixelHeight: 1,
  width: 100,
  height: 100,
});
const photoBox = (data = DATA): Extract<Box, { kind: 'image' }> => ({ kind: 'image', data, width: 100, height: 100 });
/** The photo as a page shows it: page items find their block by the box they came from. */
const shown = (box: Box, y = 0): Page[number] => {
  if (box.kind !== 'image') throw new Error('not a photo');
  return { kind: 'image', x: 0, y, width: box.width, height: box.height, data: box.data, box };
};
const linesOf = (boxes: Box[]) => boxes.map((x) => (x.kind === 'lines' ? x.lines : []));

/** A paragraph, a captioned photo the PDF floats to page 2, a paragraph running on from page 1
 *  past it, and a last one; page 1 as the PDF sets it. */
function captionedPhoto() {
  const boxes: Box[] = [lines(1), photoBox(), lines(1), lines(3), lines(1)];
  const model = setup([para('body'), photo(), para('caption'), para('body'), para('body')]);
  model.paragraphStyles.caption = { ...model.paragraphStyles.body, spaceAfter: 8 };
  const [a, , cap, b, c] = linesOf(boxes);
  const page1: Page = [
    { kind: 'line', y: 0, line: a[0] },
    { kind: 'line', y: 20, line: b[0] },
    { kind: 'line', y: 40, line: b[1] },
  ];
  return { model, boxes, cap, b, c, page1 };
}

test('a block whose first line opens a page starts it; a paragraph running on from the page before does not', () => {
  const boxes = [lines(2), lines(3), lines(1)];
  const model = setup([para('body'), para('body'), para('body')]);
  const [a, b, c] = boxes.map((x) => (x.kind === 'lines' ? x.lines : []));
  const pages: Page[] = [
    [
      { kind: 'line', y: 0, line: a[0] },
      { kind: 'line', y: 20, line: a[1] },
      { kind: 'line', y: 40, line: b[0] },
    ],
    [
      { kind: 'line', y: 0, line: b[1] },
      { kind: 'line', y: 20, line: b[2] },
    ],
    [{ kind: 'line', y: 0, line: c[0] }],
  ];
  const placements = placementsOf(model, boxes, pages);
  expect([...placements].filter(([, p]) => p.pageStart).map(([i]) => i)).toEqual([2]);
});

test('a picture moved to the next page while later text stayed is no page start', () => {
  const boxes: Box[] = [lines(1), photoBox(), lines(1)];
  const model = setup([para('body'), photo(), para('body')]);
  const [a, , c] = linesOf(boxes);
  const pages: Page[] = [
    [
      { kind: 'line', y: 0, line: a[0] },
      { kind: 'line', y: 20, line: c[0] },
    ],
    [shown(boxes[1])],
  ];
  expect([...placementsOf(model, boxes, pages)].filter(([, p]) => p.pageStart)).toEqual([]);
});

test('below an off-grid paragraph followed by a grid one on the same page: the gap the pagination left', () => {
  const model = fixtureModel();
  model.grid = { charsPerLine: 28, linesPerPage: 22, charPitch: 15.79, linePitch: 28.99, size: 16 };
  model.paragraphStyles.title = { ...model.paragraphStyles.title, grid: false, spaceAfter: 10 };
  model.paragraphStyles.body = { ...model.paragraphStyles.body, grid: true, spaceBefore: 0 };
  model.blocks = [para('title'), para('body')];
  const boxes = [lines(1), lines(1)];
  const [t, b] = boxes.map((x) => x.lines);
  // The title ends at 20; the body line was dropped onto the grid line at 57.98.
  const placements = placementsOf(model, boxes, [
    [
      { kind: 'line', y: 0, line: t[0] },
      { kind: 'line', y: 57.98, line: b[0] },
    ],
  ]);
  expect(placements.get(0)?.spaceAfter).toBeCloseTo(37.98, 2);
  expect(placements.get(1)).toBeUndefined();
});

test('a photo floated to the next page, with its caption, goes with the first paragraph that begins there', () => {
  const { model, boxes, cap, b, c, page1 } = captionedPhoto();
  // Page 2: the photo and its caption on top, then the rest of the paragraph that ran on, then a new one.
  const pages: Page[] = [
    page1,
    [shown(boxes[1]), { kind: 'line', y: 100, line: cap[0] }, { kind: 'line', y: 128, line: b[2] }, { kind: 'line', y: 148, line: c[0] }],
  ];
  const placements = placementsOf(model, boxes, pages);
  expect([...placements].filter(([, p]) => p.figures)).toEqual([[4, { pageStart: false, figures: [1], figuresHeight: 128 }]]);
});

test.each([
  ['', Buffer.from('png 2')],
  [' (the same photo twice: one file, one Buffer)', DATA],
])('a floated photo is not anchored past a photo the PDF left in place: the two would print in the other order%s', (_, second) => {
  const boxes: Box[] = [lines(1), photoBox(), lines(2), photoBox(second), lines(1)];
  const model = setup([para('body'), photo(), para('body'), photo(second), para('body')]);
  const [a, , b, , c] = linesOf(boxes);
  // The first photo waits for page 2; the second, typed after it, is set in place on page 1.
  const pages: Page[] = [
    [{ kind: 'line', y: 0, line: a[0] }, { kind: 'line', y: 20, line: b[0] }, { kind: 'line', y: 40, line: b[1] }, shown(boxes[3], 60)],
    [shown(boxes[1]), { kind: 'line', y: 100, line: c[0] }],
  ];
  expect([...placementsOf(model, boxes, pages)].filter(([, p]) => p.figures)).toEqual([]);
});

test('a floated photo on a page that one paragraph runs through stays where it was typed', () => {
  const boxes: Box[] = [lines(1), photoBox(), lines(4)];
  const model = setup([para('body'), photo(), para('body')]);
  const [a, , b] = linesOf(boxes);
  const pages: Page[] = [
    [
      { kind: 'line', y: 0, line: a[0] },
      { kind: 'line', y: 20, line: b[0] },
      { kind: 'line', y: 40, line: b[1] },
    ],
    [shown(boxes[1]), { kind: 'line', y: 100, line: b[2] }, { kind: 'line', y: 120, line: b[3] }],
  ];
  expect([...placementsOf(model, boxes, pages)].filter(([, p]) => p.figures)).toEqual([]);
});

test('a page that begins under a floated photo starts with the paragraph holding it', () => {
  const boxes: Box[] = [lines(1), photoBox(), lines(1), lines(1)];
  const model = setup([para('body'), photo(), para('body'), para('title')]);
  const [a, , b, t] = linesOf(boxes);
  // The photo waited past the article's last paragraph; the page broke before the next title for it.
  const pages: Page[] = [
    [
      { kind: 'line', y: 0, line: a[0] },
      { kind: 'line', y: 20, line: b[0] },
    ],
    [shown(boxes[1]), { kind: 'line', y: 110, line: t[0] }],
  ];
  expect(placementsOf(model, boxes, pages).get(3)).toEqual({ pageStart: true, figures: [1], figuresHeight: 100 });
});

test('below floated photos, the gap the PDF leaves to put the next line on its grid is kept', () => {
  const { model, boxes, cap, b, c, page1 } = captionedPhoto();
  model.paragraphStyles.body = { ...model.paragraphStyles.body, spaceBefore: 0 };
  // The caption ends at 120, 8 pt after it is 128; the text goes on at 145, on the grid.
  const pages: Page[] = [
    page1,
    [shown(boxes[1]), { kind: 'line', y: 100, line: cap[0] }, { kind: 'line', y: 145, line: b[2] }, { kind: 'line', y: 165, line: c[0] }],
  ];
  const anchor = placementsOf(model, boxes, pages).get(4)!;
  expect(anchor.figuresHeight).toBe(128);
  expect(anchor.figuresGap).toBeCloseTo(17, 6);
});
