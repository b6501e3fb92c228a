// Outputs left behind by an issue file that is gone (its year folder renamed, the issue moved or
// deleted): the cache knows which file each output was built from. They are named (JB334), never
// deleted: an archive's outputs are the editor's. A record whose outputs are all gone too is
// forgotten, so the notice ends once the editor has cleared them away.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import type { BuildCache } from './cache';

/** One warning for all such issues (null: none), naming the first; the files stay as they are. */
export function orphanOutputs(cache: BuildCache, out: string): Diagnostic | null {
  const left: Array<{ output: string; source: string }> = [];
  for (const stem of cache.stems()) {
    const entry = cache.get(stem)!;
    if (entry.source === undefined || fs.existsSync(path.resolve(out, entry.source))) continue;
    const output = entry.outputs.map((o) => path.join(out, o)).find((o) => fs.existsSync(o));
    if (output === undefined) cache.set(stem, null);
    else left.push({ output, source: path.relative(process.cwd(), path.resolve(out, entry.source)) });
  }
  if (left.length === 0) return null;
  const [first] = left;
  return diag('JB334', first.output, null, { count: left.length, path: first.output, source: first.source });
}
