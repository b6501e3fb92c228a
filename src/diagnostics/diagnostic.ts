// Errors as data: every problem jianbao finds in the user's input becomes one Diagnostic with a
// stable code and a position. Messages are produced from the code and its args only at the edge
// (reporters), in the user's language.
import type { Code } from './codes';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  code: Code;
  severity: Severity;
  /** Path as the user typed it (or relative to the working directory). */
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  col: number;
  /** Values the message needs (a key name, an expected type, the offending input…). */
  args: Record<string, string | number>;
  /** A certain repair, applied only by `check --fix`: replace `length` UTF-16 units at `offset`
   *  of the file's decoded text with `text`. Only lint rules whose fix is unambiguous set it. */
  fixes?: SourceEdit[];
}

export interface SourceEdit {
  offset: number;
  length: number;
  text: string;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Errors first, then by file and position: the order a reader fixes them in. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const rank = (d: Diagnostic) => (d.severity === 'error' ? 0 : 1);
  // Most pairs share their file: equal names need no (slow) locale comparison.
  const byFile = (a: Diagnostic, b: Diagnostic) => (a.file === b.file ? 0 : a.file.localeCompare(b.file));
  return [...diagnostics].sort((a, b) => rank(a) - rank(b) || byFile(a, b) || a.line - b.line || a.col - b.col);
}

/**
 * Appends `more` to `into` in place. `into.push(...more)` passes every element as an argument
 * and overflows the stack past ~100,000 of them (a file with 200,000 unknown keys).
 */
export function appendAll<T>(into: T[], more: readonly T[]): void {
  for (const item of more) into.push(item);
}
