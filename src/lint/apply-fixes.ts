// Applies the certain fixes of lint diagnostics to a file's text: pure string → string. Edits are
// made at their exact offsets from the end backwards so earlier offsets stay valid; a
// diagnostic whose edits overlap an already accepted one is skipped whole (never half-fixed).
import type { Diagnostic, SourceEdit } from '../diagnostics/diagnostic';

export interface FixResult {
  text: string;
  /** Diagnostics whose fixes were applied. */
  fixed: Diagnostic[];
}

const overlaps = (a: SourceEdit, b: SourceEdit) =>
  a.offset < b.offset + Math.max(b.length, 1) && b.offset < a.offset + Math.max(a.length, 1);

export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): FixResult {
  const accepted: SourceEdit[] = [];
  const fixed: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (!d.fixes?.length || d.fixes.some((e) => accepted.some((a) => overlaps(a, e)))) continue;
    accepted.push(...d.fixes);
    fixed.push(d);
  }
  let out = text;
  for (const e of [...accepted].sort((a, b) => b.offset - a.offset)) {
    out = out.slice(0, e.offset) + e.text + out.slice(e.offset + e.length);
  }
  return { text: out, fixed };
}
