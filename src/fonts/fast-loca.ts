// Owns a faster reading of a TrueType face's `loca` table (where each glyph's outline starts).
// fontkit decodes it value by value through its generic structure reader: 8–11 ms for one of
// the bundled 31,000-glyph faces, paid for each face in each fresh process before the first
// glyph is measured or embedded. The table is a plain array of big-endian offsets, so it is read
// here straight from the bytes and handed to fontkit as its own decoder would leave it, the
// offsets in a typed array (test/fonts/fast-loca.test.ts compares the two). Anything unusual is
// left to fontkit.
import type { Font } from 'fontkit';

/** fontkit's parsed-table cache and the parts of a face this reads. */
interface FaceInternals {
  _tables: Record<string, unknown>;
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  stream: { buffer: Uint8Array };
  head: { indexToLocFormat: number };
}

/**
 * Offsets as fontkit's loca decoder leaves them (short offsets doubled, marked processed), in a
 * Uint32Array: fontkit only ever indexes them. Byte-swapped by Buffer's native swap rather than
 * read value by value, which a fresh process does in V8's interpreter (~3 ms a face).
 */
export function readLoca(bytes: Uint8Array, offset: number, length: number, format: number): { version: number; offsets: Uint32Array; _processed?: boolean } | null {
  const size = format === 0 ? 2 : format === 1 ? 4 : 0;
  if (size === 0 || offset + length > bytes.length) return null;
  const count = Math.floor(length / size);
  const raw = new Uint8Array(count * size);
  raw.set(bytes.subarray(offset, offset + count * size));
  if (format === 1) {
    Buffer.from(raw.buffer).swap32();
    return { version: 1, offsets: new Uint32Array(raw.buffer) };
  }
  Buffer.from(raw.buffer).swap16();
  const offsets = new Uint32Array(new Uint16Array(raw.buffer));
  for (let i = 0; i < count; i++) offsets[i] *= 2;
  return { version: 0, offsets, _processed: true };
}

/** Puts the loca table of `font` in fontkit's table cache, unless fontkit already has it. */
export function preloadLoca(font: Font): void {
  const face = font as unknown as Partial<FaceInternals>;
  const entry = face.directory?.tables.loca;
  if (!face._tables || 'loca' in face._tables || !entry || !face.stream?.buffer) return;
  const loca = readLoca(face.stream.buffer, entry.offset, entry.length, face.head?.indexToLocFormat ?? -1);
  if (loca) face._tables.loca = loca;
}
