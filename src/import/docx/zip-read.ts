// Opens a .docx safely: refuses empty, non-zip, encrypted and oversized packages from the zip's
// central directory before anything is inflated, then inflates only the parts asked for. fflate
// sizes each output buffer from the directory, so a forged size cannot make it grow further.
import { unzipSync } from 'fflate';

export const LIMITS = {
  /** Any one part once inflated (an image, document.xml). */
  entryBytes: 50 * 1024 * 1024,
  /** All parts we inflate together. */
  totalBytes: 150 * 1024 * 1024,
  /** Inflated/stored beyond this on a big entry is a zip bomb, not a document. */
  ratio: 200,
  entries: 5000,
};

export type ZipFailure =
  | { why: 'empty' }
  | { why: 'not-zip' }
  | { why: 'encrypted' }
  | { why: 'ole'; encrypted: boolean }
  | { why: 'too-big'; entry: string; size: number; limit: number }
  | { why: 'bomb'; entry: string; size: number }
  | { why: 'corrupt'; reason: string };

export interface ZipEntryInfo {
  name: string;
  size: number;
  originalSize: number;
}

export type ZipOpen =
  { ok: true; entries: Map<string, ZipEntryInfo>; read: (names: string[]) => Map<string, Uint8Array> } | { ok: false; failure: ZipFailure };

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Central-directory flags (fflate does not report them): bit 0 means the entry is encrypted. */
function anyEncrypted(b: Buffer): boolean | null {
  const from = Math.max(0, b.length - 65557);
  const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < from) return null;
  const count = b.readUInt16LE(eocd + 10);
  let at = b.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || b.readUInt32LE(at) !== 0x02014b50) return null;
    if (b.readUInt16LE(at + 8) & 1) return true;
    at += 46 + b.readUInt16LE(at + 28) + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return false;
}

export function openZip(bytes: Buffer): ZipOpen {
  if (bytes.length === 0) return { ok: false, failure: { why: 'empty' } };
  // Word saves a password-protected .docx as an OLE compound file holding an EncryptedPackage.
  if (bytes.subarray(0, 8).equals(OLE)) {
    const encrypted = bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'));
    return { ok: false, failure: { why: 'ole', encrypted } };
  }
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50) return { ok: false, failure: { why: 'not-zip' } };
  const encrypted = anyEncrypted(bytes);
  if (encrypted === null) return { ok: false, failure: { why: 'corrupt', reason: 'no readable zip directory' } };
  if (encrypted) return { ok: false, failure: { why: 'encrypted' } };
  const entries = new Map<string, ZipEntryInfo>();
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries.set(f.name, { name: f.name, size: f.size, originalSize: f.originalSize });
        return false;
      },
    });
  } catch (e) {
    return { ok: false, failure: { why: 'corrupt', reason: (e as Error).message } };
  }
  if (entries.size > LIMITS.entries) return { ok: false, failure: { why: 'corrupt', reason: `${entries.size} entries` } };
  for (const e of entries.values()) {
    if (e.originalSize > LIMITS.entryBytes)
      return { ok: false, failure: { why: 'too-big', entry: e.name, size: e.originalSize, limit: LIMITS.entryBytes } };
    if (e.originalSize > 1024 * 1024 && e.originalSize > LIMITS.ratio * Math.max(1, e.size))
      return { ok: false, failure: { why: 'bomb', entry: e.name, size: e.originalSize } };
  }
  const read = (names: string[]) => {
    const want = new Set(names.filter((n) => entries.has(n)));
    const total = [...want].reduce((s, n) => s + entries.get(n)!.originalSize, 0);
    if (total > LIMITS.totalBytes) throw new ZipLimitError({ why: 'too-big', entry: '*', size: total, limit: LIMITS.totalBytes });
    try {
      return new Map(Object.entries(unzipSync(bytes, { filter: (f) => want.has(f.name) })));
    } catch (e) {
      throw new ZipLimitError({ why: 'corrupt', reason: (e as Error).message });
    }
  };
  return { ok: true, entries, read };
}

/** Thrown by `read` only; the DOCX reader turns it back into a diagnostic. */
export class ZipLimitError extends Error {
  constructor(readonly failure: ZipFailure) {
    super(failure.why);
  }
}
