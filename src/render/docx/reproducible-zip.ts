// The OPC container, written so that equal parts give equal bytes: a fixed entry order
// ([Content_Types].xml first, as Office writes it), a fixed timestamp on every entry, a fixed
// compression level (deflate-cache.ts). A zip as docx writes it stamps entries with the clock.
import { zipEntry } from './deflate-cache';
import type { Parts } from './package-fixups';
import { writeZip } from './zip-writer';

/** Content types first, then the package relationships, then every other part by name. */
export function partOrder(parts: Parts): string[] {
  const rank = (name: string) => (name === '[Content_Types].xml' ? 0 : name === '_rels/.rels' ? 1 : 2);
  return Object.keys(parts).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A zip entry stores local wall-clock time, and the zip writer reads a Date's local fields, so a
 * Date built from the UTC fields of `date` gives the same entry bytes in every time zone. Noon
 * avoids the midnight gaps of daylight-saving changes; zip cannot store dates before 1980.
 */
export function entryTime(date: Date): Date {
  const year = Math.min(2099, Math.max(1980, date.getUTCFullYear()));
  return new Date(year, date.getUTCMonth(), date.getUTCDate(), 12, 0, 0);
}

export function zipParts(parts: Parts, date: Date): Buffer {
  return writeZip(partOrder(parts).map((name) => zipEntry(name, parts[name])), entryTime(date));
}
