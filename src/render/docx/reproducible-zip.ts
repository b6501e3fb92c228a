// The OPC container, written so that equal parts give equal bytes: a fixed entry order
// ([Content_Types].xml first, as Office writes it), a fixed timestamp on every entry and a fixed
// compression (Node's zlib at level 6); a zip as docx writes it stamps entries with the clock.
// fflate writes the container around entries compressed here (its ZipInputFile takes an entry's
// method, size, CRC and stored bytes): headers, data descriptors, central directory.
import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import type { Parts } from './package-fixups';

/** Content types first, then the package relationships, then every other part by name. */
export function partOrder(parts: Parts): string[] {
  const rank = (name: string) => (name === '[Content_Types].xml' ? 0 : name === '_rels/.rels' ? 1 : 2);
  return Object.keys(parts).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A zip entry stores local wall-clock time, and fflate reads a Date's local fields, so a Date
 * built from the UTC fields of `date` gives the same entry bytes in every time zone. Noon avoids
 * the midnight gaps of daylight-saving changes; zip cannot store dates before 1980.
 */
export function entryTime(date: Date): Date {
  const year = Math.min(2099, Math.max(1980, date.getUTCFullYear()));
  return new Date(year, date.getUTCMonth(), date.getUTCDate(), 12, 0, 0);
}

/** Pictures are already compressed; deflating them again only costs time. */
const storedAsIs = (name: string) => /\.(png|jpe?g)$/i.test(name);
const encoder = new TextEncoder();

/** The parts zipped in partOrder, every entry stamped with the day of `date`. */
export function zipParts(parts: Parts, date: Date): Buffer {
  const mtime = entryTime(date);
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  // Entries are handed over whole, so fflate calls back synchronously, before end() returns.
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const name of partOrder(parts)) {
    const part = parts[name];
    const bytes = typeof part === 'string' ? encoder.encode(part) : part;
    const stored = storedAsIs(name);
    const file: ZipInputFile = { filename: name, size: bytes.length, crc: crc32(bytes), compression: stored ? 0 : 8, mtime };
    zip.add(file);
    file.ondata!(null, (stored ? bytes : deflateRawSync(bytes, { level: 6 })) as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
