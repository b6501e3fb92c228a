// The code that decides a ledger record (ledger-memo.ts): the files of every module the ledger
// thread has loaded (ours and yaml's, zod's …). In that thread's fresh module registry this is
// exactly what requiring build-ledger loads, so the same code always gives the same list; the
// list is kept in the memo, and its files hashed again before a run trusts the memo's records.
import crypto from 'node:crypto';
import path from 'node:path';
import { readRegular } from '../source/regular-file';

export interface LedgerCode {
  /** Absolute paths, sorted. */
  files: string[];
  /** sha256 of each file's path and bytes, in order. */
  hash: string;
}

/** Regular files only: a memo naming a FIFO or a device among its files cannot make a run hang. */
export function hashCode(files: readonly string[]): string {
  const hash = crypto.createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(readRegular(file)).update('\0');
  return hash.digest('hex');
}

/** The modules loaded so far into this thread (built-ins have no file). */
export function loadedCode(): LedgerCode {
  const files = Object.keys(require.cache)
    .filter((f) => path.isAbsolute(f))
    .sort();
  return { files, hash: hashCode(files) };
}

/** Whether `code`'s files still hold the bytes it was hashed from (a file gone: no). */
export function codeHolds(code: LedgerCode): boolean {
  try {
    return hashCode(code.files) === code.hash;
  } catch {
    return false;
  }
}
