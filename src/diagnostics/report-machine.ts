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

export function toJsonDiagnostic(d: Diagnostic, lang: Lang): JsonDiagnostic {
  return {
    code: d.code,
    severity: d.severity,
    file: d.file,
    line: d.line,
    col: d.col,
    ...messageOf(d, lang),
    fixable: Boolean(d.fixes?.length),
  };
}

/**
 * The diagnostics, sorted, as `JSON.stringify(array, null, 2)` prints them, and a newline, in pieces of
 * at most `per` diagnostics: 100,000 warnings print without the whole array and its text held at once.
 */
export function* jsonTextChunks(diagnostics: readonly Diagnostic[], lang: Lang, per = 1000): Generator<string> {
  if (diagnostics.length === 0) {
    yield '[]\n';
    return;
  }
  const sorted = sortDiagnostics(diagnostics);
  let chunk = '[\n';
  for (let i = 0; i < sorted.length; i++) {
    const entry = JSON.stringify(toJsonDiagnostic(sorted[i], lang), null, 2).replace(/\n/g, '\n  ');
    const last = i === sorted.length - 1;
    chunk += `  ${entry}${last ? '\n]\n' : ',\n'}`;
    if (last || (i + 1) % per === 0) {
      yield chunk;
      chunk = '';
    }
  }
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
