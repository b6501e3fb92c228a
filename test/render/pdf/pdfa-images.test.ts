// PDF/A-2b under the sRGB output intent allows no DeviceCMYK: a CMYK JPEG (made once with
// ImageMagick: 16×16 of #E60012 in CMYK) is re-encoded as RGB in a --pdfa build, and kept as it
// is otherwise.
import fs from 'node:fs';
import path from 'node:path';
import jpeg from 'jpeg-js';
import type { ImageBlock } from '../../../src/model/model';
import { renderPdf } from '../../../src/render/pdf';
import { jpegFrame, pdfaImages } from '../../../src/render/pdf/pdfa-images';
import { fixtureModel } from '../../fixtures/model';

const CMYK = fs.readFileSync(path.join(__dirname, '../../fixtures/images/cmyk-red.jpg'));
const RGB = Buffer.from(jpeg.encode({ data: new Uint8Array(16 * 16 * 4).fill(200), width: 16, height: 16 }, 90).data);

const image = (data: Buffer): ImageBlock => ({
  kind: 'image',
  path: '/photo.jpg',
  data,
  format: 'jpg',
  pixelWidth: 16,
  pixelHeight: 16,
  width: 100,
  height: 100,
});
const withImage = (data: Buffer) => {
  const model = fixtureModel(1);
  return { ...model, blocks: [...model.blocks, image(data)] };
};

it('reads the component count and size from the JPEG frame header', () => {
  expect(jpegFrame(CMYK)).toEqual({ components: 4, width: 16, height: 16 });
  expect(jpegFrame(RGB)).toEqual({ components: 3, width: 16, height: 16 });
  expect(jpegFrame(Buffer.from('not a jpeg'))).toBeNull();
});

it('re-encodes a CMYK JPEG as RGB with the same colour, and leaves an RGB one alone', () => {
  const model = withImage(CMYK);
  const converted = pdfaImages(model).blocks.at(-1) as ImageBlock;
  expect(jpegFrame(converted.data)?.components).toBe(3);
  const pixel = Array.from(jpeg.decode(converted.data, { useTArray: true }).data.slice(0, 3));
  // #E60012 through CMYK and back, within JPEG's loss.
  [230, 0, 18].forEach((want, i) => expect(Math.abs(pixel[i] - want)).toBeLessThan(12));
  const rgb = withImage(RGB);
  expect(pdfaImages(rgb)).toBe(rgb);
});

it('writes no DeviceCMYK with --pdfa; without it the photo goes in unchanged', async () => {
  const model = withImage(CMYK);
  expect((await renderPdf(model, { pdfa: true })).toString('latin1')).not.toContain('/DeviceCMYK');
  expect((await renderPdf(model)).toString('latin1')).toContain('/DeviceCMYK');
}, 60_000);
