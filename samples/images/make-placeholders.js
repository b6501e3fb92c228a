#!/usr/bin/env node
// make-placeholders.js — writes the placeholder photos used by the sample issues.
//
// The seeds are text extracts and carry only the photo captions, so the samples point at these
// stand-ins: 1200×800, plain light grey with a subtle darker border. Deterministic (same bytes on
// every run and every machine); uses only Node's built-in zlib and writes the PNG chunks itself.
//
//   node samples/images/make-placeholders.js
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const PHOTOS = [
  // file name, fill grey level (0–255)
  ['ningbo-xie-zhiyuan.png', 0xe4],
  ['wenzhou-huai-jinpeng.png', 0xde],
];
const WIDTH = 1200;
const HEIGHT = 800;
const BORDER = 6; // px
const BORDER_GREY = 0xb8;

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(width, height, fill) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // colour type: greyscale
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // no interlace
  const stride = width + 1; // filter byte + one byte per pixel
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    raw[y * stride] = 0; // filter: none
    const edgeRow = y < BORDER || y >= height - BORDER;
    for (let x = 0; x < width; x++) {
      const edge = edgeRow || x < BORDER || x >= width - BORDER;
      raw[y * stride + 1 + x] = edge ? BORDER_GREY : fill;
    }
  }
  const idat = zlib.deflateSync(raw, { level: 9 });
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

if (require.main === module) {
  for (const [name, fill] of PHOTOS) {
    const file = path.join(__dirname, name);
    const data = png(WIDTH, HEIGHT, fill);
    fs.writeFileSync(file, data);
    console.log(`${path.relative(process.cwd(), file)}  ${WIDTH}×${HEIGHT}  ${data.length} bytes`);
  }
}

module.exports = { png, crc32, PHOTOS, WIDTH, HEIGHT };
