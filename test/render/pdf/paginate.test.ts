import { layoutPages, paginate, type Page } from '../../../src/render/pdf/paginate';
import type { Box, LineBox } from '../../../src/render/pdf/types';

const LINE = 10;
const line = (): LineBox => ({ pieces: [], height: LINE, baseline: 8 });
const para = (n: number, over: Partial<Extract<Box, { kind: 'lines' }>> = {}): Box => ({
  kind: 'lines',
  lines: Array.from({ length: n }, line),
  spaceBefore: 0,
  spaceAfter: 0,
  keepWithNext: false,
  ...over,
});
const counts = (pages: Page[]) => pages.map((p) => p.length);

describe('paginate', () => {
  it('fills pages line by line', () => {
    expect(counts(paginate([para(25)], 100, 100))).toEqual([10, 10, 5]);
  });

  it('drops space before at the top of a page only', () => {
    const pages = paginate([para(1, { spaceBefore: 30 }), para(1, { spaceBefore: 30 })], 100, 100);
    expect(pages[0].map((i) => i.y)).toEqual([0, 40]);
  });

  it('moves a heading that would sit alone at the foot of a page', () => {
    const pages = paginate([para(9), para(1, { keepWithNext: true }), para(5)], 100, 100);
    expect(counts(pages)).toEqual([9, 6]);
  });

  it('moves a heading whose paragraph of three lines cannot start under it without a widow', () => {
    // Heading at 70 and two lines would fit, but the third would be a widow: all move together.
    const pages = paginate([para(7), para(1, { keepWithNext: true }), para(3)], 100, 100);
    expect(counts(pages)).toEqual([7, 4]);
  });

  it('leaves neither a single orphan nor a single widow line', () => {
    expect(counts(paginate([para(9), para(4)], 100, 100))).toEqual([9, 4]); // orphan avoided
    expect(counts(paginate([para(5), para(6)], 100, 100))).toEqual([9, 2]);
  });

  it('honours page breaks without making blank pages', () => {
    expect(counts(paginate([{ kind: 'pagebreak' }, para(2), { kind: 'pagebreak' }, para(2)], 100, 100))).toEqual([2, 2]);
  });

  it('sets the bottom block at the foot of the last page, or on a new page', () => {
    const bottom: Box = { kind: 'bottom', boxes: [para(2)] };
    const fits = paginate([para(3), bottom], 100, 100);
    expect(fits[0].map((i) => i.y)).toEqual([0, 10, 20, 80, 90]);
    expect(counts(paginate([para(9), bottom], 100, 100))).toEqual([9, 2]);
  });

  it('keeps an image with its caption', () => {
    const image: Box = { kind: 'image', data: Buffer.alloc(0), width: 50, height: 40 };
    const pages = paginate([para(6), image, para(2, { style: 'caption' })], 100, 100);
    expect(pages[1].map((i) => i.kind)).toEqual(['image', 'line', 'line']);
    expect(pages[1][0]).toMatchObject({ x: 25, y: 0 });
    expect(pages[1][1]).toMatchObject({ y: 40 });
  });
});

