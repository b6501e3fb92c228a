// Reads a source file as text. UTF-8 (a BOM is tolerated), the encoding the user names, or a
// file that is clearly GB18030 or UTF-16 (Windows editors save those) read with a warning:
// guessing silently would garble names, so anything unclear is an error.
import fs from 'node:fs';
import path from 'node:path';
import { diag } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { NotRegularError, openRegular } from './regular-file';

export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;
export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'];

/** `note`: the file was not UTF-8 but clearly GB18030 or UTF-16, and was read as such (JB811). */
export type ReadResult = { ok: true; text: string; note?: Diagnostic } | { ok: false; diagnostic: Diagnostic };

/**
 * UTF-16 saved without a byte-order mark: the keys, spaces and line breaks of YAML are ASCII, so
 * every such character leaves a zero byte on one side of its pair, and UTF-8 text has none.
 */
function utf16WithoutBom(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0 || bytes.indexOf(0) < 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = bytes.length / 2;
  // A few hanzi have a zero byte too (开 is U+5F00): the other side may hold a few.
  if (odd >= pairs * 0.1 && even * 8 < odd) return 'utf-16le';
  if (even >= pairs * 0.1 && odd * 8 < even) return 'utf-16be';
  return null;
}

/** The encoding the bytes clearly are, as named to the editor; undefined when unclear. */
function detectEncoding(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16.toUpperCase();
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return 'GBK/GB18030';
  } catch {
    return undefined;
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
      return {
        ok: false,
        diagnostic: diag('JB007', file, { line: before.length, col: before[before.length - 1].length + 1 }, { encoding }),
      };
    }
    return { ok: true, text };
  }
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : utf16WithoutBom(bytes);
  try {
    if (utf16) throw new Error('utf-16');
    // TextDecoder strips a UTF-8 BOM by default.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // UTF-16 gets its own code: its fix is a different --encoding than GBK's.
    if (utf16) return { ok: false, diagnostic: diag('JB006', file, null, { encoding: detectEncoding(bytes)!, option: utf16 }) };
    const pos = positionOfByte(bytes, firstInvalidUtf8(bytes));
    const encoding = detectEncoding(bytes);
    return { ok: false, diagnostic: diag('JB003', file, pos, encoding ? { encoding } : {}) };
  }
}

/**
 * Nearly every multi-byte character is in GB2312 (the common hanzi and full-width punctuation a
 * Windows "ANSI" save of Chinese text is made of): random bytes mostly land elsewhere.
 */
function clearlyGb2312(bytes: Buffer): boolean {
  let all = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    all++;
    const four = bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39;
    if (bytes[i] >= 0xa1 && bytes[i] <= 0xf7 && bytes[i + 1] >= 0xa1 && bytes[i + 1] <= 0xfe) common++;
    i += four ? 3 : 1;
  }
  return all >= 2 && common >= all * 0.9;
}

/**
 * A file that failed strict UTF-8 but is clearly one encoding (a UTF-16 byte-order mark, or
 * bytes that decode as GB18030 into Chinese text) is read as that, with a warning that offers
 * `check --fix` to re-save it as UTF-8. Anything less certain stays an error.
 */
function readClearEncoding(bytes: Buffer, file: string, refused: Diagnostic): ReadResult {
  // FF FE 00 00 is UTF-32LE's mark, which only starts like UTF-16LE's.
  const utf32 = bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0;
  const encoding: Encoding | null = utf32
    ? null
    : refused.code === 'JB006'
      ? (refused.args.option as Encoding)
      : refused.args.encoding === 'GBK/GB18030'
        ? 'gb18030'
        : null;
  if (!encoding) return { ok: false, diagnostic: refused };
  const read = decodeSource(bytes, file, encoding);
  if (!read.ok || (encoding === 'gb18030' && !clearlyGb2312(bytes))) return { ok: false, diagnostic: refused };
  // `check --fix` re-saves an issue file: its zero-length edit makes fix-file write the text back,
  // as UTF-8. A series config is never checked by name, so the editor re-saves it by hand.
  const note = diag('JB811', file, null, { encoding: String(refused.args.encoding) });
  if (path.basename(file) === 'jianbao.config.yaml') return { ok: true, text: read.text, note };
  const fixable = { ...note, args: { ...note.args, fix: `jianbao check --fix ${file}` }, fixes: [{ offset: 0, length: 0, text: '' }] };
  return { ok: true, text: read.text, note: fixable };
}

/** `encoding` unset: UTF-8, or a clearly recognised GB18030/UTF-16 file with a warning. */
export function readSource(file: string, encoding?: Encoding): ReadResult {
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
  return decodeAsRead(bytes, file, encoding);
}

/** The bytes decoded as `readSource` decodes a file's: the named encoding, else UTF-8 or a clear one. */
export function decodeAsRead(bytes: Buffer, file: string, encoding?: Encoding): ReadResult {
  const read = decodeSource(bytes, file, encoding);
  return read.ok || encoding !== undefined ? read : readClearEncoding(bytes, file, read.diagnostic);
}
