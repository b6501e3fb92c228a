// Parses YAML text keeping every node's position. YAML 1.2 core schema only, so `2022-04-30`
// and `no` stay strings and nothing is typed behind the user's back; duplicate keys and alias
// bombs become diagnostics instead of being merged or thrown.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { diag, type Position } from '../diagnostics/make';
import { appendAll, type Diagnostic } from '../diagnostics/diagnostic';
import { missingDash } from './missing-dash';
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

/** The key whose value opens with the unclosed quote at `pos` (`title: "…`), or null. */
function unclosedValue(text: string, lines: LineCounter, pos: Position): { key: string; quote: string } | null {
  const start = lines.lineStarts[pos.line - 1];
  const before = text.slice(start, start + pos.col - 1);
  const key = /^ *(?:- +)*([A-Za-z_][\w-]*): +$/.exec(before);
  return key ? { key: key[1], quote: text[start + pos.col - 1] } : null;
}

/** yaml's error code, refined for MISSING_CHAR by what is missing (messages.ts words it). */
function yamlErrorKey(code: string, message: string): string {
  if (code !== 'MISSING_CHAR') return code;
  const missing = /quote/.test(message)
    ? '"'
    : /\]/.test(message)
      ? ']'
      : /\}/.test(message)
        ? '}'
        : /- indicator/.test(message)
          ? '-'
          : '';
  return missing ? `${code}:${missing}` : code;
}

function firstLine(message: string): string {
  // yaml's messages end with "at line L, column C:" and a code frame; we print our own.
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * A key that repeats an earlier one of the same mapping (yaml's own check, `uniqueKeys`, compares
 * each key with all before it: quadratic). Keys are equal as yaml compares scalars: `1` ≠ `"1"`.
 * In a list item, a repeat of its first key at the same column, followed by another repeated key,
 * starts an item typed without its `- ` (JB120), and the keys after it are that item's.
 */
function duplicateKeys(doc: Document.Parsed, text: string, file: string, lines: LineCounter): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(doc, {
    Map(_, map, path) {
      const inList = isSeq(path[path.length - 1]);
      const firstKey = map.items[0]?.key;
      let first = isScalar(firstKey) && firstKey.range ? { key: firstKey, at: firstKey.range[0] } : null;
      let seen = new Set<unknown>();
      map.items.forEach(({ key }, i) => {
        if (!isScalar(key)) return;
        if (seen.has(key.value)) {
          const pos = lines.linePos(key.range?.[0] ?? 0);
          const again = { key, at: key.range?.[0] ?? 0 };
          // A new item repeats the item's keys: the key after this one was seen before too
          // (`title` typed twice and then `body` is one key twice, not a new item).
          const after = map.items[i + 1]?.key;
          const restarts = inList && first && key.value === first.key.value && isScalar(after) && seen.has(after.value);
          const dash = restarts ? missingDash(text, first!, again, file, pos) : null;
          if (dash) {
            found.push(dash);
            first = again;
            seen = new Set();
          } else found.push(diag('JB102', file, pos, { key: String(key.value) }));
        }
        seen.add(key.value);
      });
    },
  });
  return found;
}

export function parseYaml(text: string, file: string): ParseResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    version: '1.2',
    schema: 'core',
    uniqueKeys: false,
    prettyErrors: false,
    logLevel: 'error',
  });
  const diagnostics = explainErrors(text, file, doc.errors, lines, (e) => {
    if (e.code === 'MISSING_CHAR' && /quote/.test(e.message)) {
      const pos = openingQuote(text, e.pos[0], lines);
      const unclosed = unclosedValue(text, lines, pos);
      if (unclosed) return diag('JB127', file, pos, unclosed);
      return diag('JB101', file, pos, { detail: firstLine(e.message), yamlError: yamlErrorKey(e.code, e.message) });
    }
    return diag('JB101', file, lines.linePos(e.pos[0]), { detail: firstLine(e.message), yamlError: yamlErrorKey(e.code, e.message) });
  });
  appendAll(diagnostics, duplicateKeys(doc, text, file, lines));
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

/** Each mapping's pairs by key, first occurrence kept, built on the first look (a search per key was quadratic). */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
    pairIndex.set(map, index);
  }
  return index.get(key);
}

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
      const pair = pairOf(node, String(seg));
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
  const lineText = lineOf(yaml, start.line);
  const indicator = lineText.slice(start.col - 1, start.col);
  if (indicator !== '|' && indicator !== '>') {
    // A quoted or plain scalar's lines are not its value's: an escaped `\r\n` in "…" adds none, so
    // the position stays within the source lines the scalar spans (never past the file's end).
    const node = yaml.doc.getIn(path, true) as Node | undefined;
    const last = node?.range ? yaml.lines.linePos(Math.max(node.range[0], node.range[1] - 1)).line : start.line + lineWithin;
    const line = Math.min(start.line + lineWithin, last);
    return { line, col: line > start.line ? 1 : start.col };
  }
  const target = lineOf(yaml, start.line + 1 + lineWithin);
  return { line: start.line + 1 + lineWithin, col: target.length - target.trimStart().length + 1 };
}

/** Line `n` (1-based) of the file without its line break, '' past the end. */
function lineOf(yaml: ParsedYaml, n: number): string {
  const starts = yaml.lines.lineStarts;
  if (n < 1 || n > starts.length) return '';
  return yaml.text.slice(starts[n - 1], n < starts.length ? starts[n] : undefined).replace(/\r?\n$/, '');
}
