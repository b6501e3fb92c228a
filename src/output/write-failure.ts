// Turns an exception from a file write into the diagnostic the editor sees: a full disk and a
// file edited meanwhile get their own codes, because their remedies differ from "not writable".
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';

export function writeFailure(target: string, e: unknown): Diagnostic {
  const code = (e as NodeJS.ErrnoException).code ?? String(e);
  if (code === 'ECHANGED') return diag('JB702', target, null, { path: target });
  if (code === 'ENOSPC' || code === 'EDQUOT') return diag('JB703', target, null, { path: target });
  return diag('JB701', target, null, { path: target, reason: code });
}
