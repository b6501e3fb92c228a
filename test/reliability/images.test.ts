// Photos at print resolution: a camera-sized photo is shrunk to 300 dpi at its printed size
// (JPEG stays JPEG, PNG keeps its transparency), a small one is embedded byte for byte, and a
// file that does not decode whole is refused.
import fs from 'node:fs';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { loadImage } from '../../src/layout/images';
import { PRINT_DPI } from '../../src/layout/print-image';
import { removeTempDirs, tempDir } from './helpers/temp';

afterAll(removeTempDirs);

// A narrow printed width (a 53 mm column) keeps the test photos small and the test fast.
const TYPE_WIDTH = 150;
const HALF_PAGE = 319;

function pngBytes(width: number, height: number, alpha: (x: number, y: number) => number): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      png.data[i] = x % 256;
      png.data[i + 1] = y % 256;
      png.data[i + 2] = 128;
      png.data[i + 3] = alpha(x, y);
    }
  }
  return PNG.sync.write(png);
}

function jpegBytes(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4, 0);
  for (let i = 0; i < data.length; i += 4) {
    data[i] = (i / 4) % 251;
    data[i + 1] = 90;
    data[i + 2] = 200;
    data[i + 3] = 255;
  }
  return Buffer.from(jpeg.encode({ data, width, height }, 85).data);
}

function setup(name: string, bytes: Buffer): string {
  const dir = tempDir('images');
  fs.mkdirSync(path.join(dir, 'images'));
  fs.writeFileSync(path.join(dir, 'images', name), bytes);
  return dir;
}

describe('photos at print resolution', () => {
  it('shrinks a 1600×1200 JPEG to 300 dpi at its printed width, still a JPEG that decodes', () => {
    const dir = setup('big.jpg', jpegBytes(1600, 1200));
    const result = loadImage('images/big.jpg', dir, TYPE_WIDTH, HALF_PAGE);
    if (!result.ok) throw new Error(result.code);
    const { image } = result;
    const needed = Math.ceil((image.height / 72) * PRINT_DPI);
    expect(image.format).toBe('jpg');
    expect(image.pixelHeight).toBeGreaterThanOrEqual(needed - 1);
    expect(image.pixelHeight).toBeLessThan(needed * 1.5);
    expect(image.pixelWidth / image.pixelHeight).toBeCloseTo(4 / 3, 2);
    const decoded = jpeg.decode(image.data);
    expect([decoded.width, decoded.height]).toEqual([image.pixelWidth, image.pixelHeight]);
    expect(image.data.length).toBeLessThan(fs.statSync(path.join(dir, 'images', 'big.jpg')).size);
  });

  it('shrinks a large PNG and keeps its transparency (transparent half stays transparent)', () => {
    const dir = setup(
      'big.png',
      pngBytes(1200, 240, (x) => (x < 600 ? 0 : 255)),
    );
    const result = loadImage('images/big.png', dir, TYPE_WIDTH, HALF_PAGE);
    if (!result.ok) throw new Error(result.code);
    const out = PNG.sync.read(result.image.data);
    expect(out.width).toBeLessThan(1200);
    expect(out.width).toBe(result.image.pixelWidth);
    const alphaAt = (x: number) => out.data[(Math.floor(out.height / 2) * out.width + x) * 4 + 3];
    expect(alphaAt(5)).toBe(0);
    expect(alphaAt(out.width - 5)).toBe(255);
  });

  it('embeds a photo that is already small byte for byte', () => {
    const bytes = pngBytes(120, 80, () => 255);
    const dir = setup('small.png', bytes);
    const result = loadImage('images/small.png', dir, TYPE_WIDTH, HALF_PAGE);
    if (!result.ok) throw new Error(result.code);
    expect(Buffer.compare(result.image.data, bytes)).toBe(0);
    expect([result.image.pixelWidth, result.image.pixelHeight]).toEqual([120, 80]);
  });

  it('refuses a PNG cut off anywhere after its header', () => {
    const bytes = pngBytes(64, 64, () => 255);
    for (const cut of [40, Math.floor(bytes.length / 2), bytes.length - 5]) {
      const dir = setup('cut.png', bytes.subarray(0, cut));
      const result = loadImage('images/cut.png', dir, TYPE_WIDTH, HALF_PAGE);
      expect({ cut, code: result.ok ? 'ok' : result.code }).toEqual({ cut, code: 'JB503' });
    }
  });
});
