// A zip container around entries that are already compressed, so a part deflated once can be
// stored in many documents (deflate-cache.ts). The layout is fflate's zipSync, field for field
// (no extra fields, no comments, UTF-8 flag only for non-ASCII names), so the DOCX bytes are the
// ones earlier jianbao versions wrote; test/render/docx/zip-writer.test.ts compares the two.

export interface ZipEntry {
  name: string;
  /** 0: stored, 8: deflated. */
  method: 0 | 8;
  /** The entry's data as stored: deflated when method is 8. */
  data: Uint8Array;
  /** Uncompressed size and CRC-32 of the original bytes. */
  size: number;
  crc: number;
}

const LOCAL = 30;
const CENTRAL = 46;
const END = 22;
const encoder = new TextEncoder();

/** MS-DOS date and time from the Date's local fields, as zip readers show them. */
function dosDateTime(d: Date): number {
  const year = d.getFullYear() - 1980;
  if (year < 0 || year > 119) throw new Error('zip: entry dates must lie between 1980 and 2099');
  return ((year << 25) | ((d.getMonth() + 1) << 21) | (d.getDate() << 16) | (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1)) >>> 0;
}

export function writeZip(entries: readonly ZipEntry[], mtime: Date): Buffer {
  const time = dosDateTime(mtime);
  const names = entries.map((e) => encoder.encode(e.name));
  let localBytes = 0;
  let centralBytes = 0;
  entries.forEach((e, i) => {
    localBytes += LOCAL + names[i].length + e.data.length;
    centralBytes += CENTRAL + names[i].length;
  });
  const out = Buffer.alloc(localBytes + centralBytes + END);
  let at = 0;
  let central = localBytes;
  entries.forEach((e, i) => {
    const name = names[i];
    const flags = name.length !== e.name.length ? 0x0800 : 0; // UTF-8 names
    const header = (pos: number, signature: number): number => {
      out.writeUInt32LE(signature, pos);
      pos += 4;
      if (signature === 0x02014b50) pos = out.writeUInt16LE(20, pos); // made by: zip 2.0, MS-DOS
      pos = out.writeUInt16LE(20, pos); // needed to extract: 2.0
      pos = out.writeUInt16LE(flags, pos);
      pos = out.writeUInt16LE(e.method, pos);
      pos = out.writeUInt32LE(time, pos);
      pos = out.writeUInt32LE(e.crc >>> 0, pos);
      pos = out.writeUInt32LE(e.data.length, pos);
      pos = out.writeUInt32LE(e.size, pos);
      pos = out.writeUInt16LE(name.length, pos);
      return out.writeUInt16LE(0, pos); // extra field length
    };
    const offset = at;
    at = header(at, 0x04034b50);
    out.set(name, at);
    at += name.length;
    out.set(e.data, at);
    at += e.data.length;
    // Comment length, disk, internal and external attributes stay zero.
    central = header(central, 0x02014b50) + 10;
    central = out.writeUInt32LE(offset, central);
    out.set(name, central);
    central += name.length;
  });
  out.writeUInt32LE(0x06054b50, central);
  out.writeUInt16LE(entries.length, central + 8);
  out.writeUInt16LE(entries.length, central + 10);
  out.writeUInt32LE(centralBytes, central + 12);
  out.writeUInt32LE(localBytes, central + 16);
  return out;
}
