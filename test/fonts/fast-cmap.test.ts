// The cmap and hmtx lookups read from the bytes (src/fonts/fast-cmap.ts) must answer exactly as
// fontkit does: for every BMP character, the supplementary characters of the face, and every
// glyph's advance, on each bundled face, through both subtable formats the faces carry.
import fs from 'node:fs';
import * as fontkit from 'fontkit';
import { bundledFonts } from '../../src/fonts/bundled';
import { bytesCharMap, charMapOf } from '../../src/fonts/fast-cmap';

interface Face {
  directory: { tables: Record<string, { offset: number }> };
  cmap: { tables: Array<{ platformID: number; encodingID: number; table: { version: number } }> };
  hmtx: { metrics: { length: number; get(i: number): { advance: number } } };
  numGlyphs: number;
  characterSet: number[];
  glyphForCodePoint(codePoint: number): { id: number };
}

const files = [...new Set(Object.values(bundledFonts()).map((f) => f.file))];

/** The file with its cmap records (platform, encoding) renamed as `rename` says. */
function withRecords(bytes: Buffer, rename: (platform: number, encoding: number) => [number, number] | null): Buffer {
  const copy = Buffer.from(bytes);
  const at = (fontkit.create(copy) as unknown as Face).directory.tables.cmap.offset;
  for (let i = 0; i < copy.readUInt16BE(at + 2); i++) {
    const record = at + 4 + i * 8;
    const renamed = rename(copy.readUInt16BE(record), copy.readUInt16BE(record + 2));
    if (renamed) {
      copy.writeUInt16BE(renamed[0], record);
      copy.writeUInt16BE(renamed[1], record + 2);
    }
  }
  return copy;
}

/** Every BMP code point, the face's own characters, and some beyond them. */
function codePointsOf(face: Face): number[] {
  const points = new Set<number>();
  for (let cp = 0; cp <= 0xffff; cp++) points.add(cp);
  for (const cp of face.characterSet) points.add(cp);
  for (let cp = 0x10000; cp <= 0x10ffff; cp += 97) points.add(cp);
  return [...points];
}

function expectSameAsFontkit(bytes: Buffer, format: number) {
  const reference = fontkit.create(bytes) as unknown as Face;
  const ours = bytesCharMap(fontkit.create(bytes) as fontkit.Font)!;
  expect(ours).not.toBeNull();
  // The subtable fontkit answers from is of the format under test.
  expect((reference as unknown as { _cmapProcessor: { cmap: { version: number } } })._cmapProcessor.cmap.version).toBe(format);
  let found = 0;
  const differing: number[] = [];
  for (const cp of codePointsOf(reference)) {
    const id = ours.glyphId(cp);
    if (id !== reference.glyphForCodePoint(cp).id) differing.push(cp);
    if (id !== 0) found++;
  }
  expect(differing.slice(0, 5)).toEqual([]);
  expect(found).toBeGreaterThan(format === 4 ? 25000 : 30000);
  const metrics = reference.hmtx.metrics;
  const glyph = (id: number) => (reference as unknown as { getGlyph(id: number): { _getTableMetrics(t: unknown): { advance: number; bearing: number } } }).getGlyph(id);
  for (let id = 0; id < reference.numGlyphs + 3; id++) {
    if (ours.advance(id) !== metrics.get(id < metrics.length ? id : metrics.length - 1).advance) differing.push(-id);
    const theirs = glyph(id)._getTableMetrics(reference.hmtx);
    if (ours.advance(id) !== theirs.advance || ours.bearing(id) !== theirs.bearing) differing.push(-id);
  }
  expect(differing.slice(0, 5)).toEqual([]);
}

describe.each(files.map((f) => [f.split(/[\\/]/).pop()!, f]))('%s', (_name, file) => {
  const bytes = fs.readFileSync(file);

  test('format 12 (the subtable fontkit picks first): every answer as fontkit gives it', () => {
    expect((fontkit.create(bytes) as unknown as Face).cmap.tables.some((t) => t.platformID === 3 && t.encodingID === 10 && t.table.version === 12)).toBe(true);
    expectSameAsFontkit(bytes, 12);
  });

  test('format 4 (when the face has no 32-bit subtable): every answer as fontkit gives it', () => {
    // Hide (3,10) and (0,4) so that both readers fall back to the BMP subtable (3,1).
    const bmpOnly = withRecords(bytes, (p, e) => ((p === 3 && e === 10) || (p === 0 && e === 4) ? [p, 99] : null));
    expect((fontkit.create(bmpOnly) as unknown as Face).cmap.tables.filter((t) => t.encodingID === 99)).toHaveLength(2);
    expectSameAsFontkit(bmpOnly, 4);
  });
});

test('a face whose chosen subtable is of another format is left to fontkit', () => {
  const bytes = fs.readFileSync(files[0]);
  const face = fontkit.create(bytes) as unknown as Face;
  const cmapAt = face.directory.tables.cmap.offset;
  // Point (3,10) at the face's format 14 subtable (variation sequences), which no reader here handles.
  const copy = Buffer.from(bytes);
  const records = copy.readUInt16BE(cmapAt + 2);
  let format14 = -1;
  for (let i = 0; i < records; i++) if (copy.readUInt16BE(cmapAt + 4 + i * 8) === 0 && copy.readUInt16BE(cmapAt + 6 + i * 8) === 5) format14 = copy.readUInt32BE(cmapAt + 8 + i * 8);
  expect(format14).toBeGreaterThan(0);
  for (let i = 0; i < records; i++) if (copy.readUInt16BE(cmapAt + 4 + i * 8) === 3 && copy.readUInt16BE(cmapAt + 6 + i * 8) === 10) copy.writeUInt32BE(format14, cmapAt + 8 + i * 8);
  expect(bytesCharMap(fontkit.create(copy) as fontkit.Font)).toBeNull();
  // The same face unchanged is read from its bytes, and the answer is kept per face.
  const font = fontkit.create(bytes) as fontkit.Font;
  expect(bytesCharMap(font)).not.toBeNull();
  expect(charMapOf(font)).toBe(bytesCharMap(font));
});

test("a face not read from its bytes gets fontkit's own answers", () => {
  const bytes = fs.readFileSync(files[0]);
  const font = fontkit.create(bytes) as unknown as fontkit.Font & Face;
  Object.defineProperty(font, '_variationProcessor', { value: {} }); // as a variable face has one
  expect(bytesCharMap(font)).toBeNull();
  const lookups = charMapOf(font);
  const reference = fontkit.create(bytes) as unknown as Face & { getGlyph(id: number): { _getTableMetrics(t: unknown): { advance: number; bearing: number } } };
  for (const cp of Array.from('温州科协 Wenzhou —', (c) => c.codePointAt(0)!)) {
    const id = reference.glyphForCodePoint(cp).id;
    expect(lookups.glyphId(cp)).toBe(id);
    expect(lookups.advance(id)).toBe(reference.getGlyph(id)._getTableMetrics(reference.hmtx).advance);
    expect(lookups.bearing(id)).toBe(reference.getGlyph(id)._getTableMetrics(reference.hmtx).bearing);
  }
  expect(lookups.glyphId(0xe000)).toBe(0); // private use: no glyph
});
