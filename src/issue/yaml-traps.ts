// Where valid YAML reads a text field differently from what the editor typed: a ` #` that starts
// a comment (JB105), `\n` or `\t` outside double quotes in a title (JB106), a one-line field
// written over two lines that YAML folds with a space (JB107). Found on the parsed document's
// scalars and their source ranges; a fix is attached only where the intended text is certain.
import { isMap, isScalar, isSeq, Scalar, type Pair } from 'yaml';
import type { Diagnostic, SourceEdit } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import { PLACEHOLDER_COMMENT } from '../schema/placeholders';
import type { ParsedYaml } from '../source/parse-yaml';
import { textAfterBar, textToBody } from '../source/yaml-slips';
import { quotedIssueFields, quotedTextField } from './smart-quotes';
import { fullWidthComment } from './full-width-comment';
import { fieldName } from '../diagnostics/field-name';

type Path = Array<string | number>;
interface TextScalar {
  path: Path;
  node: Scalar<string> & { range: [number, number, number] };
}

const ONE_LINE_FIELDS = ['title', 'toc', 'section', 'source', 'byline', 'date', 'text', 'name', 'editor', 'mark'];

function stringScalar(node: unknown): node is TextScalar['node'] {
  return isScalar(node) && typeof node.value === 'string' && Array.isArray(node.range);
}

/** Every key: value pair of the issue's text-bearing maps (publication, each article, each brief). */
function fieldPairs(yaml: ParsedYaml): Array<{ path: Path; pair: Pair }> {
  const out: Array<{ path: Path; pair: Pair }> = [];
  const root = yaml.doc.contents;
  if (!isMap(root)) return out;
  const fieldsOf = (map: unknown, path: Path) => {
    if (isMap(map)) for (const pair of map.items) out.push({ path, pair });
  };
  fieldsOf(root.get('publication', true), ['publication']);
  for (const list of ['articles', 'briefs']) {
    const seq = root.get(list, true);
    if (isSeq(seq)) seq.items.forEach((item, i) => fieldsOf(item, [list, i]));
  }
  return out;
}

/** Every string value of the issue's text fields, with its path. */
export function textScalars(yaml: ParsedYaml): TextScalar[] {
  return fieldPairs(yaml).flatMap(({ path, pair }) =>
    isScalar(pair.key) && stringScalar(pair.value) ? [{ path: [...path, String(pair.key.value)], node: pair.value }] : [],
  );
}

const lineEndAt = (text: string, offset: number) => {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
};

/** ` #…` after a plain value on its line. A comment set off by two or more spaces and `# ` is
 *  taken as meant (jianbao and the samples write them so); the certain slip, fixed, is a hashtag
 *  (`#话题#`, no space after the `#`); one space then `# ` is reported without a fix. */
function commentTrap(yaml: ParsedYaml, field: string, node: TextScalar['node']): Diagnostic | null {
  if (node.type !== Scalar.PLAIN) return null;
  const [start, valueEnd] = node.range;
  const lineEnd = lineEndAt(yaml.text, valueEnd);
  const rest = yaml.text.slice(valueEnd, lineEnd).replace(/\r$/, '');
  const gap = /^[ \t]+(?=#)/.exec(rest);
  if (!gap) return null;
  const comment = rest.slice(gap[0].length).trimEnd();
  if (Object.values(PLACEHOLDER_COMMENT).some((c) => c === comment)) return null;
  const hashtag = /^#\S/.test(comment);
  if (!hashtag && gap[0] !== ' ') return null;
  const hashAt = valueEnd + gap[0].length;
  const whole = yaml.text.slice(start, valueEnd) + rest.trimEnd();
  const quoted = JSON.stringify(whole);
  const certain = hashtag && !yaml.text.slice(start, valueEnd).includes('\n');
  const d = diag('JB105', yaml.file, yaml.lines.linePos(hashAt), { field, comment, quoted, ...(certain ? { fixable: '' } : {}) });
  if (certain) d.fixes = [{ offset: start, length: valueEnd - start + rest.trimEnd().length, text: quoted }];
  return d;
}

/** `\n` / `\t` typed in a plain or single-quoted title: printed as a backslash and a letter. */
function escapeTrap(yaml: ParsedYaml, field: string, node: TextScalar['node']): Diagnostic | null {
  if (node.type !== Scalar.PLAIN && node.type !== Scalar.QUOTE_SINGLE) return null;
  const m = /\\[nt]/.exec(node.value);
  if (!m) return null;
  const [start, valueEnd] = node.range;
  const raw = yaml.text.slice(start, valueEnd);
  const rawAt = raw.indexOf(m[0]);
  const pos = yaml.lines.linePos(start + Math.max(rawAt, 0));
  // Certain only for `\n` alone (the documented title break) in a value written on one line.
  const certain = !raw.includes('\n') && !/\\[^n]/.test(node.value);
  const d = diag('JB106', yaml.file, pos, { field, escape: m[0], ...(certain ? { fixable: '' } : {}) });
  if (certain)
    d.fixes = [{ offset: start, length: valueEnd - start, text: JSON.stringify(node.value.replace(/\\n/g, '\n')) } satisfies SourceEdit];
  return d;
}

/** A one-line field continued on the next line: YAML joins the lines with a space. */
function foldTrap(yaml: ParsedYaml, field: string, node: TextScalar['node']): Diagnostic | null {
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) return null;
  const [start, valueEnd] = node.range;
  const raw = yaml.text.slice(start, valueEnd);
  const firstBreak = raw.indexOf('\n');
  if (firstBreak < 0) return null;
  const next = start + firstBreak + 1;
  const indent = /^[ \t]*/.exec(yaml.text.slice(next))?.[0].length ?? 0;
  return diag('JB107', yaml.file, yaml.lines.linePos(next + indent), { field, input: node.value });
}

