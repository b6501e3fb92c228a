// Reading the bundled fonts ahead (src/fonts/prefetch.ts) starts only for commands that build
// PDFs, hands over exactly the file's bytes, once, and can be dropped.
import fs from 'node:fs';
import path from 'node:path';
import { bundledFonts } from '../../src/fonts/bundled';
import { buildsPdf, discardPrefetched, prefetchBundledFonts, prefetchDone, takePrefetched } from '../../src/fonts/prefetch';

const SAMPLE = path.resolve(__dirname, '..', '..', 'samples', 'wenzhou-kexie-2022-04.yaml');
const SAMPLES = path.dirname(SAMPLE);

test.each([
  [['build', SAMPLE], true],
  [['build', SAMPLE, '--to', 'pdf'], true],
  [['build', SAMPLE, '--to', 'docx,PDF', '-o', SAMPLES], true],
  [['build', '-o', SAMPLES, SAMPLE, '--to=pdf'], true],
  [['--lang', 'en', 'build', SAMPLE], true],
  [['--lang=en', 'build', SAMPLE, '--to', 'docx'], false],
  [['watch', SAMPLES], true],
  [['build', SAMPLE, '--to', 'docx'], false],
  [['build', SAMPLE, '--to=docx'], false],
  [['build', SAMPLES], false], // a folder: worker threads open the fonts
  [['build', SAMPLE, SAMPLE], false],
  [['build', 'missing.yaml'], false],
  [['check', SAMPLE], false],
  [['--help'], false],
  [[], false],
])('buildsPdf(%j) is %s', (args, expected) => {
  expect(buildsPdf(args)).toBe(expected);
});

test('a prefetched font is the file’s bytes, handed over once; dropped reads are gone', async () => {
  const body = bundledFonts().body.file;
  const title = bundledFonts().title.file;
  prefetchBundledFonts();
  await prefetchDone();
  const bytes = takePrefetched(body);
  expect(bytes).toBeDefined();
  expect(Buffer.compare(bytes!, fs.readFileSync(body))).toBe(0);
  expect(takePrefetched(body)).toBeUndefined();
  discardPrefetched();
  expect(takePrefetched(title)).toBeUndefined();
  expect(takePrefetched('/no/such/font.ttf')).toBeUndefined();
});
