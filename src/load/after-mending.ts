// What the next check would find below a slip that `check --fix` mends. After a syntax slip yaml's
// recovery is unreliable, so its later errors are held back (source/yaml-slips.ts). When the slips
// found carry certain mendings, the mended text is read again: the syntax problems that reading
// finds on lines where the file as it is reported nothing are said now, at their place in the
// file. A slip without a certain mending leaves the rest unread, as before.
import { LineCounter } from 'yaml';
import type { Diagnostic, SourceEdit } from '../diagnostics/diagnostic';
import { parseWithinLimits } from './parse-within-limits';

/** Mendings in a row at most (each may reveal the next slip): bounded, each one linear. */
const ROUNDS = 3;

interface Mended {
  text: string;
  /** The offset in the text before mending of offset `m` of the mended text; null inside a mending. */
  back(m: number): number | null;
}

const overlaps = (a: SourceEdit, b: SourceEdit) =>
  a.offset < b.offset + Math.max(b.length, 1) && b.offset < a.offset + Math.max(a.length, 1);

function mend(text: string, diagnostics: readonly Diagnostic[]): Mended | null {
  const edits: SourceEdit[] = [];
  for (const d of diagnostics) {
    if (d.fixes?.length && !d.fixes.some((e) => edits.some((a) => overlaps(a, e)))) edits.push(...d.fixes);
  }
  if (edits.length === 0) return null;
  edits.sort((a, b) => a.offset - b.offset);
  const spans: Array<{ start: number; end: number; originalEnd: number }> = [];
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.offset);
    spans.push({ start: out.length, end: out.length + e.text.length, originalEnd: e.offset + e.length });
    out += e.text;
    at = e.offset + e.length;
  }
  out += text.slice(at);
  const back = (m: number) => {
    let shift = 0;
    for (const s of spans) {
      if (m < s.start) break;
      if (m < s.end) return null;
      shift = s.end - s.originalEnd;
    }
    return m - shift;
  };
  return { text: out, back };
}

/** Diagnostics of the file's syntax beyond `syntax` (what the file as it is gave), mapped onto it. */
/** Line starts of `text`, as yaml's own counter keeps them. */
function linesOf(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return lines;
}

export function slipsAfterMending(text: string, file: string, syntax: readonly Diagnostic[]): Diagnostic[] {
  const original = linesOf(text);
  const saidOn = new Set(syntax.map((d) => d.line));
  const found: Diagnostic[] = [];
  let current = { text, diagnostics: syntax, back: (m: number): number | null => m };
  for (let round = 0; round < ROUNDS; round++) {
    const mended = mend(current.text, current.diagnostics);
    if (!mended) break;
    const parsed = parseWithinLimits(mended.text, file);
    const previous = current.back;
    const back = (m: number) => {
      const o = mended.back(m);
      return o === null ? null : previous(o);
    };
    const starts = linesOf(mended.text).lineStarts;
    for (const d of parsed.diagnostics) {
      const at = d.line > 0 && d.line <= starts.length ? back(starts[d.line - 1] + d.col - 1) : null;
      if (at === null) continue;
      const pos = original.linePos(at);
      if (saidOn.has(pos.line)) continue;
      saidOn.add(pos.line);
      found.push(onFile(d, pos, back));
    }
    if (parsed.diagnostics.length === 0) break;
    current = { text: mended.text, diagnostics: parsed.diagnostics, back };
  }
  return found;
}

/** `d` at its place in the file; its mending kept where it maps onto the file unchanged. */
function onFile(d: Diagnostic, pos: { line: number; col: number }, back: (m: number) => number | null): Diagnostic {
  const fixes = d.fixes?.map((e) => ({ ...e, offset: back(e.offset), end: back(e.offset + e.length) }));
  const { fixes: _fixes, ...rest } = d;
  if (fixes?.length && fixes.every((e) => e.offset !== null && e.end !== null && e.end - e.offset === e.length)) {
    return { ...rest, ...pos, fixes: fixes.map((e) => ({ offset: e.offset!, length: e.length, text: e.text })) };
  }
  const { fixable: _fixable, ...args } = d.args;
  return { ...rest, ...pos, args };
}
