// Parses YAML text keeping every node's position. YAML 1.2 core schema only, so `2022-04-30`
// and `no` stay strings and nothing is typed behind the user's back; duplicate keys and alias
// bombs become diagnostics instead of being merged or thrown.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { diag, type Position } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { explainErrors } from './yaml-slips';

const MAX_ALIAS_COUNT = 100;

export interface ParsedYaml {
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
  value: unknown;
}

/**
 * The parsed file and its syntax problems. yaml recovers from most syntax errors, so `yaml` is
 * usually present even when `diagnostics` is not empty (see `loadYamlFile`); it is null only
 * when no value could be built (an alias bomb).
 */
export interface ParseResult {
  yaml: ParsedYaml | null;
  diagnostics: Diagnostic[];
}

/**
 * yaml reports an unclosed quote where the file ends; the editor needs the quote that opened it:
 * the last line before that point with an odd number of quote marks.
 */
function openingQuote(text: string, offset: number, lines: LineCounter): Position {
  const before = text.slice(0, offset).split('\n');
  for (let i = before.length - 1; i >= 0; i--) {
    for (const q of ['"', "'"]) {
      const count = before[i].split(q).length - 1;
      if (count % 2 === 1) return { line: i + 1, col: before[i].lastIndexOf(q) + 1 };
    }
  }
  return lines.linePos(offset);
}

/** yaml's error code, refined for MISSING_CHAR by what is missing (messages.ts words it). */
function yamlErrorKey(code: string, message: string): string {
  if (code !== 'MISSING_CHAR') return code;
  const missing = /quote/.test(message) ? '"' : /\]/.test(message) ? ']' : /\}/.test(message) ? '}' : /- indicator/.test(message) ? '-' : '';
  return missing ? `${code}:${missing}` : code;
}

function firstLine(message: string): string {
  // yaml's messages end with "at line L, column C:" and a code frame; we print our own.
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

export function parseYaml(text: string, file: string): ParseResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  const diagnostics = explainErrors(text, file, doc.errors, lines, (e) => {
    const pos = e.code === 'MISSING_CHAR' && /quote/.test(e.message) ? openingQuote(text, e.pos[0], lines) : lines.linePos(e.pos[0]);
    if (e.code === 'DUPLICATE_KEY') {
      // The message does not name the key; read it from the source where the error points.
      const key = /^\s*(?:-\s+)?["']?([^"':\n]+)/.exec(text.slice(e.pos[0]).split('\n')[0])?.[1]?.trim() ?? '';
      return diag('JB102', file, pos, { key });
    }
    return diag('JB101', file, pos, { detail: firstLine(e.message), yamlError: yamlErrorKey(e.code, e.message) });
  });
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // yaml throws a ReferenceError (not a YAMLError) when aliases expand past the limit.
    if (e instanceof ReferenceError) return { yaml: null, diagnostics: [...diagnostics, diag('JB103', file, { line: 1, col: 1 })] };
    if (diagnostics.length > 0) return { yaml: null, diagnostics };
    throw e;
  }
  return { yaml: { file, text, doc, lines, value }, diagnostics };
}

type PathSegment = string | number;

/**
 * Where a schema path points in the file: the key itself for `at: 'key'` (an unknown key), else
 * the value. A path that does not exist (a missing key) resolves to its nearest existing parent.
 */
export function positionOf(yaml: ParsedYaml, path: readonly PathSegment[], at: 'key' | 'value' = 'value'): Position {
  let node: unknown = yaml.doc.contents;
  let found: Node | null = (node as Node) ?? null;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      if (at === 'key' && i === path.length - 1 && isScalar(pair.key)) {
        found = pair.key;
        break;
      }
      node = pair.value;
      // `key:` with no value has a null value node; point at the key instead.
      found = (pair.value as Node | null) ?? (isScalar(pair.key) ? pair.key : found);
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      node = node.items[seg];
      found = node as Node;
    } else break;
  }
  const offset = found?.range?.[0] ?? 0;
  return yaml.lines.linePos(offset);
}

/**
 * The position of line `lineWithin` (0-based) of a string value: block scalars (`|`, `>`) start on
 * the line after their indicator, so a Markdown body's line maps onto the file's line.
 */
export function positionInValue(yaml: ParsedYaml, path: readonly PathSegment[], lineWithin: number): Position {
  const start = positionOf(yaml, path);
  const lineText = yaml.text.split(/\r?\n/)[start.line - 1] ?? '';
  const indicator = lineText.slice(start.col - 1, start.col);
  if (indicator !== '|' && indicator !== '>') return { line: start.line + lineWithin, col: lineWithin ? 1 : start.col };
  const target = yaml.text.split(/\r?\n/)[start.line + lineWithin] ?? '';
  return { line: start.line + 1 + lineWithin, col: target.length - target.trimStart().length + 1 };
}
