// pdfkit's streams are deflated at level 1 with zlib's largest hash table while a PDF is built (src/render/pdf/fast-deflate.ts),
// and zlib is left exactly as it was afterwards, also when the build throws.
import zlib from 'node:zlib';
import { PDF_DEFLATE, withFastDeflate } from '../../../src/render/pdf/fast-deflate';

const DATA = Buffer.from('温州科协信息 第 4 期 '.repeat(2000));

test('inside, deflateSync compresses at the fast level; outside, at zlib’s default', () => {
  const original = zlib.deflateSync;
  const inside = withFastDeflate(() => zlib.deflateSync(DATA));
  expect(zlib.deflateSync).toBe(original);
  expect(Buffer.compare(inside, zlib.deflateSync(DATA, PDF_DEFLATE))).toBe(0);
  expect(Buffer.compare(inside, zlib.deflateSync(DATA))).not.toBe(0);
  expect(Buffer.compare(zlib.inflateSync(inside), DATA)).toBe(0);
});

test('zlib is restored when the build throws', () => {
  const original = zlib.deflateSync;
  expect(() => withFastDeflate(() => { throw new Error('template error'); })).toThrow('template error');
  expect(zlib.deflateSync).toBe(original);
});
