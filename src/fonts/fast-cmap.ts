// Owns looking up a face's glyph for a character (cmap) and a glyph's advance and left side
// bearing (hmtx) straight from the font's bytes. fontkit answers these through its generic
// structure reader, which a fresh process runs with cold code: ~50 ms of a cold PDF build of the
// sample went to the glyph check, to setting plain CJK text and to the subsets' metrics, a few
// thousand lookups. The tables are sorted arrays of big-endian numbers, read here the way
// fontkit reads them (the same subtable chosen, the same arithmetic; test/fonts/fast-cmap.test.ts
// compares every BMP character and every glyph of the bundled faces). A face whose Unicode
// subtable is not format 4 or 12, a variable face, or one whose tables do not fit in the file
// is answered through fontkit instead: charMapOf always answers, one way or the other.
import type { Font } from 'fontkit';

export interface CharMap {
  /** The glyph fontkit's glyphForCodePoint would give (0, .notdef, when there is none). */
  glyphId(codePoint: number): number;
  /** The advance fontkit's hmtx gives the glyph (glyphs past the last long metric share it). */
  advance(glyphId: number): number;
  /** The left side bearing fontkit's hmtx gives the glyph (0 past the face's glyphs). */
  bearing(glyphId: number): number;
}

/** fontkit internals read here: the table directory and the bytes. */
interface FaceInternals {
  directory?: { tables: Record<string, { offset: number; length: number } | undefined> };
  stream?: { buffer: Uint8Array };
  _variationProcessor?: unknown;
}

/** Unicode subtables in fontkit's order of preference (CmapProcessor). */
const UNICODE_SUBTABLES: ReadonlyArray<readonly [number, number]> = [[3, 10], [0, 6], [0, 4], [3, 1], [0, 3], [0, 2], [0, 1], [0, 0]];

type Lookup = (codePoint: number) => number;

function format4(view: DataView, at: number): Lookup | null {
  const length = view.getUint16(at + 2);
  const segCount = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  const glyphIds = rangeOffsets + segCount * 2;
  if (glyphIds > view.byteLength) return null;
  // fontkit sizes the glyph id array from the subtable's own length field.
  const glyphCount = Math.max(0, Math.min((length - (glyphIds - at)) / 2, (view.byteLength - glyphIds) / 2));
  return (codePoint) => {
    let min = 0;
    let max = segCount - 1;
    while (min <= max) {
      const mid = (min + max) >> 1;
      if (codePoint < view.getUint16(starts + mid * 2)) max = mid - 1;
      else if (codePoint > view.getUint16(ends + mid * 2)) min = mid + 1;
      else {
        const rangeOffset = view.getUint16(rangeOffsets + mid * 2);
        const delta = view.getInt16(deltas + mid * 2);
        if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
        const index = rangeOffset / 2 + (codePoint - view.getUint16(starts + mid * 2)) - (segCount - mid);
        let gid = Number.isInteger(index) && index >= 0 && index < glyphCount ? view.getUint16(glyphIds + index * 2) : 0;
        if (gid !== 0) gid += delta;
        return gid & 0xffff;
      }
    }
    return 0;
  };
}

function format12(view: DataView, at: number): Lookup | null {
  const groupCount = view.getUint32(at + 12);
  const groups = at + 16;
  if (groups + groupCount * 12 > view.byteLength) return null;
  return (codePoint) => {
    let min = 0;
    let max = groupCount - 1;
    while (min <= max) {
      const mid = (min + max) >> 1;
      const group = groups + mid * 12;
      if (codePoint < view.getUint32(group)) max = mid - 1;
      else if (codePoint > view.getUint32(group + 4)) min = mid + 1;
      else return view.getUint32(group + 8) + (codePoint - view.getUint32(group));
    }
    return 0;
  };
}

function readCharMap(font: Font): CharMap | null {
  const face = font as unknown as FaceInternals;
  const tables = face.directory?.tables;
  const bytes = face.stream?.buffer;
  const cmap = tables?.cmap;
  const hhea = tables?.hhea;
  const hmtx = tables?.hmtx;
  const maxp = tables?.maxp;
  if (!bytes || !cmap || !hhea || !hmtx || face._variationProcessor) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (cmap.offset + 4 > view.byteLength || hhea.offset + 36 > view.byteLength) return null;

  const records = view.getUint16(cmap.offset + 2);
  if (cmap.offset + 4 + records * 8 > view.byteLength) return null;
  const subtableAt = (platform: number, encoding: number): number | null => {
    for (let i = 0; i < records; i++) {
      const record = cmap.offset + 4 + i * 8;
      if (view.getUint16(record) === platform && view.getUint16(record + 2) === encoding) return cmap.offset + view.getUint32(record + 4);
    }
    return null;
  };
  let lookup: Lookup | null = null;
  for (const [platform, encoding] of UNICODE_SUBTABLES) {
    const at = subtableAt(platform, encoding);
    if (at === null) continue;
    // The first Unicode subtable is the one fontkit uses: any other format is left to it.
    if (at + 16 > view.byteLength) return null;
    const format = view.getUint16(at);
    lookup = format === 4 ? format4(view, at) : format === 12 ? format12(view, at) : null;
    break;
  }
  if (!lookup) return null;

  const longMetrics = view.getUint16(hhea.offset + 34);
  const glyphCount = maxp && maxp.offset + 6 <= view.byteLength ? view.getUint16(maxp.offset + 4) : -1;
  const bearings = hmtx.offset + longMetrics * 4;
  if (longMetrics === 0 || glyphCount < longMetrics || bearings + (glyphCount - longMetrics) * 2 > view.byteLength) return null;
  return {
    glyphId: lookup,
    advance: (glyphId) => view.getUint16(hmtx.offset + (glyphId < longMetrics ? glyphId : longMetrics - 1) * 4),
    bearing: (glyphId) => {
      if (glyphId < longMetrics) return view.getInt16(hmtx.offset + glyphId * 4 + 2);
      return glyphId < glyphCount ? view.getInt16(bearings + (glyphId - longMetrics) * 2) : 0;
    },
  };
}

/** fontkit's own answers, for the faces the bytes are not read for. */
function fontkitCharMap(font: Font): CharMap {
  const face = font as unknown as {
    glyphForCodePoint(codePoint: number): { id: number };
    getGlyph(id: number): { _getTableMetrics(hmtx: unknown): { advance: number; bearing: number } };
    hmtx: unknown;
  };
  const metrics = (glyphId: number) => face.getGlyph(glyphId)._getTableMetrics(face.hmtx);
  return {
    glyphId: (codePoint) => face.glyphForCodePoint(codePoint).id,
    advance: (glyphId) => metrics(glyphId).advance,
    bearing: (glyphId) => metrics(glyphId).bearing,
  };
}

const fromBytes = new WeakMap<Font, CharMap | null>();
const maps = new WeakMap<Font, CharMap>();

/** The face's lookups read from its bytes, or null when they cannot be (see above). */
export function bytesCharMap(font: Font): CharMap | null {
  let map = fromBytes.get(font);
  if (map === undefined) fromBytes.set(font, (map = readCharMap(font)));
  return map;
}

/** The face's lookups: from its bytes where they can be read, else through fontkit. */
export function charMapOf(font: Font): CharMap {
  let map = maps.get(font);
  if (!map) maps.set(font, (map = bytesCharMap(font) ?? fontkitCharMap(font)));
  return map;
}
