// What the ledger read of each issue file, so an unchanged file is not parsed again. A record is
// keyed by a hash of the file's text (as read with the encoding option), jianbao's and Node's
// versions and the code that decides it (ledger-code.ts), and nothing else. Its own file beside
// the batch manifest (OUT/.jianbao-ledger.json), because series/ sits below batch/ and the two
// are read by different threads at different moments. Missing or unreadable: every file is parsed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../output/write-atomic';
import type { Issue } from '../schema/issue-schema';
import { spanOf } from '../schema/issue-range';
import type { Encoding } from '../source/read';
import { codeHolds, type LedgerCode } from './ledger-code';

export const LEDGER_MEMO_FILE = '.jianbao-ledger.json';
const SCHEMA = 1;

// eslint-disable-next-line @typescript-eslint/no-require-imports -- package.json is data, not a module of ours
const VERSION: string = require('../../package.json').version;

/** An issue's numbers and its own publication.name (null: it names none), or null: it gives the ledger no entry. */
export type LedgerRecord = { issue: Issue['issue']; name: string | null } | null;

interface Stored {
  schema: number;
  code: LedgerCode;
  records: Record<string, unknown>;
  /** sha256 of [code, records] as JSON: a damaged file (a digit changed on disk) is not trusted. */
  sum: string;
}

const sha256 = (data: string) => crypto.createHash('sha256').update(data).digest('hex');
const sumOf = (code: LedgerCode, records: Record<string, unknown>) => sha256(JSON.stringify([code, records]));

function readStored(file: string): Stored | null {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Stored> | null;
    const { code, records, sum } = data ?? {};
    const codeOk = typeof code?.hash === 'string' && Array.isArray(code.files) && code.files.every((f) => typeof f === 'string');
    const recordsOk = typeof records === 'object' && records !== null && !Array.isArray(records);
    return data?.schema === SCHEMA && codeOk && recordsOk && sum === sumOf(code, records) ? (data as Stored) : null;
  } catch {
    return null; // missing, unreadable or not JSON
  }
}

/** The key and the checksum already vouch for a record (the same code wrote it); this only keeps
 *  a memo made by hand, checksum and all, from crashing the ledger. */
function validRecord(value: unknown): value is LedgerRecord {
  if (value === null) return true;
  const { issue, name } = (value ?? {}) as { issue?: { number?: unknown; total?: unknown; date?: unknown }; name?: unknown };
  const count = (n: unknown) => n === undefined || Number.isSafeInteger(n) || (typeof n === 'string' && spanOf(n) !== null);
  return (name === null || typeof name === 'string') && typeof issue?.date === 'string' && count(issue.number) && count(issue.total);
}

export class LedgerMemo {
  private readonly used = new Map<string, LedgerRecord>();
  private readonly salt: string;

  private constructor(
    private readonly file: string | null,
    private readonly code: LedgerCode,
    private readonly stored: Stored | null,
    encoding: Encoding | undefined,
    version: string,
  ) {
    this.salt = JSON.stringify({ version, node: process.version, encoding: encoding ?? null, code: code.hash });
  }

  /** No memo: every file is parsed, nothing kept. */
  static none(): LedgerMemo {
    return new LedgerMemo(null, { files: [], hash: '' }, null, undefined, VERSION);
  }

  /** The memo in output folder `outDir` (null: records are neither read nor kept), for records decided by
   *  `code`; `fresh` (build --force): the stored records are not read, only replaced. */
  static load(
    outDir: string | null,
    encoding: Encoding | undefined,
    code: LedgerCode,
    opts: { fresh?: boolean; version?: string } = {},
  ): LedgerMemo {
    const file = outDir === null ? null : path.join(outDir, LEDGER_MEMO_FILE);
    return new LedgerMemo(file, code, file === null || opts.fresh ? null : readStored(file), encoding, opts.version ?? VERSION);
  }

  /** The memo in `outDir` for the code that wrote it, if that code's files are unchanged; null otherwise. */
  static loadIfCodeHolds(outDir: string, encoding: Encoding | undefined, version = VERSION): LedgerMemo | null {
    const file = path.join(outDir, LEDGER_MEMO_FILE);
    const stored = readStored(file);
    return stored && codeHolds(stored.code) ? new LedgerMemo(file, stored.code, stored, encoding, version) : null;
  }

  /** The text is hashed as the UTF-16 code units JavaScript holds it in: no re-encoding (a third of the time of UTF-8). */
  key(text: string): string {
    return crypto.createHash('sha256').update(this.salt).update('\0').update(text, 'utf16le').digest('hex');
  }

  /** The stored record for this key, or undefined when there is none (or it is malformed). */
  get(key: string): LedgerRecord | undefined {
    const records = this.stored?.records;
    if (!records || !Object.prototype.hasOwnProperty.call(records, key) || !validRecord(records[key])) return undefined;
    this.used.set(key, records[key]);
    return records[key];
  }

  set(key: string, record: LedgerRecord): void {
    this.used.set(key, record);
  }

  /** The memo's new text: this run's records only, or null when that is what is stored already. */
  update(): { file: string; text: string } | null {
    if (!this.file) return null;
    const keys = [...this.used.keys()].sort();
    const old = this.stored;
    const same =
      old !== null &&
      old.code.hash === this.code.hash &&
      keys.length === Object.keys(old.records).length &&
      keys.every((k) => this.used.get(k) === old.records[k]);
    if (same) return null;
    const records = Object.fromEntries(keys.map((k) => [k, this.used.get(k)]));
    const stored: Stored = { schema: SCHEMA, code: this.code, records, sum: sumOf(this.code, records) };
    return { file: this.file, text: `${JSON.stringify(stored)}\n` };
  }
}

/** Writes the memo; one that cannot be written only means the next run parses again. */
export function saveLedgerMemo(update: { file: string; text: string } | null): void {
  if (!update) return;
  try {
    writeFileAtomic(update.file, Buffer.from(update.text));
  } catch {
    // An output folder that cannot be written is reported by the batch; the memo is only a saving.
  }
}
