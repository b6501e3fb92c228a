// Turns the yaml library's syntax errors into the editor's slip: one diagnostic per slip, at the
// slip's own line, in plain words (JB108–JB112). yaml reports one slip as two or three errors in
// its own terms, sometimes on the line above or below; each error is matched here with the slip on
// its line, else the next, else the one before. An error no slip explains stays JB101, once per line.
//
// The scan is line by line on purpose: around a syntax error the parsed document is unreliable,
// while the slips themselves (a tab, a full-width colon or space, an indent that fits no level
// above) are visible on the line. Lines inside block scalars (`body: |`) are text and skipped.
import type { LineCounter, YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';

interface Slip {
  line: number;
  diagnostic: Diagnostic;
}

const KEY = '[A-Za-z_][\\w-]*';
const FULL_WIDTH_COLON = new RegExp(`^([ \\t\\u3000]*(?:- +)*)(${KEY})[ \\u3000]*：`);
const FULL_WIDTH_SPACE_AFTER_COLON = new RegExp(`^( *(?:- +)*)(${KEY}):\\u3000`);
const NO_SPACE_AFTER_COLON = new RegExp(`^( *(?:- +)*)(${KEY}):(?=[^\\s:])`);
const BLOCK_HEADER = /:\s*[|>][+-]?\d*[+-]?\s*(#.*)?$/;
const OPENS_BLOCK = /:\s*(#.*)?$/;

const indentOf = (line: string) => /^ */.exec(line)![0].length;

function lineSlip(text: string, n: number, file: string): Diagnostic | null {
  const at = (col: number) => ({ line: n, col: col + 1 });
  const lead = /^[ \t\u3000]*/.exec(text)![0];
  if (lead.includes('\t')) return diag('JB111', file, at(lead.indexOf('\t')));
  const colon = FULL_WIDTH_COLON.exec(text);
  if (colon) return diag('JB109', file, at(text.indexOf('：', colon[1].length)), { key: colon[2] });
  if (lead.includes('\u3000')) return diag('JB110', file, at(lead.indexOf('\u3000')), { where: 'indent' });
  const space = FULL_WIDTH_SPACE_AFTER_COLON.exec(text);
  if (space) return diag('JB110', file, at(space[0].length - 1), { where: 'colon' });
  const tight = NO_SPACE_AFTER_COLON.exec(text);
  if (tight) return diag('JB112', file, at(tight[0].length - 1), { key: tight[2] });
  return null;
}

/** Every slip in the file: what each line shows by itself, and indents that fit no open level. */
export function findSlips(source: string, file: string): Slip[] {
  const slips: Slip[] = [];
  const lines = source.split(/\r?\n/);
  const levels: number[] = [];
  let blockAbove = -1; // indent of the key whose block scalar we are in, or -1
  let opened = false;
  let previous = { line: 0, indent: 0 };
  lines.forEach((text, i) => {
    const n = i + 1;
    if (text.trim() === '' || /^\s*#/.test(text)) return;
    const indent = indentOf(text);
    if (blockAbove >= 0 && indent > blockAbove) return;
    blockAbove = -1;
    const own = lineSlip(text, n, file);
    // A line with a slip of its own says nothing reliable about the levels: leave them as they were.
    if (own) return void slips.push({ line: n, diagnostic: own });
    const isItem = /^ *- /.test(text);
    while (levels.length > 0 && levels[levels.length - 1] > indent) levels.pop();
    const top = levels[levels.length - 1] ?? 0;
    const fits = opened ? indent > top || (isItem && indent === top) : indent === top;
    if (!fits) {
      const args = { indent, above: previous.line, aboveIndent: previous.indent };
      slips.push({ line: n, diagnostic: diag('JB108', file, { line: n, col: 1 }, args) });
    }
    if (levels[levels.length - 1] !== indent) levels.push(indent);
    // The key after `- ` items is a level of its own: the item's other keys line up with it.
    const keyCol = /^ *(?:- +)*/.exec(text)![0].length;
    if (keyCol > indent) levels.push(keyCol);
    if (BLOCK_HEADER.test(text)) blockAbove = indent;
    opened = !BLOCK_HEADER.test(text) && OPENS_BLOCK.test(text);
    previous = { line: n, indent };
  });
  return slips;
}

/**
 * yaml's errors as diagnostics: those a slip explains (on the error's line or next to it, as yaml
 * may point at the line above or trip on the line after) become that slip's one diagnostic; the
 * rest become `other(e)`, at most one per line.
 */
export function explainErrors(source: string, file: string, errors: readonly YAMLError[], lines: LineCounter, other: (e: YAMLError) => Diagnostic): Diagnostic[] {
  const slips = findSlips(source, file);
  const out: Diagnostic[] = [];
  const used = new Set<Slip>();
  const linesDone = new Set<number>();
  for (const e of errors) {
    const line = lines.linePos(e.pos[0]).line;
    // A repeated key or an unclosed quote is its own diagnostic, never a slip's echo.
    const own = e.code === 'DUPLICATE_KEY' || (e.code === 'MISSING_CHAR' && /quote/.test(e.message));
    const near = (offset: number) => slips.find((s) => s.line === line + offset);
    const slip = own ? undefined : (near(0) ?? near(1) ?? near(-1));
    if (slip) {
      if (!used.has(slip)) out.push(slip.diagnostic);
      used.add(slip);
      continue;
    }
    const d = other(e);
    if (d.code !== 'JB101' || !linesDone.has(d.line)) out.push(d);
    linesDone.add(d.line);
  }
  return out;
}
