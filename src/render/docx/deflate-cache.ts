// Most parts of a DOCX are the same in every issue of a template (styles, theme, settings, font
// table, footers, relationships), and deflating them was most of the zip time of a render. A part
// is deflated once per process and its compressed bytes reused while the same text comes again;
// deflate is deterministic, so a cached entry is byte for byte the one a fresh deflate would give.
// The deflating is Node's zlib, as for the PDF's streams: native, where fflate's JavaScript took
// ~60 ms of a fresh process before V8 had compiled it, and ~3 ms a warm render.
import { crc32, deflateRawSync } from 'node:zlib';
import { LruCache } from './lru-cache';
import type { ZipEntry } from './zip-writer';

/**
 * Parts that carry the issue's own text or title and date: different in every issue, so keeping
 * them would only pay when one issue is rendered again and again (as a benchmark does).
 */
const PER_ISSUE = new Set(['word/document.xml', 'docProps/core.xml']);

/** Characters of part text kept, oldest-used dropped first: a template's shared parts are ~45 000. */
const MAX_CACHED_CHARS = 2_000_000;

const cache = new LruCache<string, Omit<ZipEntry, 'name'>>(MAX_CACHED_CHARS, (text) => text.length);
const encoder = new TextEncoder();

/** Pictures are already compressed; deflating them again only costs time. */
const storedAsIs = (name: string) => /\.(png|jpe?g)$/i.test(name);

function compress(part: string | Uint8Array, stored: boolean): Omit<ZipEntry, 'name'> {
  const bytes = typeof part === 'string' ? encoder.encode(part) : part;
  const data = stored ? bytes : deflateRawSync(bytes, { level: 6 });
  return { method: stored ? 0 : 8, data, size: bytes.length, crc: crc32(bytes) };
}

export function zipEntry(name: string, part: string | Uint8Array): ZipEntry {
  const stored = storedAsIs(name);
  if (typeof part !== 'string' || stored || PER_ISSUE.has(name)) return { name, ...compress(part, stored) };
  let entry = cache.get(part);
  if (!entry) cache.set(part, (entry = compress(part, false)));
  return { name, ...entry };
}
