// The loca table read straight from the bytes (src/fonts/fast-loca.ts) must be exactly what
// fontkit's own decoder makes of it, since fontkit then uses it to find every glyph.
import fs from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import * as fontkit from 'fontkit';
import { bundledFonts } from '../../src/fonts/bundled';
import { preloadLoca, readLoca } from '../../src/fonts/fast-loca';
import { FONT_ROLES } from '../../src/layout/model';

type WithLoca = fontkit.Font & { loca: { version: number; offsets: ArrayLike<number>; _processed?: boolean }; glyphForCodePoint(codePoint: number): unknown };

test.each(FONT_ROLES)('%s face: the preloaded loca equals fontkit’s decoding', (role) => {
  const bytes = fs.readFileSync(bundledFonts()[role].file);
  const decoded = (fontkit.create(bytes) as WithLoca).loca;
  const font = fontkit.create(bytes) as WithLoca;
  preloadLoca(font);
  expect(font.loca.offsets.length).toBeGreaterThan(30000);
  // The same numbers (fontkit only indexes them), in a typed array instead of fontkit's array.
  expect(font.loca.offsets).toBeInstanceOf(Uint32Array);
  expect(isDeepStrictEqual({ ...font.loca, offsets: Array.from(font.loca.offsets) }, decoded)).toBe(true);
  // Glyphs are found through it: the same outline bytes either way.
  const glyph = font.glyphForCodePoint('温'.codePointAt(0)!) as unknown as { path: { toSVG(): string } };
  const reference = (fontkit.create(bytes) as WithLoca).glyphForCodePoint('温'.codePointAt(0)!) as unknown as { path: { toSVG(): string } };
  expect(glyph.path.toSVG()).toBe(reference.path.toSVG());
});

test('short offsets are doubled and marked processed, as fontkit does; bad tables are left to fontkit', () => {
  const bytes = Uint8Array.from([0xff, 0xff, 0, 0, 0, 1, 0x12, 0x34, 0, 0, 0, 0, 0, 0, 0, 8]);
  expect(readLoca(bytes, 2, 6, 0)).toEqual({ version: 0, offsets: Uint32Array.from([0, 2, 0x2468]), _processed: true });
  expect(readLoca(bytes, 8, 8, 1)).toEqual({ version: 1, offsets: Uint32Array.from([0, 8]) });
  // Long offsets above 2^31 stay unsigned; a table read from an odd position still reads right.
  const odd = Uint8Array.from([9, 0xff, 0xff, 0xff, 0xfe, 0, 0, 1, 0]);
  expect(Array.from(readLoca(odd, 1, 8, 1)!.offsets)).toEqual([0xfffffffe, 256]);
  expect(Array.from(readLoca(odd, 1, 4, 0)!.offsets)).toEqual([0x1fffe, 0x1fffc]);
  expect(readLoca(bytes, 8, 16, 1)).toBeNull(); // past the end
  expect(readLoca(bytes, 0, 4, 7)).toBeNull(); // unknown format
});

test('a face whose loca fontkit already decoded is left alone', () => {
  const font = fontkit.create(fs.readFileSync(bundledFonts().body.file)) as WithLoca;
  const first = font.loca;
  preloadLoca(font);
  expect(font.loca).toBe(first);
});
