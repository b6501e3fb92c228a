// The terminal reporter: `file:line:col: error JB201 message`, the source line with a marker
// under the column, and the hint; all problems at once, errors first, then a summary line.
import { sortDiagnostics, type Diagnostic } from './diagnostic';
import { messageOf, type Lang } from './messages';

const SEVERITY = { zh: { error: '错误', warning: '警告' }, en: { error: 'error', warning: 'warning' } };

export interface TextReportOptions {
  lang: Lang;
  /** Source text per file, to quote the offending line. */
  sources?: ReadonlyMap<string, string>;
}

function location(d: Diagnostic): string {
  return d.line > 0 ? `${d.file}:${d.line}:${d.col}` : d.file;
}

/** Characters quoted on each side of the column. */
const WINDOW = 30;

function quote(d: Diagnostic, sources: ReadonlyMap<string, string> | undefined): string[] {
  const text = sources?.get(d.file);
  if (!text || d.line < 1) return [];
  const line = text.split(/\r?\n/)[d.line - 1];
  if (line === undefined) return [];
  // A body paragraph is one long YAML line: quote a window around the column, not all of it.
  const chars = [...line];
  const at = Math.max(0, d.col - 1);
  const start = at > WINDOW ? at - WINDOW : 0;
  const end = Math.min(chars.length, at + WINDOW);
  const shown = `${start > 0 ? '…' : ''}${chars.slice(start, end).join('')}${end < chars.length ? '…' : ''}`;
  // Full-width characters take two terminal columns; pad the marker to match.
  const before = [...(start > 0 ? ['…'] : []), ...chars.slice(start, at)];
  const pad = before.map((ch) => (ch === '\t' ? '\t' : /[\u1100-\uffff]/.test(ch) && ch !== '…' ? '  ' : ' ')).join('');
  return [`    ${shown}`, `    ${pad}^`];
}

export function summaryLine(diagnostics: readonly Diagnostic[], lang: Lang): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const en = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return lang === 'zh' ? `${errors} 个错误，${warnings} 个警告` : `${en(errors, 'error')}, ${en(warnings, 'warning')}`;
}

export function formatDiagnosticsText(diagnostics: readonly Diagnostic[], opts: TextReportOptions): string {
  const out: string[] = [];
  for (const d of sortDiagnostics(diagnostics)) {
    const { message, hint } = messageOf(d, opts.lang);
    out.push(`${location(d)}: ${SEVERITY[opts.lang][d.severity]} ${d.code} ${message}`);
    out.push(...quote(d, opts.sources));
    if (hint) out.push(`    ${opts.lang === 'zh' ? '提示' : 'hint'}: ${hint}`);
  }
  return out.join('\n');
}
