// The incremental-build manifest: OUT/.jianbao-cache.json records, per output stem, what the
// outputs were made from. It is rewritten atomically at most every SAVE_INTERVAL_MS while issues
// finish, and once at the end: a run killed part-way keeps what it completed except the last
// moments' records (those issues are simply built again); a missing or unreadable manifest only
// means "rebuild". Rewriting it after every issue cost a stringify and an fsync per issue on the
// main thread, which competes with the workers for the same cores.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../output/write-atomic';
import type { Dep } from './fingerprint';

export const CACHE_FILE_NAME = '.jianbao-cache.json';
const SCHEMA = 1;
const SAVE_INTERVAL_MS = 500;

export interface CacheEntry {
  /** sha256 of jianbao's version, the build options and the issue file's bytes. */
  key: string;
  /** The series config found for the issue when it was built (null: none); like every path of
   *  the archive below, relative to the output folder (cache-paths.ts). */
  config: string | null;
  /** Everything else the build read: config, template folder, images, fonts. */
  deps: Dep[];
  /** Output files, relative to the output folder, `/`-separated. */
  outputs: string[];
  /** The issue file, relative to the output folder, `/`-separated (absent in older manifests). */
  source?: string;
}

export class BuildCache {
  private dirty = false;
  private lastSave = 0;

  private constructor(
    readonly file: string | null,
    private readonly entries: Record<string, CacheEntry>,
    /** Why an existing manifest was ignored, when it was. */
    readonly unreadable: string | null,
  ) {}

  /** No manifest at all: issues named one by one are always built and leave no cache behind. */
  static none(): BuildCache {
    return new BuildCache(null, {}, null);
  }

  static load(outDir: string): BuildCache {
    const file = path.join(outDir, CACHE_FILE_NAME);
    if (!fs.existsSync(file)) return new BuildCache(file, {}, null);
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { schema?: number; entries?: Record<string, CacheEntry> };
      if (data.schema !== SCHEMA || typeof data.entries !== 'object' || data.entries === null)
        throw new Error(`unknown format (schema ${String(data.schema)})`);
      return new BuildCache(file, data.entries, null);
    } catch (e) {
      return new BuildCache(file, {}, (e as Error).message);
    }
  }

  get(stem: string): CacheEntry | undefined {
    return Object.prototype.hasOwnProperty.call(this.entries, stem) ? this.entries[stem] : undefined;
  }

  /** Every recorded issue, by output stem. */
  stems(): string[] {
    return Object.keys(this.entries);
  }

  /** Records (or, with null, forgets) one issue; saved when the last save is old enough. */
  set(stem: string, entry: CacheEntry | null): void {
    if (entry) this.entries[stem] = entry;
    else if (!this.get(stem)) return;
    else delete this.entries[stem];
    this.dirty = true;
    if (Date.now() - this.lastSave >= SAVE_INTERVAL_MS) this.flush();
  }

  /** Writes what is not saved yet (call when the run ends). */
  flush(): void {
    if (!this.dirty || !this.file) return;
    this.dirty = false;
    this.lastSave = Date.now();
    const sorted = Object.fromEntries(
      Object.keys(this.entries)
        .sort()
        .map((k) => [k, this.entries[k]]),
    );
    writeFileAtomic(this.file, Buffer.from(`${JSON.stringify({ schema: SCHEMA, entries: sorted })}\n`));
  }
}
