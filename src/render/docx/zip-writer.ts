// The zip container around entries that are already compressed, so a part deflated once can be
// stored in many documents (deflate-cache.ts). fflate's streaming Zip takes such entries as they
// are (an entry names its method, size and CRC and hands over its stored bytes), so the
// container itself stays fflate's: headers, data descriptors, central directory.
import { Zip, type ZipInputFile } from 'fflate';

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

/** The entries in order, each stamped with `mtime` (read from the Date's local fields). */
export function writeZip(entries: readonly ZipEntry[], mtime: Date): Buffer {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  // Entries are handed over whole, so fflate calls back synchronously, before end() returns.
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const entry of entries) {
    const file: ZipInputFile = { filename: entry.name, size: entry.size, crc: entry.crc, compression: entry.method, mtime };
    zip.add(file);
    file.ondata!(null, entry.data as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
