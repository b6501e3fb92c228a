// What the watch and preview tests share: a copy of the sample series to edit, a wait for a result
// to arrive, and a watcher run around a test body and always stopped after it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RebuildResult } from '../../src/watch/rebuild';
import { watchIssues, type WatchOptions } from '../../src/watch/watch-issues';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

/** A temporary folder holding the sample's series config and the sample issue as issue.yaml. */
export function seriesCopy(prefix = 'jianbao-watch-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), path.join(dir, 'issue.yaml'));
  return dir;
}

/** Resolves with `what()` once it is defined; fails after `ms`, so a missed event fails the test. */
export async function until<T>(what: () => T | undefined, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = what();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Runs `body` once the watcher's first build is in `results`, then stops the watcher. */
export async function whileWatching(
  opts: Omit<WatchOptions, 'signal' | 'onRebuild'>,
  body: (results: RebuildResult[]) => Promise<void>,
): Promise<void> {
  const results: RebuildResult[] = [];
  const stop = new AbortController();
  const watching = watchIssues({ ...opts, signal: stop.signal, onRebuild: (r) => results.push(r) });
  try {
    await until(() => results[0], 30000);
    await body(results);
  } finally {
    stop.abort();
    await watching;
  }
}
