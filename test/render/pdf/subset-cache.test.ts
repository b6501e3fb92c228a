// The cached glyph adder (src/render/pdf/subset-cache.ts) and our font program writer
// (subset-encode.ts) must encode exactly the subset fontkit would, for simple and compound
// glyphs, short and long loca, with and without hinting tables, and keep doing so when the
// cache is warm.
import fs from 'node:fs';
import * as fontkit from 'fontkit';
import { bundledFonts } from '../../../src/fonts/bundled';
import { programNow, useGlyphCache } from '../../../src/render/pdf/subset-cache';

type Subset = { includeGlyph(id: number): number; encode(): Uint8Array };
/** The parts of fontkit's Font these tests use beyond our minimal typings (src/render/pdf/fontkit.d.ts). */
type FullFont = fontkit.Font & { createSubset(): unknown; glyphsForString(text: string): Array<{ id: number; _decode(): { numberOfContours: number } | null }> };

function encoded(font: FullFont, text: string, cached: boolean): Buffer {
  const subset = font.createSubset() as Subset;
  if (cached) useGlyphCache(font, subset);
  for (const glyph of font.glyphsForString(text)) subset.includeGlyph(glyph.id);
  return Buffer.from(subset.encode());
}

const TEXT = '温州市“科创中国”试点城市建设推进会召开，2022年（数字经济专场）——李校堃。ABC xyz 0123';

test.each(['body', 'heading', 'title'] as const)('%s: the cached subset equals fontkit’s, cold and warm', (role) => {
  const font = fontkit.create(fs.readFileSync(bundledFonts()[role].file)) as FullFont;
  const plain = encoded(font, TEXT, false);
  expect(plain.length).toBeGreaterThan(1000);
  expect(Buffer.compare(encoded(font, TEXT, true), plain)).toBe(0); // cold cache
  expect(Buffer.compare(encoded(font, TEXT, true), plain)).toBe(0); // warm cache
  // Another text through the same warm cache still matches.
  expect(Buffer.compare(encoded(font, '简讯本期要目', true), encoded(font, '简讯本期要目', false))).toBe(0);
});

test('the adder is only installed on faces it understands', () => {
  const notASubset = { something: true };
  const font = fontkit.create(fs.readFileSync(bundledFonts().body.file)) as FullFont;
  useGlyphCache(font, notASubset);
  expect(notASubset).toEqual({ something: true });
});

test('compound glyphs (accented Latin in Liberation Sans) are renumbered exactly as fontkit does', () => {
  const file = require.resolve('pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf');
  const font = fontkit.create(fs.readFileSync(file)) as FullFont;
  const text = 'éàüÅñçÉ déjà vu';
  const compound = font.glyphsForString(text).filter((g) => (g._decode()?.numberOfContours ?? 0) < 0);
  expect(compound.length).toBeGreaterThan(0); // the case under test is really there
  // And the cases of the font program writer the CJK faces do not have: short loca offsets, cvt and fpgm.
  const tables = font as unknown as { loca: { version: number }; directory: { tables: Record<string, unknown> } };
  expect(tables.loca.version).toBe(0);
  expect(Object.keys(tables.directory.tables)).toEqual(expect.arrayContaining(['cvt ', 'fpgm', 'prep']));
  const plain = encoded(font, text, false);
  expect(Buffer.compare(encoded(font, text, true), plain)).toBe(0);
  expect(Buffer.compare(encoded(font, text, true), plain)).toBe(0);
});

test('a subset encoded again unchanged gives the same program, and a grown one the grown program', () => {
  const font = fontkit.create(fs.readFileSync(bundledFonts().body.file)) as FullFont;
  const subset = font.createSubset() as Subset;
  useGlyphCache(font, subset);
  for (const glyph of font.glyphsForString('温州科协')) subset.includeGlyph(glyph.id);
  const first = subset.encode();
  expect(subset.encode()).toBe(first);
  for (const glyph of font.glyphsForString('信息')) subset.includeGlyph(glyph.id);
  const grown = subset.encode();
  expect(grown).not.toBe(first);
  expect(Buffer.compare(Buffer.from(grown), encoded(font, '温州科协信息', false))).toBe(0);
});

test('a program is encoded early only by our encoder: fontkit’s own (its CFF one appends strings on every call) is left to pdfkit', () => {
  const font = fontkit.create(fs.readFileSync(bundledFonts().body.file)) as FullFont;
  const theirs = font.createSubset() as Subset;
  const encode = jest.spyOn(theirs, 'encode');
  theirs.includeGlyph(font.glyphsForString('温')[0].id);
  expect(programNow(theirs)).toBeNull();
  expect(encode).not.toHaveBeenCalled();
  expect(programNow({ encode })).toBeNull();

  const ours = font.createSubset() as Subset;
  useGlyphCache(font, ours);
  ours.includeGlyph(font.glyphsForString('温')[0].id);
  expect(Buffer.compare(Buffer.from(programNow(ours)!), encoded(font, '温', false))).toBe(0);
});
