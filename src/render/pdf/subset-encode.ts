// Writes a TrueType subset's font program (the PDF's FontFile2) without fontkit's generic
// table encoder. fontkit re-encodes head, hhea, maxp and the hinting tables from their parsed
// form and walks every glyph buffer twice through restructure (once to size it, once to write
// it), ~6 ms of a warm render of the sample; the tables it writes are the face's own bytes with
// one field changed, so we copy those and patch the field. The output is fontkit's, byte for
// byte (test/render/pdf/subset-cache.test.ts): same tables in the same order, checksums left at
// zero, no padding between tables.

/** What the writer reads from a fontkit face: its bytes and table directory. */
export interface FaceBytes {
  stream: { buffer: Uint8Array };
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  loca: { version: number };
}

/** What fontkit's TrueType subset holds once its glyphs are added (its encode() fills the same fields). */
export interface SubsetTables {
  glyf: Uint8Array[];
  loca: { offsets: number[]; version: number };
  hmtx: { metrics: Array<{ advance: number; bearing: number }> };
}

/** fontkit's table order for a PDF subset; absent tables are left out. */
const TABLE_ORDER = ['head', 'hhea', 'loca', 'maxp', 'cvt ', 'prep', 'glyf', 'hmtx', 'fpgm'] as const;

// Offsets of the fields the subset changes (OpenType spec: head, hhea, maxp).
const HEAD_INDEX_TO_LOC_FORMAT = 50;
const HHEA_NUMBER_OF_METRICS = 34;
const MAXP_NUM_GLYPHS = 4;

/** Whether the face has every table the writer copies, at sizes the patched fields fit in. */
export function canEncode(face: FaceBytes): boolean {
  const { tables } = face.directory;
  return (tables.head?.length ?? 0) >= 54 && (tables.hhea?.length ?? 0) >= 36 && (tables.maxp?.length ?? 0) >= 6
    && face.stream.buffer instanceof Uint8Array;
}

function tableBytes(face: FaceBytes, tag: string): Uint8Array | undefined {
  const entry = face.directory.tables[tag];
  return entry && face.stream.buffer.subarray(entry.offset, entry.offset + entry.length);
}

export function encodeSubset(face: FaceBytes, subset: SubsetTables): Uint8Array {
  const { glyf, loca, hmtx } = subset;
  const numGlyphs = glyf.length;
  const parts = new Map<string, Uint8Array>();

  const head = Uint8Array.from(tableBytes(face, 'head')!);
  new DataView(head.buffer).setInt16(HEAD_INDEX_TO_LOC_FORMAT, loca.version);
  parts.set('head', head);

  const hhea = Uint8Array.from(tableBytes(face, 'hhea')!);
  new DataView(hhea.buffer).setUint16(HHEA_NUMBER_OF_METRICS, hmtx.metrics.length);
  parts.set('hhea', hhea);

  // Short offsets (version 0) store half the byte offset, as the format defines.
  const short = loca.version === 0;
  const locaBytes = new Uint8Array(loca.offsets.length * (short ? 2 : 4));
  const locaView = new DataView(locaBytes.buffer);
  loca.offsets.forEach((offset, i) => (short ? locaView.setUint16(i * 2, offset >>> 1) : locaView.setUint32(i * 4, offset)));
  parts.set('loca', locaBytes);

  const maxp = Uint8Array.from(tableBytes(face, 'maxp')!);
  new DataView(maxp.buffer).setUint16(MAXP_NUM_GLYPHS, numGlyphs);
  parts.set('maxp', maxp);

  for (const tag of ['cvt ', 'prep', 'fpgm']) {
    const bytes = tableBytes(face, tag);
    if (bytes) parts.set(tag, bytes);
  }

  let glyfLength = 0;
  for (const g of glyf) glyfLength += g.length;
  const glyfBytes = new Uint8Array(glyfLength);
  let at = 0;
  for (const g of glyf) {
    glyfBytes.set(g, at);
    at += g.length;
  }
  parts.set('glyf', glyfBytes);

  const hmtxBytes = new Uint8Array(hmtx.metrics.length * 4);
  const hmtxView = new DataView(hmtxBytes.buffer);
  hmtx.metrics.forEach((m, i) => {
    hmtxView.setUint16(i * 4, m.advance);
    hmtxView.setInt16(i * 4 + 2, m.bearing);
  });
  parts.set('hmtx', hmtxBytes);

  return sfnt(TABLE_ORDER.filter((tag) => parts.has(tag)).map((tag) => [tag, parts.get(tag)!] as const));
}

/** The sfnt wrapper: offset table, table records, then the tables back to back. */
function sfnt(tables: ReadonlyArray<readonly [string, Uint8Array]>): Uint8Array {
  const headerLength = 12 + 16 * tables.length;
  const total = tables.reduce((sum, [, bytes]) => sum + bytes.length, headerLength);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(tables.length));
  // fontkit writes the tag 'true' (Apple's TrueType tag) where most writers put 0x00010000.
  out.set([0x74, 0x72, 0x75, 0x65], 0);
  view.setUint16(4, tables.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, tables.length * 16 - power * 16);
  let offset = headerLength;
  tables.forEach(([tag, bytes], i) => {
    const record = 12 + 16 * i;
    for (let c = 0; c < 4; c++) out[record + c] = tag.charCodeAt(c);
    // Checksum left at zero, as fontkit leaves it: PDF readers do not check it.
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, bytes.length);
    out.set(bytes, offset);
    offset += bytes.length;
  });
  return out;
}
