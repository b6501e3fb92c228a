// A template may come from anywhere (a colleague, a download), so its files are read only when
// each is a real regular file: a symlinked manifest.yaml pointing at /etc/shadow would otherwise
// come back line by line in diagnostics, and a FIFO would hang the build.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import { displayPath, templateFiles } from './find-template';

/** JB408 for a link leading out of the folder, JB409 for any other link or non-regular file. */
export function refusedTemplateFiles(dir: string): Diagnostic[] {
  const root = fs.realpathSync(dir);
  const problems: Diagnostic[] = [];
  for (const name of templateFiles(dir)) {
    const file = path.join(dir, name);
    const stat = fs.lstatSync(file, { throwIfNoEntry: false });
    if (!stat || stat.isFile()) continue;
    const shown = displayPath(file);
    const real = stat.isSymbolicLink() && fs.existsSync(file) ? fs.realpathSync(file) : file;
    const outside = stat.isSymbolicLink() && !real.startsWith(root + path.sep);
    problems.push(diag(outside ? 'JB408' : 'JB409', shown, null, { path: shown }));
  }
  return problems;
}

const SHOWN_CHARS = 8;
// Args that jianbao itself supplies (the schema's key names, types, the path, problem keys):
// shown whole. A field path is the schema's, so it is never a line of some other file.
const OURS = new Set(['path', 'allowed', 'closest', 'expected', 'example', 'limit', 'field', 'problem', 'advice', 'names']);

/** Diagnostics about a file outside the issue quote at most a few characters of what it holds. */
export function muffled(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const cut = (v: string | number) => (typeof v === 'string' && [...v].length > SHOWN_CHARS ? `${[...v].slice(0, SHOWN_CHARS).join('')}…` : v);
  return diagnostics.map((d) => ({ ...d, args: Object.fromEntries(Object.entries(d.args).map(([k, v]) => [k, OURS.has(k) ? v : cut(v)])) }));
}
