// A 1×1 grey PNG whose pixel data inflates to `inflated` bytes (zeros, a few hundred KB on
// disk): the decompression bomb of issue #26 item 9. Plain JS so the hostile corpus (JS, also
// read by bench/hostile.js) and the TypeScript tests share it.
'use strict';
const zlib = require('node:zlib');

function chunk(type, body) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

function pngBomb(inflated) {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  const idat = zlib.deflateSync(Buffer.alloc(inflated), { level: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

module.exports = { pngBomb };
