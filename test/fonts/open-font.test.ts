// Fonts are read whole and parsed once per process and path (src/fonts/open-font.ts): no stat,
// size or time decides whether a parsed face is reused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundledFonts } from '../../src/fonts/bundled';
import { openFont } from '../../src/fonts/open-font';

let work: string;
beforeEach(() => (work = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-open-font-'))));
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

test('a file is read whole and parsed once per process, whatever happens to it on disk later', () => {
  const fonts = bundledFonts();
  const file = path.join(work, 'body.ttf');
  fs.copyFileSync(fonts.body.file, file);
  const first = openFont({ family: '仿宋', file });
  expect(first.font.postscriptName).toBe('NotoSerifSC-Regular');

  fs.copyFileSync(fonts.heading.file, file);
  const again = openFont({ family: '仿宋', file });
  expect(again).toBe(first);
  expect(again.font.postscriptName).toBe('NotoSerifSC-Regular');
});

test('a cut-off font file is refused when opened, not when a glyph is drawn', () => {
  const file = path.join(work, 'cut.ttf');
  fs.writeFileSync(file, fs.readFileSync(bundledFonts().body.file).subarray(0, 100_000));
  expect(() => openFont({ family: '仿宋', file })).toThrow(/ends past the end of the file/);
});
