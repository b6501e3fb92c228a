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

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

// A flood of warnings in one value (100,000 half-width commas) maps each of them: the per-file
// and per-scalar work is done once and kept here, so each lookup is a binary search.
const fileLines = new WeakMap<ParsedYaml, number[]>();
const blocks = new WeakMap<Scalar, { valueLines: number[]; firstLine: number; indent: number } | null>();
const inlineRaw = new WeakMap<Scalar, string>();

function lastAtOrBefore(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function inlineOffset(yaml: ParsedYaml, node: Scalar, index: number): number | null {
  const [start, end] = node.range!;
  let raw = inlineRaw.get(node);
  if (raw === undefined) inlineRaw.set(node, (raw = yaml.text.slice(start, end)));
  if (raw.includes('\n')) return null;
  if (node.type === Scalar.PLAIN) return start + index;
  if (node.type === Scalar.QUOTE_DOUBLE && !raw.includes('\\')) return start + 1 + index;
  if (node.type === Scalar.QUOTE_SINGLE && !raw.slice(1, -1).includes("''")) return start + 1 + index;
  return null;
}

function blockLayout(yaml: ParsedYaml, node: Scalar): { valueLines: number[]; firstLine: number; indent: number } | null {
  if (blocks.has(node)) return blocks.get(node)!;
  let starts = fileLines.get(yaml);
  if (!starts) fileLines.set(yaml, (starts = lineStarts(yaml.text)));
  const headerLine = yaml.lines.linePos(node.range![0]).line - 1; // 0-based line of `|`
  // The content indentation is that of the block's first non-blank line.
  let indent = -1;
  for (let l = headerLine + 1; l < starts.length && indent < 0; l++) {
    const lineText = yaml.text.slice(starts[l], (starts[l + 1] ?? yaml.text.length + 1) - 1).replace(/\r$/, '');
    if (lineText.trim()) indent = lineText.length - lineText.trimStart().length;
  }
  const layout = indent < 0 ? null : { valueLines: lineStarts(node.value as string), firstLine: headerLine + 1, indent };
  blocks.set(node, layout);
  return layout;
}

function literalBlockOffset(yaml: ParsedYaml, node: Scalar, index: number): number | null {
  const layout = blockLayout(yaml, node);
  if (!layout) return null;
  const starts = fileLines.get(yaml)!;
  const lineIndex = lastAtOrBefore(layout.valueLines, index);
  const colInLine = index - layout.valueLines[lineIndex];
  const sourceLine = layout.firstLine + lineIndex;
  if (sourceLine >= starts.length) return null;
  return starts[sourceLine] + layout.indent + colInLine;
}

/** Where character `index` of the string at `path` sits in the source, or null if unmappable. */
export function sourcePointOf(yaml: ParsedYaml, path: ReadonlyArray<string | number>, index: number): SourcePoint | null {
  const node = scalarAt(yaml, path);
  if (!node) return null;
  const value = node.value as string;
  const offset =
    node.type === Scalar.BLOCK_LITERAL ? literalBlockOffset(yaml, node, index) : inlineOffset(yaml, node, index);
  // The check that makes edits safe: the mapped source character must be the value's character.
  if (offset === null || index >= value.length || yaml.text[offset] !== value[index]) return null;
  const pos = yaml.lines.linePos(offset);
  return { line: pos.line, col: pos.col, offset };
}
