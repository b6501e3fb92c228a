// Article bodies, format v2 "printed as typed" (docs/body-format.md): every character prints
// except four markup forms — one paragraph per line, a `## ` subheading line, `**bold**` inside
// a line, a photo line `![caption](path)`. There are no escapes. The parser is ours rather than
// a Markdown library's so nothing else (numbering, `*`, `_`, `<b>`, indentation) can turn into
// markup, and the markup it emits is escaped so no body can make the template output invalid.

/** A piece of a line's text; `bold` when it stood between a matched `**` pair. */
export interface BodyRun {
  text: string;
  bold: boolean;
}

export type BodyBlock =
  | { kind: 'paragraph' | 'subheading'; line: number; runs: BodyRun[] }
  | { kind: 'photo'; line: number; src: string; caption: string };

/** Layout whitespace at a line's ends: ASCII space, tab, U+3000 (spec §1). */
const EDGE_SPACE = /^[ \t\u3000]+|[ \t\u3000]+$/g;
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u3000';

/** LF, CRLF and a lone CR all end a line. */
export const bodyLines = (body: string): string[] => body.split(/\r\n|\r|\n/);

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

export function parseBody(body: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  bodyLines(body).forEach((raw, line) => {
    const text = raw.replace(EDGE_SPACE, '');
    if (text === '') return;
    const photo = PHOTO.exec(text);
    if (photo) blocks.push({ kind: 'photo', line, src: photo[2], caption: tabsAsSpaces(photo[1].replace(EDGE_SPACE, '')) });
    else if (SUBHEADING.test(text)) blocks.push({ kind: 'subheading', line, runs: boldRuns(tabsAsSpaces(text.slice(3).replace(EDGE_SPACE, ''))) });
    else blocks.push({ kind: 'paragraph', line, runs: boldRuns(tabsAsSpaces(text)) });
  });
  return blocks;
}

/** What one body line prints: its text without the markup ('' for a blank line). */
export function printedLine(line: string): string {
  const [block] = parseBody(line.replace(/[\r\n]/g, ' '));
  if (!block) return '';
  return block.kind === 'photo' ? block.caption : block.runs.map((r) => r.text).join('');
}

/** Whether `text`, written as a body line as it is, prints exactly so (edge spaces and tabs aside). */
export function printsAsTyped(text: string): boolean {
  return printedLine(text) === tabsAsSpaces(text.replace(EDGE_SPACE, ''));
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

function blockMarkup(b: BodyBlock): string {
  if (b.kind === 'photo') return `<img src="${escapeMarkup(photoSrc(b.src))}" alt="${escapeMarkup(b.caption)}"/>`;
  return b.kind === 'subheading' ? `<h2>${runsMarkup(b.runs)}</h2>` : `<p>${runsMarkup(b.runs)}</p>`;
}

/** The body as document markup: one element per block, every character escaped. */
export function bodyToMarkup(body: string): string {
  return parseBody(body).map((b) => `${blockMarkup(b)}\n`).join('');
}

/** The body with `（source）` run in at the end of its last paragraph (or as its own line). */
export function attributedMarkup(body: string, source: string | undefined): string {
  const blocks = parseBody(body);
  if (!source) return blocks.map((b) => `${blockMarkup(b)}\n`).join('');
  const run = `<span class="source">（${escapeMarkup(source)}）</span>`;
  const last = blocks[blocks.length - 1];
  const head = blocks.slice(0, -1).map((b) => `${blockMarkup(b)}\n`).join('');
  if (last?.kind === 'paragraph') return `${head}<p>${runsMarkup(last.runs)}${run}</p>\n`;
  return `${head}${last ? `${blockMarkup(last)}\n` : ''}<p class="source">${run}</p>\n`;
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
