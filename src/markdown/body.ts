// Article bodies, format v2 "printed as typed" (docs/body-format.md): every character prints
// except five markup forms — one paragraph per line, a `## ` subheading line, `**bold**` inside
// a line, a photo line `![caption](path)`, a table (`| a | b |` lines under a header). There are no escapes. The parser is ours rather than
// a Markdown library's so nothing else (numbering, `*`, `_`, `<b>`, indentation) can turn into
// markup, and the markup it emits is escaped so no body can make the template output invalid.

/** A piece of a line's text; `bold` when it stood between a matched `**` pair. */
export interface BodyRun {
  text: string;
  bold: boolean;
}

export type BodyBlock =
  | { kind: 'paragraph' | 'subheading'; line: number; runs: BodyRun[] }
  | { kind: 'photo'; line: number; src: string; caption: string }
  /** `rows[0]` is the header row; every row has the same number of cells, each printed as typed. */
  | { kind: 'table'; line: number; rows: string[][] };

/** Layout whitespace at a line's ends: ASCII space, tab, U+3000 (spec §1). */
const EDGE_SPACE = /^[ \t\u3000]+|[ \t\u3000]+$/g;
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u3000';

/** LF, CRLF and a lone CR all end a line. */
export const bodyLines = (body: string): string[] => body.split(/\r\n|\r|\n/);

