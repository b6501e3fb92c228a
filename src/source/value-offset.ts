// Maps a character of a parsed string value back to its place in the source text, so a lint
// warning can point at the exact column and `--fix` can edit the file in place without
// re-serialising the YAML. Only scalars whose characters map one-to-one are mapped: plain and
// quoted single-line scalars without escapes, and literal (`|`) block scalars. Everything else
// (folded blocks, escapes, multi-line plain scalars) returns null and callers fall back to the
// value's start.
import { isScalar, Scalar } from 'yaml';
import type { ParsedYaml } from './parse-yaml';

export interface SourcePoint {
  line: number;
  col: number;
  /** UTF-16 offset into the decoded source text. */
  offset: number;
}

function scalarAt(yaml: ParsedYaml, path: ReadonlyArray<string | number>): Scalar | null {
  const node = yaml.doc.getIn(path, true);
  return isScalar(node) && typeof node.value === 'string' && node.range ? node : null;
}

// A lint rule asks for thousands of characters of one file (one warning each): the file's line
// starts and each block's line breaks are found once, not once per character asked.
const lineStartsOf = new WeakMap<ParsedYaml, number[]>();
const breaksOf = new WeakMap<Scalar, number[]>();

function lineStarts(yaml: ParsedYaml): number[] {
  let starts = lineStartsOf.get(yaml);
  if (!starts) {
    starts = [0];
    for (let i = 0; i < yaml.text.length; i++) if (yaml.text[i] === '\n') starts.push(i + 1);
    lineStartsOf.set(yaml, starts);
  }
  return starts;
}

/** Offsets of the line breaks in a block's value. */
function breaks(node: Scalar): number[] {
  let found = breaksOf.get(node);
  if (!found) {
    const value = node.value as string;
    found = [];
    for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) found.push(i);
    breaksOf.set(node, found);
  }
  return found;
}

/** How many of the sorted `offsets` are below `index`. */
function countBelow(offsets: readonly number[], index: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offsets[mid] < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function inlineOffset(yaml: ParsedYaml, node: Scalar, index: number): number | null {
  const [start, end] = node.range!;
  const raw = yaml.text.slice(start, end);
  if (raw.includes('\n')) return null;
  if (node.type === Scalar.PLAIN) return start + index;
  if (node.type === Scalar.QUOTE_DOUBLE && !raw.includes('\\')) return start + 1 + index;
  if (node.type === Scalar.QUOTE_SINGLE && !raw.slice(1, -1).includes("''")) return start + 1 + index;
  return null;
}

function literalBlockOffset(yaml: ParsedYaml, node: Scalar, index: number): number | null {
  const lineBreaks = breaks(node);
  const lineIndex = countBelow(lineBreaks, index);
  const colInLine = index - (lineIndex > 0 ? lineBreaks[lineIndex - 1] + 1 : 0);
  const starts = lineStarts(yaml);
  const headerLine = yaml.lines.linePos(node.range![0]).line - 1; // 0-based line of `|`
  // The content indentation is the spaces before the block's first non-blank line (YAML indents
  // with spaces only: an editor's 　　 or a tab after them is text).
  let indent = -1;
  for (let l = headerLine + 1; l < starts.length && indent < 0; l++) {
    const lineText = yaml.text.slice(starts[l], (starts[l + 1] ?? yaml.text.length + 1) - 1).replace(/\r$/, '');
    if (/[^ \t]/.test(lineText)) indent = /^ */.exec(lineText)![0].length;
  }
  const sourceLine = headerLine + 1 + lineIndex;
  if (indent < 0 || sourceLine >= starts.length) return null;
  return starts[sourceLine] + indent + colInLine;
}

/** Where character `index` of the string at `path` sits in the source, or null if unmappable. */
export function sourcePointOf(yaml: ParsedYaml, path: ReadonlyArray<string | number>, index: number): SourcePoint | null {
  const node = scalarAt(yaml, path);
  if (!node) return null;
  const value = node.value as string;
  const offset = node.type === Scalar.BLOCK_LITERAL ? literalBlockOffset(yaml, node, index) : inlineOffset(yaml, node, index);
  // The check that makes edits safe: the mapped source character must be the value's character.
  if (offset === null || index >= value.length || yaml.text[offset] !== value[index]) return null;
  const pos = yaml.lines.linePos(offset);
  return { line: pos.line, col: pos.col, offset };
}

/** A whole line of the file: its start offset and its length with its line break. */
export interface SourceLine {
  offset: number;
  length: number;
}

/**
 * The file line that holds exactly characters [index, index + length) of a literal block's value
 * as one whole value line, behind nothing but the block's indentation; null otherwise. Removing
 * it removes that value line, indentation and break included, and leaves no blank line behind.
 */
export function sourceLineOf(yaml: ParsedYaml, path: ReadonlyArray<string | number>, index: number, length: number): SourceLine | null {
  const node = scalarAt(yaml, path);
  if (!node || node.type !== Scalar.BLOCK_LITERAL || length <= 0) return null;
  const value = node.value as string;
  const end = index + length;
  if (end > value.length || (index > 0 && value[index - 1] !== '\n') || (end < value.length && value[end] !== '\n')) return null;
  const first = literalBlockOffset(yaml, node, index);
  if (first === null || yaml.text.slice(first, first + length) !== value.slice(index, end)) return null;
  const starts = lineStarts(yaml);
  const lineStart = starts[countBelow(starts, first + 1) - 1];
  if (!/^ *$/.test(yaml.text.slice(lineStart, first))) return null;
  const after = yaml.text.slice(first + length, first + length + 2);
  const lineBreak = after.startsWith('\n') ? 1 : after === '\r\n' ? 2 : first + length === yaml.text.length ? 0 : -1;
  if (lineBreak < 0) return null;
  return { offset: lineStart, length: first + length + lineBreak - lineStart };
}
