// The strict PNG check reads each chunk's CRC (zlib.crc32): a whole file passes, one changed
// byte inside a chunk is named as damage.
import { PNG } from 'pngjs';
import { assertWholePng } from '../../src/layout/png-check';

function smallPng(): Buffer {
  const png = new PNG({ width: 4, height: 3 });
  png.data.fill(200);
  return PNG.sync.write(png);
}

test('a whole PNG passes', () => {
  expect(() => assertWholePng(smallPng())).not.toThrow();
});

test('a byte changed inside the header chunk fails its CRC', () => {
  const data = smallPng();
  data[16 + 3] ^= 0x01; // the width, inside IHDR (8-byte signature, 8-byte chunk head)
  expect(() => assertWholePng(data)).toThrow('chunk IHDR is damaged (CRC)');
});
