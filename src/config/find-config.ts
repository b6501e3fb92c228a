// Finds the series config: jianbao.config.yaml beside the issue file or in a folder above it,
// so each issue file holds only what changes from month to month. The search stops at the
// user's home, a repository root (.git) or a folder marked with .jianbao-root, and a config that
// another user owns or could have written is ignored with a warning (as git's safe.directory):
// in a shared parent folder it would let someone else retitle the issue or redirect its outputs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';

export const CONFIG_FILE_NAME = 'jianbao.config.yaml';
export const SERIES_ROOT_MARKER = '.jianbao-root';

export interface ConfigSearch {
  file: string | null;
  warnings: Diagnostic[];
}

export interface Trust {
  /** Our uid; undefined where the platform has none (Windows): no owner checks there. */
  uid: number | undefined;
  home: string;
}

const here = (): Trust => ({ uid: process.getuid?.(), home: os.homedir() });

const othersMayWrite = (stat: fs.Stats) => (stat.mode & 0o002) !== 0;
// A sticky world-writable folder (/tmp) lets nobody replace a file they do not own.
const folderOpen = (stat: fs.Stats) => othersMayWrite(stat) && (stat.mode & 0o1000) === 0;

function distrust(file: string, trust: Trust): Diagnostic | null {
  if (trust.uid === undefined) return null;
  const stat = fs.statSync(file);
  if (stat.uid !== trust.uid && stat.uid !== 0) return diag('JB272', file, null, { path: file });
  if (othersMayWrite(stat) || folderOpen(fs.statSync(path.dirname(file)))) return diag('JB273', file, null, { path: file });
  return null;
}

const stopsHere = (dir: string, trust: Trust) =>
  dir === trust.home || fs.existsSync(path.join(dir, '.git')) || fs.existsSync(path.join(dir, SERIES_ROOT_MARKER));

export function searchConfig(issueFile: string, trust: Trust = here()): ConfigSearch {
  let dir = path.dirname(path.resolve(issueFile));
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) {
      const problem = distrust(candidate, trust);
      return problem ? { file: null, warnings: [problem] } : { file: candidate, warnings: [] };
    }
    const parent = path.dirname(dir);
    if (parent === dir || stopsHere(dir, trust)) return { file: null, warnings: [] };
    dir = parent;
  }
}

export function findConfig(issueFile: string): string | null {
  return searchConfig(issueFile).file;
}
