// Intake notes → warnings for the terminal: the source's paragraph number is in the message; a
// text file's line is also the diagnostic's position.
import { diag } from '../../diagnostics/make';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { ImportNote } from '../types';
import type { IntakeNote } from './draft';

export function intakeDiagnostics(notes: readonly (IntakeNote | ImportNote)[], file: string): Diagnostic[] {
  return notes.map((n) => {
    const line = 'no' in n ? n.line : undefined;
    return diag(n.code, file, line ? { line, col: 1 } : null, n.args);
  });
}
