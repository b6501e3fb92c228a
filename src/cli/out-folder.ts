// The one check every command that takes -o makes before it writes: the output folder, or a
// folder on the way to it, must not be a file (JB705, a usage error), so no command meets the
// system's EEXIST/ENOTDIR halfway through writing.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';

/** The nearest part of `out` (as typed) that exists; null when nothing of it does. */
function nearestExisting(out: string): string | null {
  for (let at = out; ; at = path.dirname(at)) {
    if (fs.existsSync(at)) return at;
    if (path.dirname(at) === at) return null;
  }
}

/** JB705 when `out` cannot be an output folder because it, or a folder above it, is a file. */
export function outFolderProblem(out: string): Diagnostic | null {
  const existing = nearestExisting(out);
  if (existing === null || fs.statSync(existing).isDirectory()) return null;
  return diag('JB705', out, null, existing === out ? { path: out } : { path: existing, out });
}
