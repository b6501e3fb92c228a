// A note's words, from the diagnostic code table (so the YAML comment, the terminal report and
// docs say the same thing).
import { diag } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { messageOf, type Lang } from '../diagnostics/messages';
import type { ImportNote } from './types';

export const noteToDiagnostic = (note: ImportNote, file: string): Diagnostic =>
  diag(note.code, file, { line: note.line, col: 1 }, note.args);

export const noteText = (note: ImportNote, lang: Lang): string => messageOf(noteToDiagnostic(note, ''), lang).message;
