// Slips a line shows by itself around a key, found by yaml-slips.ts: a full-width colon after a
// key, English or Chinese (`source：`, `标题：`, JB109), a full-width YAML sign (`－`, `＃`, `｜`, JB128), the colon after the key
// never typed (`body |`, `title 标题`, `source（来源）`, JB119), and a quote inside a quoted value
// that ends the value early (`title: "他说"好"的"`, JB121). Each is one diagnostic at the slip;
// adding the colon is a certain fix, choosing other quote marks is the editor's to make.
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import { keysForChineseName } from './chinese-keys';

const LEAD = ' *(?:- +)*';
/** `body |` / `body >-  # 注`: only a block indicator (and a comment) after the key. */
const NO_COLON_BLOCK = new RegExp(`^(${LEAD})([a-z]{2,})( +)[|>][+-]?\\d*[+-]?\\s*(?:#.*)?$`);
/** `title 标题`, `title “…”`, `source（来源）`: text that is not ASCII right after the key (a
 *  full-width colon or space there is a slip of its own, JB109/JB110). */
const NO_COLON_TEXT = new RegExp(`^(${LEAD})([a-z]{2,})( ?)(?=[^\\x00-\\x7f\\u3000：])`);
const QUOTED_VALUE = new RegExp(`^(${LEAD})([A-Za-z_][\\w-]*): +(["'])`);

/** `key |` or `key 文字` with no colon: the colon goes right after the key. */
export function missingColon(text: string, n: number, file: string, lineStart: number): Diagnostic | null {
  const m = NO_COLON_BLOCK.exec(text) ?? NO_COLON_TEXT.exec(text);
  if (!m) return null;
  const keyEnd = m[1].length + m[2].length;
  const rest = text.slice(keyEnd + m[3].length);
  const d = diag('JB119', file, { line: n, col: keyEnd + 1 }, { key: m[2], rest: rest.trimEnd(), fixable: '' });
  // `body |` → `body: |`, `title 标题` → `title: 标题`, `source（来源）` → `source: （来源）` (JB330 then).
  d.fixes = [{ offset: lineStart + keyEnd, length: 0, text: m[3] ? ':' : ': ' }];
  return d;
}

/** Where a quoted scalar starting at `open` closes on this line, or -1 when it runs on. */
function closingQuote(text: string, open: number): number {
  const q = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (q === '"' && text[i] === '\\') i++;
    else if (text[i] === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/** `key: "…"…"…"`: the value's quote closes before the text does; what follows cannot be read. */
export function quoteEndsValue(text: string, n: number, file: string): Diagnostic | null {
  const m = QUOTED_VALUE.exec(text);
  if (!m) return null;
  const close = closingQuote(text, m[0].length - 1);
  if (close < 0 || /^\s*(?:#.*)?$/.test(text.slice(close + 1))) return null;
  return diag('JB121', file, { line: n, col: close + 1 }, { key: m[2], quote: m[3] });
}

const FULL_WIDTH_COLON = /^([ \t\u3000]*(?:- +)*)([A-Za-z_][\w-]*|[\u4e00-\u9fff]{2,4})( *)：( *)/;

/** `source：…` or `标题：…`: the colon in full width. The fix writes `key: ` (an English key for a
 *  Chinese name that stands for one field); a full-width space after the colon is left to JB110. */
export function fullWidthColon(text: string, n: number, file: string, lineStart: number): Diagnostic | null {
  const m = FULL_WIDTH_COLON.exec(text);
  if (!m) return null;
  const ascii = /^[A-Za-z_]/.test(m[2]);
  const names = ascii ? undefined : keysForChineseName(m[2]);
  if (!ascii && !names) return null;
  const english = names?.length === 1 ? names[0] : undefined;
  const colonAt = m[1].length + m[2].length + m[3].length;
  const certain = text[m[0].length] !== '\u3000';
  const d = diag(
    'JB109',
    file,
    { line: n, col: colonAt + 1 },
    { key: m[2], ...(names ? { english: names.join('/') } : {}), ...(certain ? { fixable: '' } : {}) },
  );
  const keyStart = english ? m[1].length : m[1].length + m[2].length;
  if (certain) d.fixes = [{ offset: lineStart + keyStart, length: m[0].length - keyStart, text: `${english ?? ''}: ` }];
  return d;
}

const SIGNS: ReadonlyArray<[RegExp, string, string]> = [
  [/^( *)(－[ \u3000]?)(?=[^\s\u3000])/, '－', '- '],
  [/^( *)(＃)/, '＃', '#'],
  [new RegExp(`^(${LEAD}[A-Za-z_][\\w-]*: *)(｜)(?=[+-]?\\d*[+-]?\\s*(?:#.*)?$)`), '｜', '|'],
];

/** A YAML sign typed in full width: `－` for an item's dash, `＃` for a comment, `｜` for a block. */
export function fullWidthSign(text: string, n: number, file: string, lineStart: number): Diagnostic | null {
  for (const [re, char, ascii] of SIGNS) {
    const m = re.exec(text);
    if (!m) continue;
    const d = diag('JB128', file, { line: n, col: m[1].length + 1 }, { char, ascii: ascii.trim(), fixable: '' });
    d.fixes = [{ offset: lineStart + m[1].length, length: m[2].length, text: ascii }];
    return d;
  }
  return null;
}

/** Text fields: a value of theirs is never a list or a mapping. */
const TEXT_KEYS = 'title|toc|section|source|byline|date|text|name|editor|mark|body|caption';
const FLOW_TEXT = new RegExp(`^(${LEAD})(${TEXT_KEYS}): +([\\[{])(.*)$`);

/** `title: [图片]…`, `text: {注}…`, `text: [视频`: a text value beginning with a bracket, which YAML
 *  reads as the start of a list or a mapping. Quoting the rest of the line is certain unless it
 *  holds a ` #` (a comment, or text?). */
export function bracketStartsValue(text: string, n: number, file: string, lineStart: number): Diagnostic | null {
  const line = text.replace(/\r$/, '');
  const m = FLOW_TEXT.exec(line);
  if (!m) return null;
  // The bracket: the value runs from it to the line's end.
  const at = line.length - m[3].length - m[4].length;
  const value = (m[3] + m[4]).trimEnd();
  const quoted = JSON.stringify(value);
  const certain = !/\s#/.test(value);
  const d = diag(
    'JB050',
    file,
    { line: n, col: at + 1 },
    {
      key: m[2],
      bracket: m[3],
      quoted,
      ...(m[3] === '[' ? { list: '' } : { map: '' }),
      ...(certain ? { fixable: '' } : {}),
    },
  );
  if (certain) d.fixes = [{ offset: lineStart + at, length: value.length, text: quoted }];
  return d;
}
