// Builds a TrueType collection (.ttc) from single-face fonts, for tests: a `ttcf` header with
// one table directory per face, every table copied after them with its offset rewritten.
export function makeCollection(fonts: Buffer[]): Buffer {
  const dirSize = (f: Buffer) => 12 + 16 * f.readUInt16BE(4);
  const header = 12 + 4 * fonts.length;
  let dataAt = header + fonts.reduce((n, f) => n + dirSize(f), 0);
  const parts: Buffer[] = [];
  const dirs: Buffer[] = [];
  for (const font of fonts) {
    const dir = Buffer.from(font.subarray(0, dirSize(font)));
    for (let i = 0; i < font.readUInt16BE(4); i++) {
      const rec = 12 + 16 * i;
      const [offset, length] = [font.readUInt32BE(rec + 8), font.readUInt32BE(rec + 12)];
      const padded = Buffer.alloc((length + 3) & ~3);
      font.copy(padded, 0, offset, offset + length);
      dir.writeUInt32BE(dataAt, rec + 8);
      parts.push(padded);
      dataAt += padded.length;
    }
    dirs.push(dir);
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
