// Input patterns such as `archive/**/*.yaml`, for shells that do not expand globs themselves
// (Windows cmd and PowerShell) or when the pattern is quoted. The matching is tinyglobby's
// (Node 22.12's fs.globSync and path.matchesGlob still print an ExperimentalWarning); here only
// where to start walking and what a walk skips.
import { globSync } from 'tinyglobby';

const SPECIAL = /[*?{[]/;

export function isGlob(arg: string): boolean {
  return SPECIAL.test(arg);
}

/** Pattern with `/` separators: on Windows a backslash is a separator, never an escape. */
export function normalisePattern(pattern: string, platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
}

/** The folder to walk: the segments before the first one holding a wildcard ('.' when none). */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const i = segments.findIndex((s) => SPECIAL.test(s));
  const base = segments.slice(0, i < 0 ? segments.length - 1 : i).join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}

/** The part of a `/`-separated pattern below its base. */
function patternBelowBase(pattern: string, base: string): string {
  return base === '.' && !pattern.startsWith('./') ? pattern : pattern.slice(base.length).replace(/^\//, '');
}

/**
 * Files below globBase(pattern) that the pattern matches, as `/`-separated paths relative to
 * that base, sorted; hidden entries, node_modules and templates folders are never entered.
 */
export function globFiles(pattern: string): string[] {
  const base = globBase(pattern);
  const found = globSync(patternBelowBase(pattern, base), {
    cwd: base,
    dot: false,
    expandDirectories: false,
    ignore: ['**/node_modules/**', '**/templates/**'],
  });
  return found.sort(byFolders);
}

/** Folder by folder, as a walk that sorts each folder's names would visit them. */
function byFolders(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const c = x[i].localeCompare(y[i]);
    if (c !== 0) return c;
  }
  return x.length - y.length;
}
