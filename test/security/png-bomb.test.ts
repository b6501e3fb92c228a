// Issue #26 item 9: a PNG whose pixel data inflates past its header's size is refused (JB506)
// after inflating at most what the header allows; JPEGs up to the documented 50 MP decode.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import jpeg from 'jpeg-js';
import { loadImage } from '../../src/layout/images';

jest.setTimeout(180_000);

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** A 1×1 grey PNG whose IDAT inflates to `inflated` bytes. */
export function pngBomb(inflated: number): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  const idat = zlib.deflateSync(Buffer.alloc(inflated), { level: 9 });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

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
