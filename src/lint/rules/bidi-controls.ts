// JB009: bidirectional embedding, override and isolate controls (U+202A–202E, U+2066–2069) in
// any text field. Invisible, they make a line display in another order than it reads, in the
// terminal and in Word alike; no Chinese bulletin needs them. Removed by --fix.
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { LintContext } from '../context';

const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

const named = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`;

export function bidiControls(ctx: LintContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of ctx.fields) {
    for (const m of f.value.matchAll(BIDI))
      out.push(ctx.at('JB009', f.path, m.index, { char: named(m[0]) }, [{ index: m.index, length: 1, text: '' }]));
  }
  return out;
}
