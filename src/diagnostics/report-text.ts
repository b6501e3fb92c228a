// The terminal reporter: `file:line:col: error JB201 message`, the source line with a marker
// under the column, and the hint; errors first, then a summary line. A terminal is for reading:
// a warning code repeated in one file is one line with its count and first positions, and at
// most MAX_PER_FILE entries are printed per file. `verbose` prints every problem on its own.
import { sortDiagnostics, type Diagnostic } from './diagnostic';
import { messageOf, type Lang } from './messages';
import { rw } from '../i18n/report';

const SEVERITY = { zh: { error: '错误', warning: '警告' }, en: { error: 'error', warning: 'warning' } };

/** Entries (one problem, or one group) printed per file before the rest is only counted. */
export const MAX_PER_FILE = 50;
/** A warning code seen this many times in one file is printed as one grouped line. */
export const GROUP_FROM = 4;
/** Positions named on a grouped line. */
const GROUP_POSITIONS = 5;

export interface TextReportOptions {
  lang: Lang;
  /** Source text per file, to quote the offending line. */
  sources?: ReadonlyMap<string, string>;
  /** Every problem on its own: no grouping, no limit. */
  verbose?: boolean;
}

function location(d: Diagnostic): string {
  return d.line > 0 ? `${d.file}:${d.line}:${d.col}` : d.file;
}

/** Characters quoted on each side of the column. */
const WINDOW = 30;

function quote(d: Diagnostic, lines: readonly string[] | undefined): string[] {
  if (!lines || d.line < 1) return [];
  const line = lines[d.line - 1];
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
  return rw(lang, 'summary', { errors, warnings, errorsS: errors === 1 ? '' : 's', warningsS: warnings === 1 ? '' : 's' });
}

/** line:col in a text file; a Word file has paragraphs, not lines (its `no`); else nothing. */
function placeOf(d: Diagnostic, lang: Lang): string | null {
  if (d.line > 0) return `${d.line}:${d.col}`;
  return typeof d.args.no === 'number' && d.args.no > 0 ? rw(lang, 'paragraphAt', { no: d.args.no }) : null;
}

function groupNote(group: readonly Diagnostic[], lang: Lang): string {
  const places = group.map((d) => placeOf(d, lang)).filter((p): p is string => p !== null);
  if (places.length === 0) return rw(lang, 'groupedCount', { count: group.length });
  const at = places.slice(0, GROUP_POSITIONS);
  const more = places.length > GROUP_POSITIONS;
  return rw(lang, 'grouped', { count: group.length, at: at.join(rw(lang, 'listSeparator')), more: more ? rw(lang, 'groupedMore') : '' });
}

export function hiddenLine(file: string, count: number, lang: Lang): string {
  return rw(lang, 'hidden', { file, count });
}

/** A group's line shows its first member's message: members differ only in where they are, never in
 *  what the message names (the mark of JB301, the character of JB317). */
const groupKey = (d: Diagnostic) => `${d.file}\0${d.code}\0${d.args.char ?? d.args.codepoint ?? ''}`;

/** Warnings of one code (and one named character) in one file, for those that repeat enough to group. */
function warningGroups(sorted: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const all = new Map<string, Diagnostic[]>();
  for (const d of sorted) {
    if (d.severity !== 'warning') continue;
    const key = groupKey(d);
    const list = all.get(key);
    if (list) list.push(d);
    else all.set(key, [d]);
  }
  return new Map([...all].filter(([, list]) => list.length >= GROUP_FROM));
}

export function formatDiagnosticsText(diagnostics: readonly Diagnostic[], opts: TextReportOptions): string {
  const out: string[] = [];
  const sorted = sortDiagnostics(diagnostics);
  const groups = opts.verbose ? new Map<string, Diagnostic[]>() : warningGroups(sorted);
  const printed = new Map<string, number>();
  const hidden = new Map<string, number>();
  // Each file's text is split once, not once per problem (a file with 20,000 problems).
  const lines = new Map<string, string[] | undefined>();
  const linesOf = (file: string) => {
    if (!lines.has(file)) lines.set(file, opts.sources?.get(file)?.split(/\r?\n/));
    return lines.get(file);
  };
  for (const d of sorted) {
    const group = groups.get(groupKey(d));
    if (group && group[0] !== d) continue;
    const count = group?.length ?? 1;
    if (!opts.verbose && (printed.get(d.file) ?? 0) >= MAX_PER_FILE) {
      hidden.set(d.file, (hidden.get(d.file) ?? 0) + count);
      continue;
    }
    printed.set(d.file, (printed.get(d.file) ?? 0) + 1);
    const { message, hint } = messageOf(d, opts.lang);
    out.push(`${location(d)}: ${SEVERITY[opts.lang][d.severity]} ${d.code} ${message}${group ? groupNote(group, opts.lang) : ''}`);
    if (!group) out.push(...quote(d, linesOf(d.file)));
    if (hint) out.push(`    ${rw(opts.lang, 'hint')}: ${hint}`);
  }
  for (const [file, count] of hidden) out.push(hiddenLine(file, count, opts.lang));
  return out.join('\n');
}
