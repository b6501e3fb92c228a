// Remembers where each require() of jianbao's modules led. Node finds a module's file by trying
// extensions and folders, reading package.json files for "exports" and resolving symlinks: on
// the VMs measured, ~0.3 ms a module, ~90 ms of a cold PDF build's ~430 modules (yaml alone:
// 72 modules, 20 of its 40 ms). The answers change only when the package's files do, so they
// are kept beside the code cache (src/startup/compile-cache.ts), which installs this and saves
// it with its own file. Only requests made from a file inside the package and answered with a
// file inside it are kept. The table is dropped whole when package.json or npm's record of
// node_modules (node_modules/.package-lock.json, rewritten by every npm install) changes, and
// a kept answer whose file has gone is asked of Node again. Like the code cache, a missing or
// damaged file only costs the search it would have saved.
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';

type Resolve = (request: string, parent: unknown, isMain: boolean, options?: unknown) => string;

interface Stored {
  fingerprint: string;
  /** `folder of the requiring file \0 request` → the file, both relative to the package root. */
  resolved: Record<string, string>;
}

/** What must not have changed for the stored answers to hold. */
export function packageFingerprint(root: string): string {
  return ['package.json', path.join('node_modules', '.package-lock.json')]
    .map((name) => {
      const stat = fs.statSync(path.join(root, name), { throwIfNoEntry: false });
      return stat ? `${stat.size}:${stat.mtimeMs}` : '-';
    })
    .join('|');
}

export function readResolutions(file: string, fingerprint: string): Map<string, string> {
  try {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Stored;
    if (stored.fingerprint !== fingerprint || typeof stored.resolved !== 'object') return new Map();
    return new Map(Object.entries(stored.resolved).filter(([, to]) => typeof to === 'string'));
  } catch {
    return new Map();
  }
}

/**
 * Installs the table in Node's resolver and returns the function that writes it back when this
 * thread found answers it lacked (merged with what other threads wrote meanwhile).
 */
export function installResolveCache(root: string, file: string, writeFile: (file: string, data: Buffer) => void): () => void {
  const fingerprint = packageFingerprint(root);
  const known = readResolutions(file, fingerprint);
  const inside = root + path.sep;
  let added = false;

  const statics = Module as unknown as { _resolveFilename: Resolve };
  const resolve = statics._resolveFilename;
  statics._resolveFilename = function (request, parent, isMain, options) {
    const from = (parent as { filename?: string } | null | undefined)?.filename;
    // require.resolve with its own paths, and the entry script, are left to Node.
    if (isMain || options !== undefined || !from?.startsWith(inside)) return resolve.call(this, request, parent, isMain, options);
    const key = `${path.dirname(from).slice(inside.length)}\0${request}`;
    const answer = known.get(key);
    if (answer !== undefined) {
      const target = inside + answer;
      if (fs.statSync(target, { throwIfNoEntry: false })?.isFile()) return target;
    }
    const target = resolve.call(this, request, parent, isMain, options);
    if (target.startsWith(inside) && target.slice(inside.length) !== answer) {
      known.set(key, target.slice(inside.length));
      added = true;
    }
    return target;
  };

  return () => {
    if (!added) return;
    added = false;
    const merged = readResolutions(file, fingerprint);
    for (const [key, to] of known) merged.set(key, to);
    const stored: Stored = { fingerprint, resolved: Object.fromEntries(merged) };
    writeFile(file, Buffer.from(JSON.stringify(stored)));
  };
}
