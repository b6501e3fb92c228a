// Expands the command line's files and folders into issue files: a folder means every .yaml/.yml
// below it except series configs, in a stable order.
import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAME } from '../config/find-config';
import { diag } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';

const isIssueFile = (name: string) => /\.ya?ml$/i.test(name) && name !== CONFIG_FILE_NAME && name !== 'manifest.yaml';

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

export function expandInputs(args: readonly string[]): { files: string[]; diagnostics: Diagnostic[] } {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const arg of args) {
    if (fs.existsSync(arg) && fs.statSync(arg).isDirectory()) {
      const found = walk(arg);
      if (found.length === 0) diagnostics.push(diag('JB801', arg, null, { pattern: arg }));
      files.push(...found);
    } else if (path.basename(arg) === CONFIG_FILE_NAME) {
      // `samples/*.yaml` in a shell matches the series config too; it is checked with each issue.
      continue;
    } else files.push(arg);
  }
  return { files: [...new Set(files)], diagnostics };
}
