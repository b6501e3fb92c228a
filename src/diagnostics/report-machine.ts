// Machine-readable reporters for CI: one JSON array (a stable shape for scripts) or GitHub
// Actions annotations (`::error file=…,line=…,col=…::message`).
import { sortDiagnostics, type Diagnostic } from './diagnostic';
import { messageOf, type Lang } from './messages';
import { hiddenLine, MAX_PER_FILE } from './report-text';

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

function toJsonDiagnostic(d: Diagnostic, lang: Lang): JsonDiagnostic {
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

/**
 * One workflow command per problem; like the terminal report, at most MAX_PER_FILE a file and a
 * notice of how many more (GitHub shows only the first few of a step anyway); `verbose`: all.
 */
export function toGithubAnnotations(diagnostics: readonly Diagnostic[], lang: Lang, opts: { verbose?: boolean } = {}): string {
  const lines: string[] = [];
  const printed = new Map<string, number>();
  const hidden = new Map<string, number>();
  for (const d of sortDiagnostics(diagnostics)) {
    const count = printed.get(d.file) ?? 0;
    if (!opts.verbose && count >= MAX_PER_FILE) {
      hidden.set(d.file, (hidden.get(d.file) ?? 0) + 1);
      continue;
    }
    printed.set(d.file, count + 1);
    const { message, hint } = messageOf(d, lang);
    const props = [`file=${escapeProperty(d.file)}`, ...(d.line ? [`line=${d.line}`, `col=${d.col}`] : []), `title=${d.code}`];
    lines.push(`::${d.severity} ${props.join(',')}::${escapeData(`${message} (${hint})`)}`);
  }
  for (const [file, count] of hidden) lines.push(`::notice file=${escapeProperty(file)}::${escapeData(hiddenLine(file, count, lang))}`);
  return lines.join('\n');
}
