// Reading the bundled fonts ahead (src/fonts/prefetch.ts) starts only for commands that build
// PDFs, hands over exactly the file's bytes, once, and can be dropped.
import fs from 'node:fs';
import { bundledFonts } from '../../src/fonts/bundled';
import { buildsPdf, discardPrefetched, prefetchBundledFonts, prefetchDone, takePrefetched } from '../../src/fonts/prefetch';

test.each([
  [['build', 'a.yaml'], true],
  [['build', 'a.yaml', '--to', 'pdf'], true],
  [['build', 'a.yaml', '--to', 'docx,PDF'], true],
  [['build', 'a.yaml', '--to=pdf'], true],
  [['watch', 'dir'], true],
  [['build', 'a.yaml', '--to', 'docx'], false],
  [['build', 'a.yaml', '--to=docx'], false],
  [['check', 'a.yaml'], false],
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
