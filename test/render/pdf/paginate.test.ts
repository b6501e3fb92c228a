import { paginate, type Page } from '../../../src/render/pdf/paginate';
import type { Box, LineBox } from '../../../src/render/pdf/types';

const LINE = 10;
const line = (): LineBox => ({ pieces: [], height: LINE, baseline: 8 });
const para = (n: number, over: Partial<Extract<Box, { kind: 'lines' }>> = {}): Box => ({
  kind: 'lines', lines: Array.from({ length: n }, line), spaceBefore: 0, spaceAfter: 0, keepWithNext: false, ...over,
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
    const pages = paginate([para(6), image, para(1)], 100, 100);
    expect(pages[1].map((i) => i.kind)).toEqual(['image', 'line']);
    expect(pages[1][0]).toMatchObject({ x: 25, y: 0 });
  });
});
