// Paths in the incremental cache: what lies in the archive (its config, template, images) is kept
// relative to the output folder, so moving or renaming the archive with its out/ keeps every
// record; what lies outside (installed fonts, a template elsewhere) stays absolute. The records
// stay keyed by content: a relative path only says where to hash the file again.
import path from 'node:path';
import type { Dep } from './fingerprint';

const slashed = (p: string) => p.split(path.sep).join('/');

/** The folder holding both the output folder and the issue file (the archive), or null when only
 *  a file system root holds both (nothing there moves with the archive). */
export function archiveRoot(outDir: string, issueFile: string): string | null {
  const a = path.resolve(outDir);
  const b = path.resolve(issueFile);
  let root = a;
  while (path.relative(root, b).startsWith('..') || path.isAbsolute(path.relative(root, b))) {
    const up = path.dirname(root);
    if (up === root) return null;
    root = up;
  }
  return path.parse(root).root === root ? null : root;
}

/** `file` as the cache records it: relative to `outDir` (`/`-separated) when inside `root`. */
export function storedPath(file: string, outDir: string, root: string | null): string {
  const within = root !== null && !path.relative(root, file).startsWith('..') && !path.isAbsolute(path.relative(root, file));
  return within ? slashed(path.relative(outDir, file)) || '.' : file;
}

/** A recorded path back as an absolute one. */
export const resolvedPath = (stored: string, outDir: string): string => (path.isAbsolute(stored) ? stored : path.resolve(outDir, stored));

export const storedDeps = (deps: readonly Dep[], outDir: string, root: string | null): Dep[] =>
  deps.map((d) => ({ ...d, path: storedPath(d.path, outDir, root) }));

export const resolvedDeps = (deps: readonly Dep[], outDir: string): Dep[] =>
  deps.map((d) => ({ ...d, path: resolvedPath(d.path, outDir) }));
