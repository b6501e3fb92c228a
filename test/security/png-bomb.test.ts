// Issue #26 item 9: a PNG whose pixel data inflates past its header's size is refused (JB506)
// after inflating at most what the header allows; JPEGs up to the documented 50 MP decode.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { loadImage } from '../../src/layout/images';
import { pngBomb } from '../helpers/png-bomb';

jest.setTimeout(180_000);

function place(name: string, bytes: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-img-'));
  fs.mkdirSync(path.join(dir, 'images'));
  fs.writeFileSync(path.join(dir, 'images', name), bytes);
  return dir;
}

describe('PNG decompression bomb', () => {
  it('a 1×1 PNG holding 200 MB of zeros is refused with JB506 from its header', () => {
    const bomb = pngBomb(200 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const result = loadImage('images/bomb.png', place('bomb.png', bomb), 400, 600);
    expect(result).toEqual({ ok: false, code: 'JB506', args: { path: 'images/bomb.png', width: 1, height: 1 } });
  });

  it('a whole 1×1 PNG still loads', () => {
    expect(loadImage('images/ok.png', place('ok.png', pngBomb(2)), 400, 600).ok).toBe(true);
  });
});

describe('large JPEGs within the 50 MP limit', () => {
  it('a 31-megapixel JPEG (6800×4560) is accepted', () => {
    const width = 6800;
    const height = 4560;
    const bytes = Buffer.from(jpeg.encode({ data: Buffer.alloc(width * height * 4, 140), width, height }, 40).data);
    const result = loadImage('images/big.jpg', place('big.jpg', bytes), 400, 600);
    expect(result.ok ? 'ok' : result.args.reason).toBe('ok');
  });
});
