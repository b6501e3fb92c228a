// A key typed after full-width (U+3000) or no-break (U+00A0) spaces where YAML still reads the
// file (the last key of the last brief): to YAML the spaces are part of the key. The schema then
// finds an unknown key "　　source"; the slip is the spaces, reported as the slip scan words it.
import type { Diagnostic } from '../diagnostics/diagnostic';
import { findSlips } from '../source/yaml-slips';

const SPACED = /^[\u3000\u00a0]/;

/** `diagnostics` with each unknown key that starts with such a space replaced by its line's slip. */
export function explainSpacedKeys(text: string, file: string, diagnostics: Diagnostic[]): Diagnostic[] {
  if (!diagnostics.some((d) => d.code === 'JB203' && SPACED.test(String(d.args.key)))) return diagnostics;
  const slips = new Map(findSlips(text, file).map((s) => [s.line, s.diagnostic]));
  return diagnostics.map((d) => (d.code === 'JB203' && SPACED.test(String(d.args.key)) && slips.get(d.line)) || d);
}