/** Where each of bodyLines' lines starts in `body` (a CRLF ends a line with two characters). */
export function bodyLineStarts(body: string): number[] {
  const starts = [0];
  for (const m of body.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  return starts;
}

// The path may not hold brackets or parentheses, so the last `](` of the line is the separator
// and a caption keeps any brackets it has.
const PHOTO = /^!\[(.*)\]\(([^()[\]]+)\)$/s;
const SUBHEADING = /^## (?=.*[^ \t\u3000])/s;

/** `**text**` pairs, left to right: a `**` opens, the next `**` closes; when the text between is
 * empty or starts or ends with whitespace, the opening `**` prints and the scan goes on from the
 * closing one. */
export function boldRuns(line: string): BodyRun[] {
  const runs: BodyRun[] = [];
  let plain = '';
  let i = 0;
  while (i < line.length) {
    const open = line.indexOf('**', i);
    if (open < 0) break;
    const close = line.indexOf('**', open + 2);
    if (close < 0) break;
    const text = line.slice(open + 2, close);
    if (text === '' || isSpace(text[0]) || isSpace(text[text.length - 1])) {
      plain += line.slice(i, close);
      i = close;
      continue;
    }
    plain += line.slice(i, open);
    if (plain) runs.push({ text: plain, bold: false });
    runs.push({ text, bold: true });
    plain = '';
    i = close + 2;
  }
  plain += line.slice(i);
  if (plain) runs.push({ text: plain, bold: false });
  return runs;
}

/** A tab inside a line prints as a space: a tab has no glyph, and the body style no tab stops. */
const tabsAsSpaces = (s: string) => s.replace(/\t/g, ' ');

/** The cells of a table-shaped line (trimmed, starting and ending with `|`), or null. */
export function tableCells(text: string): string[] | null {
  if (text.length < 2 || text[0] !== '|' || text[text.length - 1] !== '|') return null;
  return text.slice(1, -1).split('|');
}

/** A separator cell holds only `-`, `:` and spaces, and at least one `-`. */
const SEPARATOR_CELL = /^[-: ]*-[-: ]*$/;

/** The lines of a table starting at `at` (header, separator, rows), or 0 when none starts there. */
function tableLength(lines: string[], at: number): number {
  const header = tableCells(lines[at]);
  const separator = at + 1 < lines.length ? tableCells(lines[at + 1]) : null;
  if (!header || !separator || separator.length !== header.length || !separator.every((c) => SEPARATOR_CELL.test(c))) return 0;
  let end = at + 2;
  while (end < lines.length && tableCells(lines[end])?.length === header.length) end++;
  return end - at;
}

const cellText = (cell: string) => tabsAsSpaces(cell.replace(EDGE_SPACE, ''));

export function parseBody(body: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  const lines = bodyLines(body).map((raw) => raw.replace(EDGE_SPACE, ''));
  for (let line = 0; line < lines.length; line++) {
    const text = lines[line];
    if (text === '') continue;
    const table = tableLength(lines, line);
    if (table > 0) {
      // The separator line is markup: it sets the header apart and does not print.
      const rows = [line, ...Array.from({ length: table - 2 }, (_, k) => line + 2 + k)].map((n) => tableCells(lines[n])!.map(cellText));
      blocks.push({ kind: 'table', line, rows });
      line += table - 1;
      continue;
    }
    const photo = PHOTO.exec(text);
    if (photo) blocks.push({ kind: 'photo', line, src: photo[2], caption: tabsAsSpaces(photo[1].replace(EDGE_SPACE, '')) });
    else if (SUBHEADING.test(text))
      blocks.push({ kind: 'subheading', line, runs: boldRuns(tabsAsSpaces(text.slice(3).replace(EDGE_SPACE, ''))) });
    else blocks.push({ kind: 'paragraph', line, runs: boldRuns(tabsAsSpaces(text)) });
  }
  return blocks;
}

/** What one body line prints: its text without the markup ('' for a blank line). */
export function printedLine(line: string): string {
  const [block] = parseBody(line.replace(/[\r\n]/g, ' '));
  if (!block) return '';
  // One line is never a table (a table needs its separator line): listed only for completeness.
  if (block.kind === 'table') return block.rows.map((row) => row.join('')).join('');
  return block.kind === 'photo' ? block.caption : block.runs.map((r) => r.text).join('');
}

/** Escapes text for the document markup (content and attribute values alike). */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

const runsMarkup = (runs: BodyRun[]) => runs.map((r) => (r.bold ? `<b>${escapeMarkup(r.text)}</b>` : escapeMarkup(r.text))).join('');

// The image loader decodes the src as a URI, so the path is encoded here and arrives exactly as
// typed (`%` and spaces included).
function photoSrc(src: string): string {
  try {
    return encodeURI(src);
  } catch {
    return src;
  }
}

function tableMarkup(rows: string[][]): string {
  const row = (cells: string[], tag: 'th' | 'td') => `<tr>${cells.map((c) => `<${tag}>${escapeMarkup(c)}</${tag}>`).join('')}</tr>`;
  return `<table>${rows.map((cells, i) => row(cells, i === 0 ? 'th' : 'td')).join('')}</table>`;
}

function blockMarkup(b: BodyBlock): string {
  if (b.kind === 'table') return tableMarkup(b.rows);
  if (b.kind === 'photo') return `<img src="${escapeMarkup(photoSrc(b.src))}" alt="${escapeMarkup(b.caption)}"/>`;
  return b.kind === 'subheading' ? `<h2>${runsMarkup(b.runs)}</h2>` : `<p>${runsMarkup(b.runs)}</p>`;
}

/** The body as document markup: one element per block, every character escaped. */
export function bodyToMarkup(body: string): string {
  return parseBody(body)
    .map((b) => `${blockMarkup(b)}\n`)
    .join('');
}

/** The body with `（source）` run in at the end of its last paragraph (or as its own line). */
export function attributedMarkup(body: string, source: string | undefined): string {
  const blocks = parseBody(body);
  if (!source) return blocks.map((b) => `${blockMarkup(b)}\n`).join('');
  const run = `<span class="source">（${escapeMarkup(source)}）</span>`;
  const last = blocks[blocks.length - 1];
  const head = blocks
    .slice(0, -1)
    .map((b) => `${blockMarkup(b)}\n`)
    .join('');
  if (last?.kind === 'paragraph') return `${head}<p>${runsMarkup(last.runs)}${run}</p>\n`;
  return `${head}${last ? `${blockMarkup(last)}\n` : ''}<p class="source">${run}</p>\n`;
}

/** Lines (0-based) that are a table's separator line: markup, never printed. */
export function tableSeparators(body: string): Set<number> {
  return new Set(parseBody(body).flatMap((b) => (b.kind === 'table' ? [b.line + 1] : [])));
}

export interface BodyImage {
  src: string;
  alt: string;
  /** 0-based line within the body text. */
  line: number;
}

/** Every photo of a body with its line, so image problems point into the YAML file. */
export function imagesOf(body: string): BodyImage[] {
  return parseBody(body).flatMap((b) => (b.kind === 'photo' ? [{ src: photoSrc(b.src), alt: b.caption, line: b.line }] : []));
}
