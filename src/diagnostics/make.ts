// Builds diagnostics; the severity comes from the code so call sites cannot disagree with docs.
import { CODES, type Code } from './codes';
import type { Diagnostic } from './diagnostic';

export interface Position {
  line: number;
  col: number;
}

export function diag(code: Code, file: string, pos: Position | null, args: Diagnostic['args'] = {}): Diagnostic {
  return { code, severity: CODES[code].severity, file, line: pos?.line ?? 0, col: pos?.col ?? 0, args };
}
