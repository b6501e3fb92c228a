// Speeds up embedding font subsets when one process renders many documents (batch, watch).
// fontkit's TrueType subsetter decodes every used glyph's outline anew for each document only
// to learn whether it is compound (and its bounds, for a vertical metric it does not write); we
// keep, per face and glyph, the raw glyf bytes, its components and metrics, and give each
// document's subset an adder that reads them. The adder writes exactly what fontkit's would
// (test/render/pdf/subset-cache.test.ts compares the encoded subsets byte for byte), and the
// subset's font program is written by subset-encode.ts. Variable fonts and CFF faces keep
// fontkit's own path.
import type { Font } from 'fontkit';
import { charMapOf } from '../../fonts/fast-cmap';
import { outlinesOf } from '../../fonts/outlines-on-demand';
import { canEncode, encodeSubset, type FaceBytes } from './subset-encode';

interface GlyphRecord {
  bytes: Uint8Array;
  components: Array<{ glyphID: number; pos: number }>;
  advance: number;
  bearing: number;
}

/** The fontkit internals the adder touches; checked before use so a changed fontkit falls back. */
interface TrueTypeInternals {
  directory: { tables: Record<string, unknown> };
  /** An array from fontkit, or a Uint32Array from fast-loca.ts. */
  loca: { offsets: ArrayLike<number> };
  _variationProcessor?: unknown;
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  hmtx: unknown;
  getGlyph(id: number): {
    _decode(): { numberOfContours: number; components?: Array<{ glyphID: number; pos: number }> } | null;
    _getTableMetrics(table: unknown): { advance: number; bearing: number };
  };
}
interface SubsetInternals {
  glyphs: number[];
  glyf: Uint8Array[];
  loca: { offsets: number[]; version: number };
  hmtx: { metrics: Array<{ advance: number; bearing: number }>; bearings: number[] };
  offset: number;
  includeGlyph(id: number): number;
  _addGlyph(id: number): number;
  encode(): Uint8Array;
}

const records = new WeakMap<Font, Map<number, GlyphRecord>>();
/** Subsets whose encode() is ours: the same program again for the same glyphs, and no side effects. */
const ownEncoders = new WeakSet<object>();

function recordOf(font: Font & TrueTypeInternals, gid: number): GlyphRecord {
  let table = records.get(font);
  if (!table) {
    table = new Map();
    records.set(font, table);
  }
  let record = table.get(gid);
  if (!record) {
    outlinesOf(font)?.ensure([gid]);
    const start = font.loca.offsets[gid];
    const stream = font._getTableStream('glyf');
    stream.pos += start;
    const bytes = Uint8Array.from(stream.readBuffer(font.loca.offsets[gid + 1] - start));
    // The glyph header's contour count says whether it is compound; only a compound glyph is
    // decoded (for its parts). Decoding every outline cost most of a fresh process's subsetting.
    const compound = bytes.length >= 2 && new DataView(bytes.buffer).getInt16(0) < 0;
    const components = compound ? (font.getGlyph(gid)._decode()?.components ?? []).map((c) => ({ glyphID: c.glyphID, pos: c.pos })) : [];
    // Advance and left side bearing as fontkit's metrics read them from hmtx for a static face,
    // without the outline bounds it also computes.
    const metrics = charMapOf(font);
    record = { bytes, components, advance: metrics.advance(gid), bearing: metrics.bearing(gid) };
    table.set(gid, record);
  }
  return record;
}

function usable(font: Font, subset: unknown): subset is SubsetInternals {
  const f = font as Font & Partial<TrueTypeInternals>;
  const s = subset as Partial<SubsetInternals>;
  return Boolean(f.directory?.tables.glyf && f.loca && f.hmtx && !f._variationProcessor && typeof f._getTableStream === 'function')
    && typeof f.getGlyph?.(0)._getTableMetrics === 'function'
    && typeof s._addGlyph === 'function' && typeof s.includeGlyph === 'function' && Array.isArray(s.glyphs);
}

/** Gives a fontkit subset of `font` the cached glyph adder, when the face allows it. */
export function useGlyphCache(font: Font, subset: unknown): void {
  if (!usable(font, subset)) return;
  const face = font as Font & TrueTypeInternals;
  subset._addGlyph = function addGlyph(this: SubsetInternals, gid: number): number {
    const record = recordOf(face, gid);
    let buffer = record.bytes;
    if (record.components.length > 0) {
      // A compound glyph names its parts by glyph id: renumber them into this subset's ids.
      buffer = Uint8Array.from(record.bytes);
      const view = new DataView(buffer.buffer);
      for (const part of record.components) view.setUint16(part.pos, this.includeGlyph(part.glyphID));
    }
    this.glyf.push(buffer);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: record.advance, bearing: record.bearing });
    this.offset += buffer.length;
    return this.glyf.length - 1;
  };
  const bytes = face as unknown as FaceBytes;
  if (!canEncode(bytes)) return;
  // fontkit's encode(), with the font program written by subset-encode.ts. A subset is encoded
  // twice per document (deflate-ahead.ts, then pdfkit's embed); glyphs are only ever appended,
  // so an unchanged count means an unchanged program, and the first result serves again.
  let last: { glyphs: number; program: Uint8Array } | null = null;
  subset.encode = function encode(this: SubsetInternals): Uint8Array {
    if (last && last.glyphs === this.glyphs.length) return last.program;
    // The outlines not read yet, in one pass through the file rather than one read per glyph.
    outlinesOf(face)?.ensure(this.glyphs);
    this.glyf = [];
    this.offset = 0;
    this.loca = { offsets: [], version: bytes.loca.version };
    this.hmtx = { metrics: [], bearings: [] };
    // Indexed, as in fontkit: adding a compound glyph appends its parts to this.glyphs mid-loop.
    for (let i = 0; i < this.glyphs.length; i++) this._addGlyph(this.glyphs[i]);
    this.loca.offsets.push(this.offset);
    last = { glyphs: this.glyphs.length, program: encodeSubset(bytes, this) };
    return last.program;
  };
  ownEncoders.add(subset);
}

/**
 * The subset's font program as it stands, if encoding it now is safe: only for our encoder.
 * fontkit's own is not (its CFF subsetter appends its strings again on every call, so a second
 * encode makes a larger program), and pdfkit's embed must remain the only call there.
 */
export function programNow(subset: unknown): Uint8Array | null {
  return typeof subset === 'object' && subset !== null && ownEncoders.has(subset) ? (subset as SubsetInternals).encode() : null;
}
