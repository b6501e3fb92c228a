// Watches issue files and everything each one was built from (the issue, its config, its images,
// its template folder) and rebuilds an issue, debounced, when one of them changes. Folders are
// watched rather than files, because editors often save by writing a new file and renaming it
// over the old one, which ends a watch on the file itself. Node's recursive watch on Linux is
// such a watch on each file (it keeps the replaced file: later saves go unseen, and closing the
// replaced file reports one more change), so it serves only to find issue files saved into a
// folder later; what a build read is watched folder by folder. Stops when the signal aborts.
import fs from 'node:fs';
import path from 'node:path';
import type { Format } from '../render/registry';
import type { Encoding } from '../source/read';
import { BuildContext } from '../pipeline/build-context';
import { rebuildIssue, type RebuildResult } from './rebuild';

export interface WatchOptions {
  files: string[];
  /** Folders named on the command line: an issue file that appears in one later is watched too. */
  roots?: string[];
  /** Whether a new file in a root is an issue file (a .yaml that is not a config or manifest, not
   *  in a drafts folder), given its `/`-separated path below the root. */
  isIssueFile?(relative: string): boolean;
  /** Output path per issue, without extension (src/output/output-paths.ts, as build's); null
   *  keeps the outputs in memory only (RebuildResult.bytes), as preview does. */
  outStemOf(file: string): string | null;
  formatsOf(file: string): readonly Format[];
  signal: AbortSignal;
  onRebuild(result: RebuildResult): void;
  debounceMs?: number;
  date?: Date;
  encoding?: Encoding;
  /** The series ledger (`watch DIR`), read before the first builds and again before the first build
   *  after a change: the issue files (resolved) it holds back are not built. */
  ledger?(): Promise<ReadonlySet<string>>;
  /** Said instead of building an issue the ledger holds back. */
  onHeld?(file: string): void;
}

interface Watched {
  files: Set<string>;
  folders: string[];
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
  dirty: boolean;
}

const inside = (folder: string, file: string) => {
  const rel = path.relative(folder, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};

export async function watchIssues(opts: WatchOptions): Promise<void> {
  const debounce = opts.debounceMs ?? 60;
  const state = new Map<string, Watched>();
  const context = new BuildContext();
  const watchers = new Map<string, fs.FSWatcher>();

  /** `dir` watched for `onName(full path)`; the key tells a root's watch from a folder's. */
  const ensureWatching = (key: string, dir: string, recursive: boolean, onName: (full: string) => void) => {
    if (watchers.has(key) || opts.signal.aborted || !fs.existsSync(dir)) return;
    const watcher = fs.watch(dir, { recursive }, (_event, name) => {
      if (name) onName(path.join(dir, name.toString()));
    });
    watcher.on('error', () => watchers.delete(key));
    watchers.set(key, watcher);
  };
  const watchFolder = (dir: string) => ensureWatching(dir, dir, false, changed);
  /** A template folder and the folders in it (partials/), each on its own. */
  const watchTree = (dir: string) => {
    watchFolder(dir);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) if (e.isDirectory()) watchTree(path.join(dir, e.name));
  };

  // One ledger read per burst of changes, shared by the builds it lets through.
  let heldNow: Promise<ReadonlySet<string>> | null = null;
  let heldBefore: ReadonlySet<string> = new Set();
  const held = (): Promise<ReadonlySet<string>> => {
    if (heldNow) return heldNow;
    heldNow = (opts.ledger ? opts.ledger() : Promise.resolve(new Set<string>())).then((now) => {
      // An issue held back only because of another's number is built once that one is mended.
      for (const file of state.keys()) if (heldBefore.has(path.resolve(file)) && !now.has(path.resolve(file))) schedule(file);
      heldBefore = now;
      return now;
    });
    return heldNow;
  };

  const build = async (file: string) => {
    const w = state.get(file) as Watched;
    if ((await held()).has(path.resolve(file))) {
      if (!opts.signal.aborted) opts.onHeld?.(file);
      return;
    }
    const stem = opts.outStemOf(file);
    const result = await rebuildIssue(file, stem === null ? null : { stem }, opts.formatsOf(file), {
      date: opts.date,
      encoding: opts.encoding,
      context,
    });
    w.files = new Set(result.files);
    w.folders = result.folders;
    for (const f of result.files) watchFolder(path.dirname(f));
    for (const d of result.folders) watchTree(d);
    if (!opts.signal.aborted) opts.onRebuild(result);
  };

  // One build at a time per issue; a change during a build queues exactly one more.
  const schedule = (file: string) => {
    const w = state.get(file) as Watched;
    if (w.timer) clearTimeout(w.timer);
    w.timer = setTimeout(() => {
      w.timer = null;
      if (w.running) {
        w.dirty = true;
        return;
      }
      const run = async () => {
        do {
          w.dirty = false;
          await build(file);
        } while (w.dirty && !opts.signal.aborted);
        w.running = null;
      };
      w.running = run();
    }, debounce);
  };

  const track = (file: string) => {
    state.set(file, { files: new Set([path.resolve(file)]), folders: [], timer: null, running: null, dirty: false });
    watchFolder(path.dirname(path.resolve(file)));
  };

  /** A new issue file saved into a watched root folder: watch it from now on and build it. */
  const discovered = (full: string): boolean => {
    const roots = (opts.roots ?? []).map((r) => path.resolve(r));
    const name = path.basename(full);
    // Hidden names are editors' lock and swap files (`.#issue.yaml`), not issues.
    const root = roots.find((r) => inside(r, full));
    if (name.startsWith('.') || root === undefined) return false;
    if (!opts.isIssueFile?.(path.relative(root, full).split(path.sep).join('/'))) return false;
    if ([...state.keys()].some((f) => path.resolve(f) === full) || !fs.existsSync(full)) return false;
    const file = path.relative(process.cwd(), full) || full;
    track(file);
    schedule(file);
    return true;
  };

  function changed(full: string) {
    if (opts.signal.aborted) return;
    // An issue file's numbers (or the config's series name) may have changed: the ledger is read
    // again before the next build. Outputs written meanwhile do not count.
    if (/\.ya?ml$/i.test(full)) heldNow = null;
    if (discovered(full)) return;
    for (const [file, w] of state) {
      if (w.files.has(full) || w.folders.some((d) => inside(d, full))) schedule(file);
    }
  }

  // A root's recursive watch only finds new issue files (and has the ledger read again).
  const inRoot = (full: string) => {
    if (opts.signal.aborted) return;
    if (/\.ya?ml$/i.test(full)) heldNow = null;
    discovered(full);
  };
  for (const root of opts.roots ?? []) ensureWatching(`root:${path.resolve(root)}`, path.resolve(root), true, inRoot);
  for (const file of opts.files) track(file);
  // Ctrl+C during the first builds of a large folder starts no further one.
  for (const file of opts.files) if (!opts.signal.aborted) await build(file);

  await new Promise<void>((resolve) => {
    const stop = () => {
      for (const w of state.values()) if (w.timer) clearTimeout(w.timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
      // allSettled: a build that failed must not keep the watch from stopping.
      void Promise.allSettled([...state.values()].map((w) => w.running)).then(() => resolve());
    };
    if (opts.signal.aborted) stop();
    else opts.signal.addEventListener('abort', stop, { once: true });
  });
}
