// Font programs are deflated on the thread pool while pages are drawn
// (src/render/pdf/deflate-ahead.ts), and pdfkit's end() takes those bytes instead of deflating
// again (fast-deflate.ts). The file must be the one a plain render makes.
import path from 'node:path';
import zlib from 'node:zlib';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderPdf } from '../../../src/render/pdf';
import * as ahead from '../../../src/render/pdf/deflate-ahead';
import { PDF_DEFLATE, withFastDeflate } from '../../../src/render/pdf/fast-deflate';

const sample = (name: string) => compileIssue(path.join(__dirname, '..', '..', '..', 'samples', `${name}.yaml`)).model!;

afterEach(() => jest.restoreAllMocks());

test('deflated ahead, a stream is byte for byte what deflateSync makes of it, at any size', async () => {
  // Larger than zlib's 16 KB output chunk, and barely compressible, like a font program.
  const inputs = [Buffer.from('温州科协'.repeat(10)), Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 2654435761) >>> 24))];
  const done = await ahead.deflateAhead(inputs);
  expect(done).toHaveLength(2);
  done.forEach((d, i) => {
    expect(d.input).toBe(inputs[i]);
    expect(Buffer.compare(d.output, zlib.deflateSync(inputs[i], PDF_DEFLATE))).toBe(0);
  });
});

test('pdfkit’s deflate returns a ready stream for the same bytes, and deflates anything else', () => {
  const input = Buffer.from('font program');
  const marker = Buffer.from('deflated ahead');
  const [hit, copy, miss] = withFastDeflate(
    () => [zlib.deflateSync(input), zlib.deflateSync(Buffer.from(input)), zlib.deflateSync(Buffer.from('page content'))],
    [{ input, output: marker }],
  );
  expect(hit).toBe(marker);
  expect(copy).toBe(marker); // pdfkit hands over a copy: bytes are compared, not objects
  expect(zlib.inflateSync(miss).toString()).toBe('page content');
});

test('the sample’s fonts are deflated ahead, and the file is the one a render without it makes', async () => {
  const model = sample('wenzhou-kexie-2022-04');
  await renderPdf(model); // fonts opened, caches warm: both renders below start alike
  const deflateSync = jest.spyOn(zlib, 'deflateSync');
  const withAhead = await renderPdf(model);
  const sizes = deflateSync.mock.calls.map(([data]) => (data as Uint8Array).length);
  // Page content streams only: the font programs (tens to hundreds of KB) never reach it.
  expect(sizes.length).toBeGreaterThan(10);
  expect(Math.max(...sizes)).toBeLessThan(12_000);

  deflateSync.mockClear();
  jest.spyOn(ahead, 'deflateAhead').mockResolvedValue([]);
  const without = await renderPdf(model);
  expect(Math.max(...deflateSync.mock.calls.map(([data]) => (data as Uint8Array).length))).toBeGreaterThan(100_000);
  expect(Buffer.compare(withAhead, without)).toBe(0);
});
