// Why an issue was not built, for its progress or status line: the first error found at that
// file (its message and code), as build's progress and watch's status lines both say it.
import type { Diagnostic } from '../diagnostics/diagnostic';
import { messageOf, type Lang } from '../diagnostics/messages';
import { w } from '../i18n/batch';

/** `file`: only an error at that file (the ledger's diagnostics cover many); else the first of all. */
export function firstErrorReason(diagnostics: readonly Diagnostic[], lang: Lang, file?: string): string {
  const first = diagnostics.find((d) => (file === undefined || d.file === file) && d.severity === 'error');
  return first ? w(lang, 'stoppedReason', { message: messageOf(first, lang).message, code: first.code }) : '';
}