/** `key: #…`: the whole value is a comment, so the field is empty (a title starting with a hashtag). */
function emptiedByComment(yaml: ParsedYaml): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const { path, pair } of fieldPairs(yaml)) {
    if (!isScalar(pair.key) || !Array.isArray(pair.key.range) || !ONE_LINE_FIELDS.includes(String(pair.key.value))) continue;
    if (pair.value !== null && !(isScalar(pair.value) && pair.value.value === null)) continue;
    const keyEnd = pair.key.range[1];
    const rest = yaml.text.slice(keyEnd, lineEndAt(yaml.text, keyEnd)).replace(/\r$/, '');
    const m = /^:([ \t]+)(#\S.*?)\s*$/.exec(rest);
    if (!m) continue;
    const quoted = JSON.stringify(m[2]);
    const at = keyEnd + 1 + m[1].length;
    const d = diag('JB117', yaml.file, yaml.lines.linePos(at), {
      field: fieldName([...path, String(pair.key.value)]),
      quoted,
      fixable: '',
    });
    d.fixes = [{ offset: at, length: m[2].length, text: quoted }];
    found.push(d);
  }
  return found;
}

/** A body written as a plain or folded (`>`) scalar over several lines: YAML joins the lines. */
function bodyFoldTrap(yaml: ParsedYaml, field: string, node: TextScalar['node']): Diagnostic | null {
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) return null;
  const [start, valueEnd] = node.range;
  if (!yaml.text.slice(start, valueEnd).trimEnd().includes('\n')) return null;
  return diag('JB118', yaml.file, yaml.lines.linePos(start), { field });
}

/** `body: ｜4月21日…`: a full-width bar and the body's first line after it, one plain value to YAML. */
function fullWidthBarTrap(yaml: ParsedYaml, node: TextScalar['node']): Diagnostic | null {
  if (node.type !== Scalar.PLAIN || yaml.text[node.range[0]] !== '｜') return null;
  const lineStart = yaml.text.lastIndexOf('\n', node.range[0] - 1) + 1;
  const lineEnd = lineEndAt(yaml.text, node.range[0]);
  const crlf = yaml.text[lineEnd - 1] === '\r';
  const text = yaml.text.slice(lineStart, crlf ? lineEnd - 1 : lineEnd);
  const inline = textAfterBar(text);
  if (!inline) return null;
  const below = /^ */.exec(yaml.text.slice(lineEnd + 1))![0].length;
  const d = diag('JB053', yaml.file, { line: yaml.lines.linePos(lineStart).line, col: inline.textAt + 1 }, inline.args);
  return textToBody(d, text, lineStart, crlf ? '\r\n' : '\n', lineEnd < yaml.text.length ? below : undefined);
}

export interface TrapOptions {
  /** false: reported without offering a fix. */
  fixes?: boolean;
  /** Only values whose lines all come before this line (1-based): the first line of a syntax
   *  slip, from which yaml's recovered document no longer reads as typed. */
  beforeLine?: number;
}

/** The traps of a file's text fields. */
export function findYamlTraps(yaml: ParsedYaml, opts: TrapOptions = {}): Diagnostic[] {
  const limit = opts.beforeLine;
  const readAsTyped = (from: number, to: number) => limit === undefined || yaml.lines.linePos(Math.max(from, to - 1)).line < limit;
  const found: Diagnostic[] = [
    ...emptiedByComment(yaml).filter((d) => limit === undefined || d.line < limit),
    ...quotedIssueFields(yaml).filter((d) => d.fixes!.every((e) => readAsTyped(e.offset, e.offset + e.length))),
  ];
  for (const { path, node } of textScalars(yaml)) {
    if (!readAsTyped(node.range[0], node.range[1])) continue;
    const key = String(path[path.length - 1]);
    const field = fieldName(path);
    const comment = commentTrap(yaml, field, node);
    if (comment) found.push(comment);
    const hash = ONE_LINE_FIELDS.includes(key) ? fullWidthComment(yaml, field, node) : null;
    if (hash) found.push(hash);
    const quoted = ONE_LINE_FIELDS.includes(key) ? quotedTextField(yaml, field, key, node) : null;
    if (quoted) found.push(quoted);
    if (key === 'title' && !quoted?.fixes) {
      const escape = escapeTrap(yaml, field, node);
      if (escape) found.push(escape);
    }
    if (ONE_LINE_FIELDS.includes(key)) {
      const fold = foldTrap(yaml, field, node);
      if (fold) found.push(fold);
    }
    if (key === 'body') {
      const fold = fullWidthBarTrap(yaml, node) ?? bodyFoldTrap(yaml, field, node);
      if (fold) found.push(fold);
    }
  }
  if (opts.fixes !== false) return found;
  return found.map(({ fixes: _fixes, args: { fixable: _fixable, ...args }, ...d }) => ({ ...d, args }));
}
