// Font files rearranged for tests: a face's tables laid out again in another order, and a
// TrueType collection (.ttc) built from single-face fonts.

const directorySize = (font: Buffer) => 12 + 16 * font.readUInt16BE(4);

/**
 * A face's table directory and its tables, each padded to 4 bytes and placed from `dataAt` on:
 * the tables tagged in `first` first, the rest in directory order. The directory's offsets are
 * rewritten to match.
 */
export function copyTables(font: Buffer, dataAt: number, first: string[] = []): { dir: Buffer; parts: Buffer[] } {
  const dir = Buffer.from(font.subarray(0, directorySize(font)));
  const records = Array.from({ length: font.readUInt16BE(4) }, (_, i) => 12 + 16 * i);
  const rank = (rec: number) => {
    const at = first.indexOf(font.toString('latin1', rec, rec + 4));
    return at < 0 ? first.length : at;
  };
  const parts: Buffer[] = [];
  for (const rec of [...records].sort((a, b) => rank(a) - rank(b))) {
    const [offset, length] = [font.readUInt32BE(rec + 8), font.readUInt32BE(rec + 12)];
    const padded = Buffer.alloc((length + 3) & ~3);
    font.copy(padded, 0, offset, offset + length);
    dir.writeUInt32BE(dataAt, rec + 8);
    parts.push(padded);
    dataAt += padded.length;
  }
  return { dir, parts };
}

/** A face with the tables tagged in `first` moved to the front of its data. */
export function reorderTables(font: Buffer, first: string[]): Buffer {
  const { dir, parts } = copyTables(font, directorySize(font), first);
  return Buffer.concat([dir, ...parts]);
}

/** A `ttcf` header with one table directory per face, every table copied after them. */
export function makeCollection(fonts: Buffer[]): Buffer {
  const header = 12 + 4 * fonts.length;
  let dataAt = header + fonts.reduce((n, f) => n + directorySize(f), 0);
  const parts: Buffer[] = [];
  const dirs: Buffer[] = [];
  for (const font of fonts) {
    const copied = copyTables(font, dataAt);
    dirs.push(copied.dir);
    parts.push(...copied.parts);
    dataAt += copied.parts.reduce((n, p) => n + p.length, 0);
  }
  const head = Buffer.alloc(header);
  head.write('ttcf', 0, 'latin1');
  head.writeUInt32BE(0x00010000, 4);
  head.writeUInt32BE(fonts.length, 8);
  let at = header;
  dirs.forEach((d, i) => {
    head.writeUInt32BE(at, 12 + 4 * i);
    at += d.length;
  });
  return Buffer.concat([head, ...dirs, ...parts]);
}
