// Reads a source file as text. UTF-8 only (a BOM is tolerated) unless the user names another
// encoding: Windows editors save GBK or UTF-16, and guessing silently would garble names.
import fs from 'node:fs';
import { diag } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { NotRegularError, openRegular } from './regular-file';

export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;
export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'];

export type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

function detectEncoding(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return 'GBK/GB18030';
  } catch {
    return '未知编码 / unknown';
  }
}

/** Line and column (1-based, in characters) of a byte offset that failed to decode. */
function positionOfByte(bytes: Buffer, offset: number): { line: number; col: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, col: [...lines[lines.length - 1]].length + 1 };
}

function firstInvalidUtf8(bytes: Buffer): number {
  // Binary search for the shortest prefix that fails, so the position points at the bad byte.
  let lo = 0;
  let hi = bytes.length;
  const ok = (n: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function decodeSource(bytes: Buffer, file: string, encoding: Encoding = 'utf-8'): ReadResult {
  if (encoding !== 'utf-8') {
    const text = new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
    // A wrong --encoding decodes to replacement characters; say so instead of printing garbage.
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0) {
      const before = text.slice(0, bad).split('\n');
      return { ok: false, diagnostic: diag('JB007', file, { line: before.length, col: before[before.length - 1].length + 1 }, { encoding }) };
    }
    return { ok: true, text };
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  try {
    if (utf16) throw new Error('utf-16');
    // TextDecoder strips a UTF-8 BOM by default.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // UTF-16 gets its own code: its fix is a different --encoding than GBK's.
    if (utf16) return { ok: false, diagnostic: diag('JB006', file, null, { encoding: detectEncoding(bytes), option: bytes[0] === 0xff ? 'utf-16le' : 'utf-16be' }) };
    const pos = positionOfByte(bytes, firstInvalidUtf8(bytes));
    return { ok: false, diagnostic: diag('JB003', file, pos, { encoding: detectEncoding(bytes) }) };
  }
}

export function readSource(file: string, encoding: Encoding = 'utf-8'): ReadResult {
  let bytes: Buffer;
  try {
    if (fs.statSync(file).isDirectory()) return { ok: false, diagnostic: diag('JB002', file, null, { path: file, reason: 'EISDIR' }) };
    const { fd, stat } = openRegular(file);
    try {
      if (stat.size > MAX_SOURCE_BYTES) {
        return { ok: false, diagnostic: diag('JB005', file, null, { size: `${(stat.size / 1048576).toFixed(1)} MB`, limit: '4 MB' }) };
      }
      bytes = fs.readFileSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    if (e instanceof NotRegularError) return { ok: false, diagnostic: diag('JB008', file, null, { path: file, kind: e.kind }) };
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    return { ok: false, diagnostic: diag(code === 'ENOENT' ? 'JB001' : 'JB002', file, null, { path: file, reason: code }) };
  }
  return decodeSource(bytes, file, encoding);
}
