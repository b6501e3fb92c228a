// Expands the command line's files, folders and glob patterns into issue files: a folder means
// every .yaml/.yml below it except series configs, in a stable order; a pattern such as
// "archive/**/*.yaml" is matched here, so it works where the shell does not expand it (Windows).
// Each file also gets the path its outputs take under the output folder: its path below its series
// folder (where jianbao.config.yaml is), so `build 2024/2024-02.yaml`, `build 2024` and `build .`
// agree; below the folder or pattern base named instead when that holds the series folder (an
// archive of several series mirrors its tree); a file in no series keeps only its name.
// A folder named 稿件 (a series' incoming contributions and their imported drafts) is not walked
// into: its drafts are not issues; naming it, or a file in it, still takes them.
import fs from 'node:fs';
import path from 'node:path';
import { globBase, globFiles, isGlob, normalisePattern } from './glob';
import { CONFIG_FILE_NAME, findConfig } from '../config/find-config';
import { diag } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';

/** Whether a file name can be an issue (a .yaml that is not a series config or a manifest). */
export const isIssueFile = (name: string) => /\.ya?ml$/i.test(name) && name !== CONFIG_FILE_NAME && name !== 'manifest.yaml';

/** The folder of contributions and drafts in a series (README, docs/intake.md). */
export const DRAFTS_FOLDER = '稿件';

/** Whether a `/`-separated path below a walked folder passes through a drafts folder. */
export const inDraftsFolder = (relative: string) => relative.split('/').slice(0, -1).includes(DRAFTS_FOLDER);

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'templates') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== DRAFTS_FOLDER) out.push(...walk(full));
    } else if (isIssueFile(entry.name)) out.push(full);
  }
  return out;
}

export interface InputFile {
  file: string;
  /** Where its outputs go below OUT, `/`-separated ("2022/2022-04.yaml"): see outputRelative. */
  relative: string;
}

const slashed = (p: string) => p.split(path.sep).join('/');

/** The series folder of the issues in `dir`, looked up once per folder in a run. */
export type SeriesDirOf = (dir: string) => string | null;

export function seriesDirLookup(): SeriesDirOf {
  const known = new Map<string, string | null>();
  return (dir) => {
    if (!known.has(dir)) {
      const config = findConfig(path.join(dir, CONFIG_FILE_NAME));
      known.set(dir, config && path.dirname(config));
    }
    return known.get(dir)!;
  };
}

/** `file`'s path below its series folder, or below `base` (the folder or pattern base it was found
 *  in, or its own folder) when `base` holds the series folder or there is none. */
export function outputRelative(file: string, base: string, seriesDirOf: SeriesDirOf = seriesDirLookup()): string {
  const full = path.resolve(file);
  const from = path.resolve(base);
  const series = seriesDirOf(path.dirname(full));
  const baseInSeries = series !== null && !path.relative(series, from).startsWith('..');
  return slashed(path.relative(baseInSeries ? series : from, full));
}

function expandGlob(arg: string, seriesDirOf: SeriesDirOf): InputFile[] {
  const pattern = normalisePattern(arg);
  const base = globBase(pattern);
  if (!fs.existsSync(base) || !fs.statSync(base).isDirectory()) return [];
  const baseDir = base.split('/').join(path.sep);
  return globFiles(pattern)
    .filter((relative) => isIssueFile(path.posix.basename(relative)) && !inDraftsFolder(relative))
    .map((relative) => path.join(baseDir, relative))
    .map((file) => ({ file, relative: outputRelative(file, baseDir, seriesDirOf) }));
}

export function expandInputFiles(args: readonly string[]): { inputs: InputFile[]; diagnostics: Diagnostic[] } {
  const inputs: InputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const seriesDirOf = seriesDirLookup();
  for (const arg of args) {
    if (fs.existsSync(arg) && fs.statSync(arg).isDirectory()) {
      const found = walk(arg);
      if (found.length === 0) diagnostics.push(diag('JB801', arg, null, { pattern: arg }));
      inputs.push(...found.map((file) => ({ file, relative: outputRelative(file, arg, seriesDirOf) })));
    } else if (path.basename(arg) === CONFIG_FILE_NAME) {
      // `samples/*.yaml` in a shell matches the series config too; it is checked with each issue.
      continue;
    } else if (!fs.existsSync(arg) && isGlob(arg)) {
      const found = expandGlob(arg, seriesDirOf);
      if (found.length === 0) diagnostics.push(diag('JB801', arg, null, { pattern: arg }));
      inputs.push(...found);
    } else inputs.push({ file: arg, relative: outputRelative(arg, path.dirname(arg), seriesDirOf) });
  }
  // By the full path: `f.yaml ./f.yaml` is one issue, kept under the first name given.
  const seen = new Set<string>();
  const once = (i: InputFile) => {
    const key = path.resolve(i.file);
    return !seen.has(key) && seen.add(key);
  };
  return { inputs: inputs.filter(once), diagnostics };
}

export function expandInputs(args: readonly string[]): { files: string[]; diagnostics: Diagnostic[] } {
  const { inputs, diagnostics } = expandInputFiles(args);
  return { files: inputs.map((i) => i.file), diagnostics };
}
