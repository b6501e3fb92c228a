// Owns reading a TrueType face without its glyph outlines until they are needed. The bundled
// CJK faces are 10–15 MB each, 97% of it the `glyf` table, of which an issue uses ~2,000 glyphs
// (~0.7 MB). Reading whole files cost a fresh process ~50–70 ms of a core, kept ~55 MB resident
// in every process that sets a PDF (the build server, each batch worker), and V8 counts those
// bytes as external memory, which starts its collections early. Here everything before `glyf`
// is read at once (cmap, hmtx, loca, GSUB, GPOS…), into a buffer of the file's size whose outline
// part stays zero (untouched pages of a zeroed allocation cost no memory), and a glyph's bytes
// are read into their place the first time anything asks for that glyph: fontkit through
// getGlyph (shaping, compound parts, pdfkit's metrics), subset-cache.ts before it copies a
// glyph into a subset. Faces laid out otherwise (glyf not last, collections, CFF, WOFF) are read
// whole, as before. test/fonts/outlines-on-demand.test.ts renders with the unread parts filled
// with garbage and compares the files with whole reads.
import fs from 'node:fs';
import type { Font } from 'fontkit';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import { openRegular } from '../source/regular-file';

/** A face's bytes as read; when its outlines were left out, what ties them to the parsed face. */
export interface FaceRead {
  bytes: Buffer;
  /** Makes the reader of the outlines for the face fontkit parsed from `bytes`; null when read whole. */
  attachOutlines: ((font: Font) => OutlineReader) | null;
}

interface Table {
  offset: number;
  length: number;
}

/** Size and modification time: outlines are only read from the file the rest came from. */
type Stamp = { size: number; mtimeMs: number };

/** Test hook: the byte unread outline parts hold (0: a zeroed buffer, which costs no memory). */
let unreadFill = 0;
export function fillUnreadOutlinesWith(byte: number): void {
  unreadFill = byte;
}

/** Reads `length` bytes at `position` into `into` at `at`, however many reads that takes. */
function readFully(fd: number, into: Buffer, at: number, length: number, position: number, file: string): void {
  let done = 0;
  while (done < length) {
    const count = fs.readSync(fd, into, at + done, length - done, position + done);
    if (count === 0) throw new Error(`${file} ended early (cut off while being read?)`);
    done += count;
  }
}

/**
 * The glyf table of a single TrueType face whose outlines come last in the file, or null when the
 * face is laid out any other way (then it is read whole). The directory is checked by
 * sfnt-bounds.ts afterwards, as for a whole read.
 */
function trailingGlyf(head: Buffer, size: number): Table | null {
  const version = head.readUInt32BE(0);
  if (version !== 0x00010000 && head.toString('latin1', 0, 4) !== 'true') return null;
  const count = head.readUInt16BE(4);
  if (12 + count * 16 > head.length) return null;
  let glyf: Table | null = null;
  let hasLoca = false;
  let othersEnd = 12 + count * 16;
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = head.toString('latin1', record, record + 4);
    const table = { offset: head.readUInt32BE(record + 8), length: head.readUInt32BE(record + 12) };
    if (tag === 'glyf') glyf = table;
    else {
      if (tag === 'loca') hasLoca = true;
      othersEnd = Math.max(othersEnd, table.offset + table.length);
    }
  }
  if (!glyf || !hasLoca || glyf.offset < othersEnd || glyf.offset + glyf.length > size) return null;
  return glyf;
}

/** Reads a font file: a TrueType face with its outlines last without them, anything else whole. */
export function readFace(file: string): FaceRead {
  // A FIFO or device named as a font would block or never end: regular files only.
  const { fd, stat } = openRegular(file);
  try {
    const size = stat.size;
    // The table directory of a face with up to 64 tables; more, and the whole file is read.
    const head = Buffer.alloc(Math.min(size, 12 + 64 * 16));
    readFully(fd, head, 0, head.length, 0, file);
    const glyf = head.length >= 12 && process.env.JIANBAO_WHOLE_FONTS !== '1' ? trailingGlyf(head, size) : null;
    if (!glyf) {
      const bytes = Buffer.allocUnsafe(size);
      readFully(fd, bytes, 0, size, 0, file);
      return { bytes, attachOutlines: null };
    }
    const bytes = unreadFill === 0 ? Buffer.alloc(size) : Buffer.alloc(size, unreadFill);
    readFully(fd, bytes, 0, glyf.offset, 0, file);
    const stamp = { size, mtimeMs: stat.mtimeMs };
    return { bytes, attachOutlines: (font) => new OutlineReader(file, bytes, glyf, stamp, font) };
  } finally {
    fs.closeSync(fd);
  }
}

