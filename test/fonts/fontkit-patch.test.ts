// patches/fontkit+2.0.4.patch (applied by `npm install` through patch-package): fontkit's
// TrueType subsetter decodes a glyph's whole outline only when the glyph is compound, which it
// must know to renumber its parts; every other glyph is copied as stored. The same subset bytes
// (scripts/compare-samples.js), half the CPU time of a warm PDF render of the sample.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { bundledFonts } from '../../src/fonts/bundled';
import { openFont } from '../../src/fonts/open-font';

test('the fontkit installed is the patched one, for both its CommonJS and its ESM build', () => {
  const dist = path.dirname(require.resolve('fontkit'));
  for (const file of ['main.cjs', 'module.mjs']) {
    expect(fs.readFileSync(path.join(dist, file), 'utf8')).toContain(
      'only a compound glyph (negative contour count) or a variation instance needs decoding',
    );
  }
  expect(JSON.parse(fs.readFileSync(path.join(dist, '..', 'package.json'), 'utf8')).version).toBe('2.0.4');
});

// The same patch mends the cmap's variation-sequence lookup: for a selector whose record lists
// both default and non-default sequences, fontkit gave up when the character was not among the
// defaults and printed its usual glyph, never the face's own variant.
test("a face's own variant glyph is found for a selector that also lists default sequences", () => {
  const font = openFont(bundledFonts().song).font;
  const usual = font.glyphForCodePoint(0x793c).id; // 礼
  const [variant] = font.glyphsForString('礼\uFE00');
  expect(variant.id).not.toBe(usual);
  // a character in the selector's default list keeps its usual glyph
  expect(font.glyphsForString('兀\uFE00')[0].id).toBe(font.glyphForCodePoint(0x5140).id);
});

// And it loads brotli (a 750 kB dictionary, ~50 ms in every process) only to read a WOFF2 file,
// which jianbao never renders from (the bundled 楷 is unpacked once, fonts/woff2-cache.ts).
test('fontkit loads brotli only when it reads a WOFF2 file', () => {
  const script = [
    "const fk = require('fontkit');",
    'const loaded = () => Object.keys(require.cache).some((k) => /[\\\\/]brotli[\\\\/]/.test(k));',
    'const before = loaded();',
    "fk.openSync(require.resolve('@fontsource/lxgw-wenkai/files/lxgw-wenkai-latin-500-normal.woff2')).glyphForCodePoint(65).path;",
    'console.log(JSON.stringify([before, loaded()]));',
  ].join('\n');
  const out = execFileSync(process.execPath, ['-e', script], { cwd: path.join(__dirname, '../..'), encoding: 'utf8' });
  expect(JSON.parse(out)).toEqual([false, true]);
});