describe('photos float', () => {
  const image = (height = 40): Box => ({ kind: 'image', data: Buffer.alloc(0), width: 50, height });
  const caption = (n = 1) => para(n, { style: 'caption', spaceAfter: 5 });
  const kinds = (page: Page) => page.map((i) => (i.kind === 'line' ? `line@${i.y}` : `${i.kind}@${i.y}`));

  it('places a photo where it stands when it fits', () => {
    const pages = paginate([para(2), image(), caption(), para(2)], 100, 100);
    expect(kinds(pages[0])).toEqual(['line@0', 'line@10', 'image@20', 'line@60', 'line@75', 'line@85']);
  });

  it('moves a photo that does not fit to the top of the next page while the text after it fills this one', () => {
    const laid = layoutPages([para(7), image(), caption(), para(5)], 100, 100);
    // Page 1: the 7 lines, then 3 lines of the paragraph that follows the photo.
    expect(kinds(laid[0].items)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90].map((y) => `line@${y}`));
    // Page 2: the photo, its caption directly under it, then the rest of the text.
    expect(kinds(laid[1].items)).toEqual(['image@0', 'line@40', 'line@55', 'line@65']);
    expect(laid[1].floated).toEqual([1]);
    expect(laid[0].end).toEqual({ reason: 'full' });
  });

  it('continues a paragraph under a floated photo on the baseline grid', () => {
    const pages = paginate([para(7, { snap: 10 }), image(33), caption(), para(5, { snap: 10 })], 100, 100);
    // 33 + 10 + 5 = 48: the next line of the grid is at 50.
    expect(kinds(pages[1])).toEqual(['image@0', 'line@33', 'line@50', 'line@60']);
  });

  it('never lets a photo float past the start of the next article', () => {
    const title = para(1, { style: 'title', keepWithNext: true });
    const laid = layoutPages([para(7), image(), caption(), para(1), title, para(3)], 100, 100);
    expect(laid.map((p) => p.items.length)).toEqual([8, 6]);
    expect(laid[0].end).toEqual({ reason: 'photo', need: 50, left: 20 });
    expect(kinds(laid[1].items)).toEqual(['image@0', 'line@40', 'line@55', 'line@65', 'line@75', 'line@85']);
  });

  it('keeps photos in their order, each with its caption', () => {
    const pages = paginate([para(8), image(50), caption(), para(1), image(20), caption(), para(12)], 100, 100);
    // The first photo waits for page 2; the second queues behind it, and both go to page 2.
    expect(kinds(pages[0]).filter((k) => k.startsWith('image'))).toEqual([]);
    expect(kinds(pages[1]).slice(0, 4)).toEqual(['image@0', 'line@50', 'image@65', 'line@85']);
    const images = pages.flat().filter((i) => i.kind === 'image');
    expect(images.map((i) => i.height)).toEqual([50, 20]);
  });

  it('sends the photos still waiting at the end of the issue to the pages after it', () => {
    const laid = layoutPages([para(8), image(80), caption(), para(1)], 100, 100);
    expect(laid.map((p) => p.items.length)).toEqual([9, 2]);
    expect(laid[0].end.reason).toBe('photo');
    expect(laid[1].end.reason).toBe('last');
  });

  it('keeps a heading with the text after a photo that floats, not with the photo', () => {
    const heading = para(1, { keepWithNext: true });
    const pages = paginate([para(5), heading, image(60), caption(), para(6)], 100, 100);
    // Heading at 50, then 4 lines of the text; the photo opens page 2.
    expect(kinds(pages[0]).slice(5)).toEqual(['line@50', 'line@60', 'line@70', 'line@80', 'line@90']);
    expect(kinds(pages[1]).slice(0, 3)).toEqual(['image@0', 'line@60', 'line@75']);
  });

  it('keeps a heading with a photo that fits under it', () => {
    const heading = para(1, { keepWithNext: true });
    const pages = paginate([para(3), heading, image(40), caption(), para(6)], 100, 100);
    expect(kinds(pages[0]).slice(3, 6)).toEqual(['line@30', 'image@40', 'line@80']);
  });

  it('never leaves a heading alone under photos that floated onto its page', () => {
    const heading = para(1, { keepWithNext: true });
    // The heading does not fit on page 1; page 2 fills with the two waiting photos, so it moves on.
    const laid = layoutPages([para(8), image(45), caption(), image(25), caption(), para(1), heading, para(4)], 100, 100);
    expect(kinds(laid[1].items)).toEqual(['image@0', 'line@45', 'image@60', 'line@85']);
    expect(laid[1].end).toMatchObject({ reason: 'keep', what: 'heading' });
    expect(kinds(laid[2].items)[0]).toBe('line@0');
  });

  it('places a photo taller than the page alone on an empty page', () => {
    const pages = paginate([para(3), image(150), para(1)], 100, 100);
    expect(pages[0]).toHaveLength(4);
    expect(kinds(pages[1])).toEqual(['image@0']);
    expect(pages).toHaveLength(2);
  });
});

describe('page ends', () => {
  it('says why each page ended', () => {
    const heading = para(1, { keepWithNext: true });
    const laid = layoutPages([para(8), heading, para(4), { kind: 'pagebreak' }, para(15)], 100, 100);
    expect(laid.map((p) => p.end)).toEqual([
      { reason: 'keep', what: 'heading', need: 30, left: 20 },
      { reason: 'asked' },
      { reason: 'full' },
      { reason: 'last' },
    ]);
  });

  it('names a paragraph that cannot start without an orphan or a widow', () => {
    const laid = layoutPages([para(9), para(3)], 100, 100);
    expect(laid[0].end).toEqual({ reason: 'keep', what: 'paragraph', need: 30, left: 10 });
  });
});
