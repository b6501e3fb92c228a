// Turns the yaml library's syntax errors into the editor's slip: one diagnostic per slip, at the
// slip's own line, in plain words (JB108–JB116). yaml reports one slip as two or three errors in
// its own terms, sometimes on the line above or below, and after one slip its recovery may report
// errors all the way down. An error no slip explains stays JB101, once per line (explainErrors).
//
// The scan is line by line on purpose: around a syntax error the parsed document is unreliable,
// while the slips themselves (a tab, a full-width colon or space, an indent that fits no level
// above) are visible on the line. Lines inside block scalars (`body: |`) are text, checked only
// for lining up with the block's first line.
import type { LineCounter, YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import { bracketStartsValue, fullWidthColon, fullWidthSign, missingColon, quoteEndsValue } from './key-slips';

interface Slip {
  line: number;
  diagnostic: Diagnostic;
}

const KEY = '[A-Za-z_][\\w-]*';
const FULL_WIDTH_SPACE_AFTER_COLON = new RegExp(`^( *(?:- +)*)(${KEY}):\\u3000`);
const NO_BREAK_SPACE_AFTER_COLON = new RegExp(`^( *(?:- +)*${KEY}:)(\\u00a0+)`);
const NO_SPACE_AFTER_COLON = new RegExp(`^( *(?:- +)*)(${KEY}):(?=[^\\s:])`);
const DASH_WITHOUT_SPACE = /^( *)-(?=[A-Za-z_\u4e00-\u9fff])/;
/** `key: value` with a plain value (not quoted, not a block or flow collection). */
const PLAIN_VALUE = new RegExp(`^( *(?:- +)*)(${KEY}): +(?![|>"'\\[{&*!])(.*)$`);
const BAR_LINE = new RegExp(`^( *(?:- +)*)(${KEY}): *([|>｜])`);
const BLOCK_VALUE = /^[|>][+-]?\d*[+-]?(\s+#.*|\s*)$/;
/** A key and its colon, as the text after a `-` typed without its space (`-date: 4月7日`). */
const KEY_THEN_COLON = new RegExp(`^${KEY} *:( |$)`);
const BLOCK_HEADER = /:\s*[|>][+-]?\d*[+-]?\s*(#.*)?$/;
const OPENS_BLOCK = /:\s*(#.*)?$/;
/** A line YAML would read as structure (a key, a list item, a comment, a document marker), not as body text. */
const LOOKS_LIKE_YAML = new RegExp(`^(?:---|\\.\\.\\.)(?:\\s|$)|^ *(?:-( |$)|${KEY} *:( |$)|#)`);

const KEY_LINE = new RegExp(`^ *${KEY} *:( |$)`);
const KEY_NAME = new RegExp(`^ *(${KEY}) *:( |$)`);
/** The key a line opens (`issue:`, `  - photo:`). */
const OPENER_KEY = new RegExp(`^ *(?:- +)*(${KEY}) *:`);
/** A key or a list item, at the start of a line's text. */
const STRUCTURE = new RegExp(`^(?:-( |$)|${KEY} *:( |$))`);
const indentOf = (line: string) => /^ */.exec(line)![0].length;

/** A value after `key:` that reads as typed once a space is put before it: plain text (no ` #`, `: `) or a block header. */
function spaceIsCertain(value: string): boolean {
  if (BLOCK_VALUE.test(value)) return true;
  return !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/ #|: |:$/.test(value);
}

/** `body: | 4月21日…`: text on the line of a block's `|` (or `>`, or a full-width `｜`), where only an
 *  indentation indicator or a comment may stand. Null for `|2`, `|-`, `| # 注`. */
export function textAfterBar(text: string): { barAt: number; textAt: number; keyCol: number; args: Record<string, string> } | null {
  const m = BAR_LINE.exec(text);
  if (!m) return null;
  const barAt = m[0].length - 1;
  const after = text.slice(barAt + 1);
  const indicator = /^[+-]?\d*[+-]?/.exec(after)![0];
  const rest = after.slice(indicator.length);
  if (m[3] !== '｜' && (rest === '' || /^\s+(#|$)/.test(rest))) return null;
  // `|4月…`: what follows the `|` right away is text, not an indicator.
  const textAt = /^\s/.test(rest) ? barAt + 1 + indicator.length + /^\s*/.exec(rest)![0].length : barAt + 1;
  if (textAt >= text.length || text[textAt] === '#') return null;
  return { barAt, textAt, keyCol: m[1].length, args: { key: m[2], bar: m[3], ...(m[3] === '｜' ? { fullWidth: '' } : {}) } };
}

/** JB053's mending for a body's `|` (a `>` may begin a text that starts with ">"): the text moves
 *  to its own line, indented as the body lines below it or two spaces in from the key. */
export function textToBody(d: Diagnostic, text: string, lineStart: number, eol: string, below: number | undefined): Diagnostic {
  const inline = textAfterBar(text);
  if (!inline || d.args.key !== 'body' || inline.args.bar === '>') return d;
  const indent = below !== undefined && below > inline.keyCol ? below : inline.keyCol + 2;
  const mended = { ...d, args: { ...d.args, fixable: '' } };
  mended.fixes = [
    {
      offset: lineStart + inline.barAt,
      length: text.length - inline.barAt,
      text: `|${eol}${' '.repeat(indent)}${text.slice(inline.textAt)}`,
    },
  ];
  return mended;
}

/** JB052: no-break spaces (U+00A0) where YAML wants spaces, each mended into a space (an indentation
 *  only where it then fits a line next to it: findSlips decides that). */
function noBreakSpace(
  file: string,
  pos: { line: number; col: number },
  where: 'indent' | 'colon',
  offset: number,
  length: number,
  spaces: string,
): Diagnostic {
  const d = diag('JB052', file, pos, { where, fixable: '' });
  d.fixes = [{ offset, length, text: spaces }];
  return d;
}

/** JB112/JB114, with the space put back by `--fix` where the value then reads as typed. */
function missingSpace(
  code: 'JB112' | 'JB114',
  file: string,
  pos: { line: number; col: number },
  args: Record<string, string>,
  offset: number,
  certain: boolean,
): Diagnostic {
  const d = diag(code, file, pos, certain ? { ...args, fixable: '' } : args);
  if (certain) d.fixes = [{ offset, length: 0, text: ' ' }];
  return d;
}

function lineSlip(text: string, n: number, file: string, lineStart: number): Diagnostic | null {
  const at = (col: number) => ({ line: n, col: col + 1 });
  const lead = /^[ \t\u3000\u00a0]*/.exec(text)![0];
  if (lead.includes('\t')) return diag('JB111', file, at(lead.indexOf('\t')));
  const colon = fullWidthColon(text, n, file, lineStart);
  if (colon) return colon;
  // The spaces after an item's `-` indent its first key too (`-　date:`); a `－　` is JB128's.
  const indent = /^[ \u3000\u00a0]*(?:-[ \u3000\u00a0]+)*/.exec(text)![0];
  if (indent.includes('\u3000')) return diag('JB110', file, at(indent.indexOf('\u3000')), { where: 'indent' });
  if (indent.includes('\u00a0')) {
    return noBreakSpace(file, at(indent.indexOf('\u00a0')), 'indent', lineStart, indent.length, indent.replace(/\u00a0/g, ' '));
  }
  const space = FULL_WIDTH_SPACE_AFTER_COLON.exec(text);
  if (space) return diag('JB110', file, at(space[0].length - 1), { where: 'colon' });
  const noBreak = NO_BREAK_SPACE_AFTER_COLON.exec(text);
  if (noBreak) return noBreakSpace(file, at(noBreak[1].length), 'colon', lineStart + noBreak[1].length, noBreak[2].length, ' ');
  const tight = NO_SPACE_AFTER_COLON.exec(text);
  if (tight)
    return missingSpace(
      'JB112',
      file,
      at(tight[0].length - 1),
      { key: tight[2] },
      lineStart + tight[0].length,
      spaceIsCertain(text.slice(tight[0].length)),
    );
  const dash = DASH_WITHOUT_SPACE.exec(text);
  if (dash) {
    const rest = text.slice(dash[0].length);
    return missingSpace('JB114', file, at(dash[1].length), { rest }, lineStart + dash[0].length, KEY_THEN_COLON.test(rest));
  }
  const slip =
    fullWidthSign(text, n, file, lineStart) ??
    missingColon(text, n, file, lineStart) ??
    quoteEndsValue(text, n, file) ??
    bracketStartsValue(text, n, file, lineStart);
  if (slip) return slip;
  const inline = textAfterBar(text);
  if (inline) return diag('JB053', file, at(inline.textAt), inline.args);
  const plain = PLAIN_VALUE.exec(text);
  const value = plain?.[3].replace(/ +#.*$/, '') ?? '';
  if (plain && (/: /.test(value) || value.endsWith(':'))) {
    return diag('JB115', file, at(plain[1].length + plain[2].length + 2 + value.search(/:( |$)/)), {
      key: plain[2],
      quoted: JSON.stringify(value),
    });
  }
  return null;
}

/** Where a block scalar (`body: |`) stands while its lines are read. */
interface Block {
  keyIndent: number;
  keyLine: number;
  key: string;
  /** Its text stands at the key's indent or less (JB129). */
  unindented?: boolean;
  /** Indent of its first non-blank line, and that line; -1 until seen. */
  contentIndent: number;
  first: number;
  /** The indent of the body lines already reported short (JB113): more of them are the same slip. */
  short?: number;
  /** Blank lines before the first content line: their number and how many spaces they hold. */
  leadingBlanks: Array<{ line: number; spaces: number }>;
}

/** A line inside a block scalar: its slip, 'text' when it is body text, 'out' when the block ended. */
function blockLine(block: Block, text: string, n: number, file: string, lineStart: number): Diagnostic | 'text' | 'out' {
  const indent = indentOf(text);
  // A body line indented with a tab (a pasted paragraph, `\t## 小标题`) that is no key or list
  // item: the tab is the slip, and the body goes on below it (its next lines are no misfits).
  if (/^[ \u3000]*\t/.test(text) && !STRUCTURE.test(text.trimStart())) return diag('JB111', file, { line: n, col: text.indexOf('\t') + 1 });
  if (block.contentIndent < 0) {
    if (indent <= block.keyIndent && (LOOKS_LIKE_YAML.test(text) || lineSlip(text, n, file, lineStart))) return 'out';
    if (indent <= block.keyIndent) {
      // Text right under `body: |` at the key's own indent: the body lost its indentation. Its
      // lines are read as the body's until a line of structure, so the slip is one diagnostic.
      block.contentIndent = indent;
      block.first = n;
      block.unindented = true;
      return diag('JB129', file, { line: n, col: indent + 1 }, { key: block.key, keyLine: block.keyLine, want: block.keyIndent + 2 });
    }
    block.contentIndent = indent;
    block.first = n;
    const deep = block.leadingBlanks.find((b) => b.spaces > indent);
    return deep ? diag('JB116', file, { line: deep.line, col: 1 }) : 'text';
  }
  if (block.unindented && indent <= block.keyIndent && (LOOKS_LIKE_YAML.test(text) || lineSlip(text, n, file, lineStart))) return 'out';
  if (indent >= block.contentIndent) return 'text';
  // A body line indented with no-break spaces (pasted from a web page): they are text to YAML.
  const noBreak = /^[ \u00a0]*/.exec(text)![0];
  if (noBreak.includes('\u00a0') && noBreak.length >= block.contentIndent) {
    return noBreakSpace(
      file,
      { line: n, col: noBreak.indexOf('\u00a0') + 1 },
      'indent',
      lineStart,
      block.contentIndent,
      ' '.repeat(block.contentIndent),
    );
  }
  // Back at the key's level: structure ends the block, even a slip of structure (`-title:`).
  if (indent <= block.keyIndent && (LOOKS_LIKE_YAML.test(text) || lineSlip(text, n, file, lineStart))) return 'out';
  // `source:` one space further in than `body:`: a key out of line, not a body line.
  if (indent > block.keyIndent && KEY_LINE.test(text)) {
    return diag('JB108', file, { line: n, col: 1 }, { indent, above: block.keyLine, aboveIndent: block.keyIndent });
  }
  if (block.short === indent) return 'text';
  block.short = indent;
  return diag('JB113', file, { line: n, col: indent + 1 }, { indent, first: block.first, firstIndent: block.contentIndent });
}

/** The indent of the first line after line index `i` that is neither blank nor a comment, and whether it is a `- ` item; null at the end. */
function nextLine(lines: readonly string[], i: number): { indent: number; item: boolean } | null {
  for (let j = i + 1; j < lines.length; j++) {
    if (lines[j].trim() === '' || /^\s*#/.test(lines[j])) continue;
    return { indent: indentOf(lines[j]), item: /^ *- /.test(lines[j]) };
  }
  return null;
}

/** The first list item of a section (`- title:` right under `articles:`), while its keys are read. */
interface FirstItem {
  line: number;
  lineStart: number;
  dash: number;
  /** The level it opened under: its `- ` may stand anywhere deeper. */
  parent: number;
}

/**
 * The `- ` of a section's first item is out of line with its keys below when two lines after it
 * agree on another column (a second key, or the next item's `- `): JB122 at the `- `, which is
 * moved where they say. The first item sets the level in YAML, so otherwise its keys look wrong.
 */
function dashOutOfLine(item: FirstItem, indent: number, n: number, lines: readonly string[], file: string): Diagnostic | null {
  const want = indent - 2;
  const after = nextLine(lines, n - 1);
  if (want <= item.parent || !after || !(after.item ? after.indent === want : after.indent === indent)) return null;
  const d = diag(
    'JB122',
    file,
    { line: item.line, col: item.dash + 1 },
    { indent: item.dash, below: n, belowIndent: indent, want, fixable: '' },
  );
  d.fixes = [{ offset: item.lineStart, length: item.dash, text: ' '.repeat(want) }];
  return d;
}

/** The first key of a mapping (`number:` right under `issue:`), while the key after it is read. */
interface FirstKey {
  line: number;
  lineStart: number;
  indent: number;
  key: string;
  /** The key it opened under, and that key's level: the first key may stand anywhere deeper. */
  parentKey: string;
  parent: number;
}

/**
 * A mapping's first key out of line with the keys below it (`   number: 4` over `  total: 269`):
 * the first key sets the level in YAML, so otherwise the next key is blamed. JB051 at the first
 * key when the key after it stands at the usual two spaces in or the line after that agrees with
 * it; mended (moved to their column) only when two lines below agree.
 */
function firstKeyOutOfLine(
  first: FirstKey,
  text: string,
  indent: number,
  n: number,
  lines: readonly string[],
  file: string,
): Diagnostic | null {
  if (indent <= first.parent || indent === first.indent || !KEY_LINE.test(text)) return null;
  const after = nextLine(lines, n - 1);
  const agreed = after !== null && !after.item && after.indent === indent;
  if (!agreed && !(indent === first.parent + 2)) return null;
  const args = { key: first.key, parentKey: first.parentKey, indent: first.indent, below: n, belowIndent: indent, want: indent };
  const d = diag('JB051', file, { line: first.line, col: 1 }, agreed ? { ...args, fixable: '' } : args);
  if (agreed) d.fixes = [{ offset: first.lineStart, length: first.indent, text: ' '.repeat(indent) }];
  return d;
}

/** A first key typed after a space (` issue:`) while later lines start at the margin: JB123. */
function indentedFirstKey(text: string, lines: readonly string[], i: number, lineStart: number, file: string): Diagnostic | null {
  const indent = indentOf(text);
  const key = new RegExp(`^ +(${KEY}) *:( |$)`).exec(text);
  if (!key || !lines.some((l, j) => j > i && l.trim() !== '' && !/^\s*#/.test(l) && indentOf(l) < indent)) return null;
  const after = nextLine(lines, i);
  const certain = !after || after.indent === 0 || after.indent > indent;
  const d = diag('JB123', file, { line: i + 1, col: 1 }, { key: key[1], indent, ...(certain ? { fixable: '' } : {}) });
  if (certain) d.fixes = [{ offset: lineStart, length: indent, text: '' }];
  return d;
}

/** Every slip in the file: what each line shows by itself, and indents that fit no open level. */
export function findSlips(source: string, file: string): Slip[] {
  const slips: Slip[] = [];
  const lines = source.split(/\r?\n/);
  const levels: number[] = [];
  let block: Block | null = null;
  let opened = false;
  /** The last line of structure; `want`: where a key right below it at its level would stand. */
  let previous: { line: number; indent: number; misfit: boolean; want?: number; key?: string } = { line: 0, indent: 0, misfit: false };
  let firstItem: FirstItem | null = null;
  let firstKey: FirstKey | null = null;
  let seenAny = false;
  /** The line of the last `- ` item at each open level. */
  const items = new Map<number, number>();
  let next = 0;
  lines.forEach((text, i) => {
    const n = i + 1;
    const lineStart = next;
    next += text.length + (source[next + text.length] === '\r' ? 2 : 1);
    if (block && text.trim() === '') {
      if (block.contentIndent < 0) block.leadingBlanks.push({ line: n, spaces: text.length });
      return;
    }
    if (block) {
      const read = blockLine(block, text, n, file, lineStart);
      if (read === 'text') return;
      if (read !== 'out') return void slips.push({ line: n, diagnostic: read });
      block = null;
    }
    // A comment; `\t# …` is a tab-indented line (JB111), which YAML does not read as one here.
    if (text.trim() === '' || /^ *#/.test(text)) return;
    let indent = indentOf(text);
    let own = lineSlip(text, n, file, lineStart);
    if (own?.code === 'JB053')
      own = textToBody(own, text, lineStart, source[lineStart + text.length] === '\r' ? '\r\n' : '\n', nextLine(lines, i)?.indent);
    // A full-width or no-break space after an item's `-` (`-　date:`): the item's own indent is sound.
    const afterDash = (own?.code === 'JB110' || own?.code === 'JB052') && own.args.where === 'indent' && text[indentOf(text)] === '-';
    if (own?.code === 'JB052' && own.args.where === 'indent' && !afterDash) {
      // Mended only into an indentation a line next to it has.
      const spaces = /^[ \u00a0]*/.exec(text)![0].length;
      if (spaces !== previous.indent && spaces !== nextLine(lines, i)?.indent)
        own = { ...own, fixes: undefined, args: { where: 'indent' } };
    }
    const opensBody = BLOCK_HEADER.test(text) || own?.code === 'JB053' || (own !== null && /[|>｜][+-]?\d*[+-]?\s*$/.test(text));
    const first = !seenAny && indent > 0 && !own ? indentedFirstKey(text, lines, i, lineStart, file) : null;
    seenAny = true;
    if (first) {
      slips.push({ line: n, diagnostic: first });
      indent = 0;
    }
    const top = [...levels].reverse().find((l) => l <= indent) ?? 0;
    const isItem = /^ *- /.test(text);
    let fits = opened ? indent > top || (isItem && indent === top) : indent === top;
    // `time:10点` or `-科协` deeper than any key here goes on the plain value above (a title's
    // second line): text to YAML, never a missing space. Where that breaks, the indent is the slip.
    if (!fits && (own?.code === 'JB112' || own?.code === 'JB114')) own = null;
    if (own) slips.push({ line: n, diagnostic: own });
    const dash = !own && !fits && firstItem && !isItem ? dashOutOfLine(firstItem, indent, n, lines, file) : null;
    if (dash) {
      // Read on as if the `- ` stood where its keys say.
      slips.push({ line: firstItem!.line, diagnostic: dash });
      while (levels.length > 0 && levels[levels.length - 1] >= firstItem!.dash) items.delete(levels.pop()!);
      levels.push(indent - 2, indent);
      items.set(indent - 2, firstItem!.line);
      fits = true;
    }
    const keyFirst = !own && !fits && !dash && firstKey ? firstKeyOutOfLine(firstKey, text, indent, n, lines, file) : null;
    if (keyFirst) {
      // Read on as if the first key stood where the keys below it say.
      slips.push({ line: firstKey!.line, diagnostic: keyFirst });
      while (levels.length > 0 && levels[levels.length - 1] >= firstKey!.indent) items.delete(levels.pop()!);
      levels.push(indent);
      fits = true;
    }
    firstItem = null;
    firstKey = null;
    // A line whose indent is broken (a tab or full-width space, or no level fits it) says nothing
    // reliable about the levels: they stay as they were. It still answers a `key:` above it, and
    // may open a body.
    const broken =
      ((own?.code === 'JB110' || own?.code === 'JB052') && own.args.where === 'indent' && !afterDash) ||
      own?.code === 'JB111' ||
      (!own && !fits);
    // Lines that line up with a misfit line just above are the same slip: one diagnostic for them.
    if (!own && !fits && !(previous.misfit && indent === previous.indent)) {
      // A `- ` out of line is compared with the item of its list above, not the key just above.
      const sibling = isItem ? items.get(top) : undefined;
      const want = sibling ? top : previous.want;
      const args = {
        indent,
        ...(sibling ? { above: sibling, aboveIndent: top } : { above: previous.line, aboveIndent: previous.indent }),
        ...(want !== undefined && want !== indent ? { want } : {}),
      };
      slips.push({ line: n, diagnostic: diag('JB108', file, { line: n, col: 1 }, args) });
    }
    if (opensBody) {
      const key = /^ *(?:- +)*([^\s:：]+)/.exec(text)?.[1] ?? 'body';
      block = { keyIndent: indent, keyLine: n, key, contentIndent: -1, first: 0, leadingBlanks: [] };
    }
    if (broken) {
      opened = false;
      previous = { line: n, indent, misfit: !own };
      return;
    }
    if (opened && !own && isItem) firstItem = { line: n, lineStart, dash: indent, parent: top };
    const keyName = opened && !own && !isItem ? KEY_NAME.exec(text) : null;
    if (keyName) firstKey = { line: n, lineStart, indent, key: keyName[1], parentKey: previous.key ?? '', parent: top };
    while (levels.length > 0 && levels[levels.length - 1] > indent) items.delete(levels.pop()!);
    if (levels[levels.length - 1] !== indent) levels.push(indent);
    if (isItem) items.set(indent, n);
    // The key after `- ` items is a level of its own: the item's other keys line up with it
    // (`-date:`, a dash without its space, is read as meant: `- date:`).
    const keyCol = own?.code === 'JB114' || own?.args.char === '－' || afterDash ? indent + 2 : /^ *(?:- +)*/.exec(text)![0].length;
    if (keyCol > indent) levels.push(keyCol);
    // `issue：` opens its mapping as `issue:` would: the keys below it are no misfits.
    opened = !opensBody && (OPENS_BLOCK.test(text) || (own?.code === 'JB109' && /：\s*(#.*)?$/.test(text)));
    previous = { line: n, indent, misfit: false, ...(opened ? { key: OPENER_KEY.exec(text)?.[1] } : { want: keyCol }) };
  });
  return slips;
}

/** Slips that may be sound YAML elsewhere (a deeper plain line continues a value, `WPS 培训` may
 *  be a title's second line): reported only where yaml has an error on their line or next to it. */
const NEEDS_AN_ERROR = new Set(['JB108', 'JB119', 'JB128', 'JB050']);
/** …and a Chinese field name before a full-width colon (`内容：` may begin a title's second line). */
const needsAnError = (d: Diagnostic) => NEEDS_AN_ERROR.has(d.code) || (d.code === 'JB109' && d.args.english !== undefined);

/**
 * yaml's errors as diagnostics. Every slip a line shows by itself (JB109–JB116) is reported: each
 * is an error in YAML wherever it stands, though yaml may report it lines later or, once its
 * recovery has gone astray, not at all. An indent that fits no level (JB108) or a key without
 * its colon (JB119) is reported when
 * yaml has an error on its line or next to it (it may point at the line above, or trip on the
 * line after). yaml's other errors become `other(e)`, once per line, but only before the first
 * slip: after it yaml's recovery is unreliable, and the next check shows what remains.
 */
export function explainErrors(
  source: string,
  file: string,
  errors: readonly YAMLError[],
  lines: LineCounter,
  other: (e: YAMLError) => Diagnostic,
): Diagnostic[] {
  if (errors.length === 0) return [];
  const slips = findSlips(source, file);
  const errorLines = errors.map((e) => lines.linePos(e.pos[0]).line);
  const withError = new Set(errorLines);
  const near = (line: number) => withError.has(line - 1) || withError.has(line) || withError.has(line + 1);
  const reported = slips.filter((s) => !needsAnError(s.diagnostic) || near(s.line));
  const firstSlip = Math.min(...reported.map((s) => s.line));
  const out: Diagnostic[] = [];
  const linesDone = new Set<number>();
  errors.forEach((e, i) => {
    const line = errorLines[i];
    // A repeated key or an unclosed quote is its own diagnostic, never a slip's echo.
    const own = e.code === 'DUPLICATE_KEY' || (e.code === 'MISSING_CHAR' && /quote/.test(e.message));
    if (!own && line >= firstSlip - 1) return;
    const d = other(e);
    if (d.code !== 'JB101' || !linesDone.has(d.line)) out.push(d);
    linesDone.add(d.line);
  });
  return [...out, ...reported.map((s) => s.diagnostic)].sort((a, b) => a.line - b.line || a.col - b.col);
}
