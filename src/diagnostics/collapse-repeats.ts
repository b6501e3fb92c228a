// A problem several issues of one run share (a font file the series config names and nobody has)
// reaches each issue's build alike: it is reported once, with the number of issues (`issues`).
import type { Diagnostic } from './diagnostic';

const keyOf = (d: Diagnostic) => JSON.stringify([d.code, d.file, d.line, d.col, d.args]);

/** The diagnostics with exact repeats (same code, file, place and arguments) folded into the first. */
export function collapseRepeats(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(keyOf(d), (counts.get(keyOf(d)) ?? 0) + 1);
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const key = keyOf(d);
    if (seen.has(key)) continue;
    seen.add(key);
    const n = counts.get(key)!;
    out.push(n > 1 ? { ...d, args: { ...d.args, issues: n } } : d);
  }
  return out;
}
