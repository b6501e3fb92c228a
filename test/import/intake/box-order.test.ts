// Where a floating text box sits (DrawingML anchor offsets in EMU, VML style lengths), and boxes
// put in column order only when they stand in two columns or more and every one has a place.
import { boxPosition, inColumns } from '../../../src/import/docx/box-order';
import { parseXml } from '../../../src/import/docx/xml';

const anchored = (left: number, top: number) =>
  parseXml(
    `<w:p><w:r><w:drawing><wp:anchor><wp:positionH relativeFrom="column"><wp:posOffset>${left}</wp:posOffset></wp:positionH>` +
      `<wp:positionV relativeFrom="paragraph"><wp:posOffset>${top}</wp:posOffset></wp:positionV></wp:anchor></w:drawing></w:r></w:p>`,
  );

test('a DrawingML anchor: offsets in EMU, as points', () => {
  expect(boxPosition(anchored(3048000, 127000))).toEqual({ left: 240, top: 10 });
});

test('a VML shape: margin-left/margin-top (or left/top) in pt, in, cm; an inline shape has no place', () => {
  const vml = (style: string) => parseXml(`<w:p><w:r><w:pict><v:shape style="${style}"/></w:pict></w:r></w:p>`);
  expect(boxPosition(vml('position:absolute;margin-left:240pt;margin-top:0pt;width:220pt'))).toEqual({ left: 240, top: 0 });
  expect(boxPosition(vml('position:absolute;left:1in;top:2.54cm'))).toEqual({ left: 72, top: 72 });
  expect(boxPosition(vml('width:220pt;height:40pt'))).toBeUndefined();
});

test('column order: the left column top to bottom, then the next; one column or an unplaced box: as they are', () => {
  const at = (left: number, top: number) => ({ left, top });
  const boxes = [
    { n: 'right', at: at(240, 0) },
    { n: 'left-low', at: at(2, 300) },
    { n: 'left', at: at(0, 0) },
  ];
  expect(inColumns(boxes, (b) => b.at).map((b) => b.n)).toEqual(['left', 'left-low', 'right']);
  const oneColumn = [boxes[1], boxes[2]];
  expect(inColumns(oneColumn, (b) => b.at)).toEqual(oneColumn);
  const unplaced = [...boxes, { n: 'inline', at: undefined }];
  expect(inColumns(unplaced, (b) => b.at)).toEqual(unplaced);
});
