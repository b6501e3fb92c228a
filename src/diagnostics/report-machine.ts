// Machine-readable reporters for CI: one JSON array (a stable shape for scripts) or GitHub
// Actions annotations (`::error file=…,line=…,col=…::message`).
import { sortDiagnostics, type Diagnostic } from './diagnostic';
import { messageOf, type Lang } from './messages';

export interface JsonDiagnostic {
  code: string;
  severity: 'error' | 'warning';
  file: string;
  line: number;
  col: number;
  message: string;
  hint: string;
  /** True when `check --fix` can repair it. */
  fixable: boolean;
}

export function toJson(diagnostics: readonly Diagnostic[], lang: Lang): JsonDiagnostic[] {
  return sortDiagnostics(diagnostics).map((d) => ({
    code: d.code,
    severity: d.severity,
    file: d.file,
    line: d.line,
    col: d.col,
    ...messageOf(d, lang),
    fixable: Boolean(d.fixes?.length),
  }));
}

// GitHub's workflow-command syntax needs %, CR, LF (and in properties , and :) escaped.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function toGithubAnnotations(diagnostics: readonly Diagnostic[], lang: Lang): string {
  return sortDiagnostics(diagnostics)
    .map((d) => {
      const { message, hint } = messageOf(d, lang);
      const props = [`file=${escapeProperty(d.file)}`, ...(d.line ? [`line=${d.line}`, `col=${d.col}`] : []), `title=${d.code}`];
      return `::${d.severity} ${props.join(',')}::${escapeData(`${message} (${hint})`)}`;
    })
    .join('\n');
}
