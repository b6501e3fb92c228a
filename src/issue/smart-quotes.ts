// Quotes typed with a Chinese input method (“…” ‘…’, or WPS's ”…”) around a whole value, meant as
// YAML's quotes: YAML only knows " and ', so these stay in the value. Around the issue's date or
// numbers that breaks the value (JB054, mended to YAML's quotes); around a text field it prints
// them (JB055, a warning: a title may really be quoted), mended only for a title holding `\n`,
// which only double quotes make a line break.
import { isMap, isScalar, Scalar, type Document } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import type { ParsedYaml } from '../source/parse-yaml';

type Node = Scalar<string> & { range: [number, number, number] };

const AROUND = /^([“”‘’])(.*)([“”‘’])$/s;
const TEXT_AROUND = /^(?:(“)([^“”]*)(”)|(‘)([^‘’]*)(’))$/s;

function plainString(node: unknown): node is Node {
  return isScalar(node) && node.type === Scalar.PLAIN && typeof node.value === 'string' && Array.isArray(node.range);
}

function fixed(d: Diagnostic, node: Node, text: string): Diagnostic {
  d.args.fixable = '';
  d.fixes = [{ offset: node.range[0], length: node.range[1] - node.range[0], text }];
  return d;
}

/** `date: “2022-04-30”`, `number: “4”`: the issue's own fields in Chinese quotes. */
export function quotedIssueFields(yaml: ParsedYaml): Diagnostic[] {
  const issue = (yaml.doc as Document.Parsed).get('issue', true);
  if (!isMap(issue)) return [];
  const found: Diagnostic[] = [];
  for (const key of ['date', 'number', 'total']) {
    const node = issue.get(key, true);
    const m = plainString(node) ? AROUND.exec(node.value) : null;
    if (!m || !plainString(node)) continue;
    const inner = m[2].trim();
    const text = key === 'date' ? JSON.stringify(inner) : /^\d+$/.test(inner) ? inner : null;
    if (text === null) continue;
    const d = diag('JB054', yaml.file, yaml.lines.linePos(node.range[0]), { field: `issue.${key}`, open: m[1], close: m[3], fixed: text });
    found.push(fixed(d, node, text));
  }
  return found;
}

/** A text field wholly in “…” or ‘…’ (none inside): printed with them. */
export function quotedTextField(yaml: ParsedYaml, field: string, key: string, node: Node): Diagnostic | null {
  if (node.type !== Scalar.PLAIN) return null;
  const m = TEXT_AROUND.exec(node.value);
  if (!m) return null;
  const [open, inner, close] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  const d = diag('JB055', yaml.file, yaml.lines.linePos(node.range[0]), { field, open, close });
  // `\n` in a title is a line break only in double quotes: YAML's quotes were meant.
  const certain = key === 'title' && inner.includes('\\n') && !/["\\]|\\[^n]/.test(inner.replace(/\\n/g, ''));
  return certain ? fixed(d, node, `"${inner}"`) : d;
}
