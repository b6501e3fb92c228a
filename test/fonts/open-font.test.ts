// Fonts are parsed once per process (src/fonts/open-font.ts), but a long-lived process (watch,
// the build server) must notice a font file replaced under the same name.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundledFonts } from '../../src/fonts/bundled';
import { openFont } from '../../src/fonts/open-font';

let work: string;
beforeEach(() => (work = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-open-font-'))));
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

test('the same file is parsed once; a file replaced on disk is read again', () => {
  const fonts = bundledFonts();
  const file = path.join(work, 'body.ttf');
  fs.copyFileSync(fonts.body.file, file);
  const first = openFont({ family: '仿宋', file });
  expect(openFont({ family: '仿宋', file })).toBe(first);
  expect(first.font.postscriptName).toBe('NotoSerifSC-Regular');

  fs.copyFileSync(fonts.heading.file, file);
  // A copy can land within the same clock tick: the size alone tells these two apart.
  expect(fs.statSync(file).size).not.toBe(first.bytes.length);
  const second = openFont({ family: '仿宋', file });
  expect(second).not.toBe(first);
  expect(second.font.postscriptName).toBe('NotoSansSC-Medium');
  // Read up to its outlines (src/fonts/outlines-on-demand.ts): the new file's tables, not the old.
  const heading = fs.readFileSync(fonts.heading.file);
  expect(second.bytes.length).toBe(heading.length);
  expect(second.bytes.subarray(0, 4096).equals(heading.subarray(0, 4096))).toBe(true);
});