/** A font file changed (in place) between reading its tables and reading an outline from it. */
export class FontChanged extends Error {
  constructor(readonly path: string) {
    super(`${path} changed while jianbao was using it; build again`);
  }
}

/** JB605 at `file` (the issue or output being built) when `e` is a FontChanged; null otherwise. */
export function fontChangedDiagnostic(e: unknown, file: string): Diagnostic | null {
  return e instanceof FontChanged ? diag('JB605', file, null, { path: e.path }) : null;
}

const readers = new WeakMap<Font, OutlineReader>();

/** The outline reader of a face opened by readFace without its outlines; null for whole reads. */
export function outlinesOf(font: Font): OutlineReader | null {
  return readers.get(font) ?? null;
}

/** fontkit's face as the reader uses it: loca offsets, and the one door to a glyph object. */
interface FaceInternals {
  loca: { offsets: ArrayLike<number> };
  getGlyph(id: number, codePoints?: number[]): unknown;
}

function ascendingWithin(offsets: ArrayLike<number>, length: number): boolean {
  for (let i = 1; i < offsets.length; i++) if (offsets[i] < offsets[i - 1]) return false;
  return offsets.length === 0 || offsets[offsets.length - 1] <= length;
}

export class OutlineReader {
  /** Per glyph: 1 once its bytes are in the buffer. */
  private readonly loaded: Uint8Array;
  private readonly offsets: ArrayLike<number>;
  /** Kept open while one stretch of synchronous work reads glyphs, closed on the next turn. */
  private fd: number | null = null;

  /**
   * The reader of the outlines of `font`, the face fontkit parsed from `bytes` (its loca read):
   * every glyph fontkit makes (and so every outline it decodes) passes through getGlyph, which
   * now reads the glyph's bytes first. Glyph 0 is read at once: pdfkit measures it on a face of
   * its own made from the same bytes.
   */
  constructor(
    private readonly file: string,
    private readonly bytes: Buffer,
    private readonly glyf: Table,
    private readonly stamp: Stamp,
    font: Font,
  ) {
    const face = font as unknown as FaceInternals;
    this.offsets = face.loca.offsets;
    this.loaded = new Uint8Array(Math.max(0, this.offsets.length - 1));
    // A glyph's bytes are those between its offset and the next; offsets that go back or past the
    // table (a malformed font fontkit still reads) leave no such range: read every outline now.
    if (!ascendingWithin(this.offsets, this.glyf.length)) {
      readFully(this.openFile(), this.bytes, this.glyf.offset, this.glyf.length, this.glyf.offset, this.file);
      this.loaded.fill(1);
    }
    const getGlyph = face.getGlyph;
    const ensure = (id: number) => this.ensure([id]);
    face.getGlyph = function getGlyphRead(this: FaceInternals, id: number, codePoints?: number[]) {
      ensure(id);
      return getGlyph.call(this, id, codePoints);
    };
    readers.set(font, this);
    this.ensure([0]);
  }

  /** Reads the bytes of those of `ids` not read yet; neighbours in the file in one read. */
  ensure(ids: Iterable<number>): void {
    const { loaded, offsets } = this;
    let wanted: number[] | null = null;
    for (const id of ids) {
      if (id >= 0 && id < loaded.length && loaded[id] === 0) (wanted ??= []).push(id);
    }
    if (!wanted) return;
    wanted.sort((a, b) => a - b);
    const fd = this.openFile();
    for (let i = 0; i < wanted.length; ) {
      // Glyphs a few hundred bytes apart cost less as one read than as several.
      let j = i;
      while (j + 1 < wanted.length && offsets[wanted[j + 1]] - offsets[wanted[j] + 1] <= 512) j++;
      const start = offsets[wanted[i]];
      const end = offsets[wanted[j] + 1];
      if (end > start) readFully(fd, this.bytes, this.glyf.offset + start, end - start, this.glyf.offset + start, this.file);
      for (let k = i; k <= j; k++) loaded[wanted[k]] = 1;
      i = j + 1;
    }
  }

  private openFile(): number {
    if (this.fd !== null) return this.fd;
    const fd = fs.openSync(this.file, 'r');
    const stat = fs.fstatSync(fd);
    if (stat.size !== this.stamp.size || stat.mtimeMs !== this.stamp.mtimeMs) {
      fs.closeSync(fd);
      throw new FontChanged(this.file);
    }
    this.fd = fd;
    // Closed once the current synchronous work is done: a face lives as long as the process,
    // and an open file would keep a replaced font's old copy on disk (or, on Windows, locked).
    setImmediate(() => {
      this.fd = null;
      fs.closeSync(fd);
    }).unref();
    return fd;
  }
}
