// Why the ledger holds an issue back, in a word for its progress or status line: the first error
// the ledger found at that file (its message and code), as build and watch both say it.
import type { Diagnostic } from '../diagnostics/diagnostic';
import { messageOf, type Lang } from '../diagnostics/messages';
import { w } from '../i18n/batch';

export function heldReason(file: string, diagnostics: readonly Diagnostic[], lang: Lang): string {
  const first = diagnostics.find((d) => d.file === file && d.severity === 'error');
  return first ? w(lang, 'stoppedReason', { message: messageOf(first, lang).message, code: first.code }) : '';
}
