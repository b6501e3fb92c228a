// Expands the command line's files, folders and glob patterns into issue files: a folder means
// every .yaml/.yml below it except series configs, in a stable order; a pattern such as
// "archive/**/*.yaml" is matched here, so it works where the shell does not expand it (Windows).
// Each file also gets the path it has below the folder or pattern base it came from, which is
// where its outputs go under the output folder (a plain file argument keeps only its name).
import fs from 'node:fs';
import path from 'node:path';
import { globBase, globFiles, isGlob, normalisePattern } from './glob';
import { CONFIG_FILE_NAME } from '../config/find-config';
import { diag } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';

/** Whether a file name can be an issue (a .yaml that is not a series config or a manifest). */
export const isIssueFile = (name: string) => /\.ya?ml$/i.test(name) && name !== CONFIG_FILE_NAME && name !== 'manifest.yaml';

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'templates') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (isIssueFile(entry.name)) out.push(full);
  }
  return out;
}

export interface InputFile {
  file: string;
  /** Path below the folder or pattern base it was found in, `/`-separated ("2022/2022-04.yaml"). */
  relative: string;
}

const slashed = (p: string) => p.split(path.sep).join('/');

function expandGlob(arg: string): InputFile[] {
  const pattern = normalisePattern(arg);
  const base = globBase(pattern);
  if (!fs.existsSync(base) || !fs.statSync(base).isDirectory()) return [];
  const baseDir = base.split('/').join(path.sep);
  return globFiles(pattern)
    .filter((relative) => isIssueFile(path.posix.basename(relative)))
    .map((relative) => ({ file: path.join(baseDir, relative), relative }));
}

export function expandInputFiles(args: readonly string[]): { inputs: InputFile[]; diagnostics: Diagnostic[] } {
  const inputs: InputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const arg of args) {
    if (fs.existsSync(arg) && fs.statSync(arg).isDirectory()) {
      const found = walk(arg);
      if (found.length === 0) diagnostics.push(diag('JB801', arg, null, { pattern: arg }));
      inputs.push(...found.map((file) => ({ file, relative: slashed(path.relative(arg, file)) })));
    } else if (path.basename(arg) === CONFIG_FILE_NAME) {
      // `samples/*.yaml` in a shell matches the series config too; it is checked with each issue.
      continue;
    } else if (!fs.existsSync(arg) && isGlob(arg)) {
      const found = expandGlob(arg);
      if (found.length === 0) diagnostics.push(diag('JB801', arg, null, { pattern: arg }));
      inputs.push(...found);
    } else inputs.push({ file: arg, relative: path.basename(arg) });
  }
  const seen = new Set<string>();
  return { inputs: inputs.filter((i) => !seen.has(i.file) && seen.add(i.file)), diagnostics };
}

export function expandInputs(args: readonly string[]): { files: string[]; diagnostics: Diagnostic[] } {
  const { inputs, diagnostics } = expandInputFiles(args);
  return { files: inputs.map((i) => i.file), diagnostics };
}
