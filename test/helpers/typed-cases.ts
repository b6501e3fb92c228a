// The printed-as-typed property's cases and what each should print, shared by the tests that read
// the outputs back (PDF and DOCX; HTML and WeChat): generated titles and bodies of Chinese mixed
// with every markup-like character, numbering form, Latin text and symbol, and the documented
// markup (docs/body-format.md) stated independently of src/markdown/body.ts.
import fc from 'fast-check';

// ---- generators -------------------------------------------------------------------------------
export const CHINESE = [
  '温州市召开推进会',
  '加强组织领导',
  '科技工作者',
  '会议强调',
  '“科创中国”',
  '（市科协）',
  '《通知》',
  '。',
  '，',
  '、',
  '：',
  '2022年',
  'WHO',
];
export const MARKUP = [
  '.',
  '*',
  '_',
  '#',
  '>',
  '-',
  '+',
  '|',
  '<',
  '&',
  '\\',
  '`',
  '[',
  ']',
  '(',
  ')',
  '!',
  '~',
  '**',
  '## ',
  '# ',
  '![',
  '](',
  '[链接](http://x.cn)',
  '&amp;',
  '&lt;',
  '<b>',
  '</p>',
  '<p>',
  '\\*',
  '1\\.',
  '{{x}}',
];
// Text as editors type it beside the Chinese: Latin words and numbers, units, symbols the Song face
// lacks (drawn from the bundled symbol face), full-width forms, dashes and ellipses, accents.
export const TYPED = [
  '5G',
  '3.5%',
  'COVID-19',
  'iPhone 15',
  'A&B',
  'x@y.cn',
  'https://www.wzkx.gov.cn/a_b.html',
  '℃',
  '№',
  '①',
  'Ⅻ',
  '✘',
  '☑',
  '★',
  '—',
  '——',
  '……',
  '·',
  '〇',
  'ＡＢＣ',
  '１２３',
  'α',
  'Ω',
  'é',
  'ǚ',
  '½',
  '™',
  '©',
  '°',
  '±',
  '×',
  '→',
  '‘',
  '’',
  '"',
  "'",
  '•',
];
const NUMBERING = ['1.', '1. ', '2.', '1、', '（1）', '(1)', '①', '一、', '（一）', '第一，', '2022.'];
export const INNER_SPACE = [' ', '  ', '\u3000', '\t', '\u00A0', '\u2003'];
const EDGE = ['', '', '', ' ', '    ', '\t', '\u3000', ' \t'];
export const PHOTOS = ['images/p.png', 'images/照片 1%.png'];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CHINESE) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERING) },
  { weight: 1, arbitrary: fc.constantFrom(...INNER_SPACE) },
  { weight: 2, arbitrary: fc.constantFrom(...TYPED) },
);
const words = (min: number, max: number) => fc.array(token, { minLength: min, maxLength: max }).map((t) => t.join(''));
const bold = words(1, 3).map((w) => `**${w}**`);
const text = fc
  .array(fc.oneof({ weight: 5, arbitrary: token }, { weight: 1, arbitrary: bold }), { minLength: 1, maxLength: 8 })
  .map((t) => t.join(''));

// Tables: short cells (one line each, so the PDF reads a row on one baseline), a header, a
// separator that is right or nearly right, rows of the header's width or one off.
const CELL_TOKENS = ['温州', '12', '3400', '合计', ' ', '\t', '\u3000', '**', '*', '-', ':', '#', '<b>', '&amp;', '|', '##', '![x](a.png)'];
const cell = fc.array(fc.constantFrom(...CELL_TOKENS), { minLength: 0, maxLength: 2 }).map((t) => t.join(''));
const SEPARATOR_CELLS = ['---', '-', ':-:', ' --- ', ':--', '--:', '- -', '', ' ', '::', '===', '-x-', '—', '－－'];
const tableRow = (cells: string[]) => `|${cells.join('|')}|`;
const table = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc
    .tuple(
      fc.array(cell, { minLength: n, maxLength: n }),
      fc.oneof(
        fc.array(fc.constantFrom('---', '-', ':-:', ' --- ', ':--', '--:', '- -'), { minLength: n, maxLength: n }),
        fc.array(fc.constantFrom(...SEPARATOR_CELLS), { minLength: n, maxLength: n }),
      ),
      fc.constantFrom(n, n, n, n, n, n - 1, n + 1),
      fc.array(fc.tuple(fc.constantFrom(n, n, n, n + 1, n - 1), fc.array(cell, { minLength: 5, maxLength: 5 })), {
        minLength: 0,
        maxLength: 3,
      }),
      fc.constantFrom('', '', '', '', '', 'head', 'tail', 'sep'),
    )
    .map(([head, sep, sepCount, rows, miss]) => {
      const sepCells = Array.from({ length: Math.max(0, sepCount) }, (_, i) => sep[i % sep.length]);
      const lines = [tableRow(head), tableRow(sepCells), ...rows.map(([k, cells]) => tableRow(cells.slice(0, Math.max(0, k))))];
      // Near-misses: a pipe missing at one end of a line.
      if (miss === 'head') lines[0] = lines[0].slice(1);
      if (miss === 'tail') lines[lines.length - 1] = lines[lines.length - 1].slice(0, -1);
      if (miss === 'sep') lines[1] = `${lines[1]}-`;
      return lines.join('\n');
    }),
);

const line = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...NUMBERING, '', '', ''), text).map(([n, t]) => n + t) },
  { weight: 2, arbitrary: text.map((t) => `## ${t}`) },
  { weight: 1, arbitrary: fc.tuple(words(0, 3), fc.constantFrom(...PHOTOS)).map(([c, p]) => `![${c}](${p})`) },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: table },
);
const edged = fc.tuple(fc.constantFrom(...EDGE), line, fc.constantFrom(...EDGE)).map(([a, l, b]) => a + l + b);
const eol = fc.constantFrom('\n', '\n', '\r\n', '\r');

/** A body: a plain first line (an article needs text), then generated lines with mixed line ends. */
const body = fc
  .tuple(fc.constantFrom(...CHINESE), fc.array(fc.tuple(edged, eol), { minLength: 1, maxLength: 8 }), fc.boolean())
  .map(([first, rest, trailing]) => first + rest.map(([l, e]) => e + l).join('') + (trailing ? '\n' : ''));
const titleLine = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...CHINESE) },
      { weight: 2, arbitrary: fc.constantFrom(...MARKUP, ...NUMBERING) },
      { weight: 1, arbitrary: fc.constantFrom(...TYPED) },
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((t) => t.join('').trim())
  .filter((t) => t !== '' && !t.includes('{{'));
const title = fc.tuple(titleLine, fc.option(titleLine, { nil: undefined })).map(([a, b]) => (b === undefined ? a : `${a}\n${b}`));
export const article = fc.record({ title, body });

// ---- the documented markup, stated independently of src/markdown/body.ts ----------------------
export const EDGE_WS = /^[ \t\u3000]+|[ \t\u3000]+$/g;
const isWs = (c: string) => c === ' ' || c === '\t' || c === '\u3000';

/** Plain text and bold text of a line under the `**` rule. */
function unbold(s: string): { text: string; bold: string } {
  let out = '';
  let boldText = '';
  let i = 0;
  for (;;) {
    const open = s.indexOf('**', i);
    const close = open < 0 ? -1 : s.indexOf('**', open + 2);
    if (close < 0) break;
    const inner = s.slice(open + 2, close);
    if (inner && !isWs(inner[0]) && !isWs(inner[inner.length - 1])) {
      out += s.slice(i, open) + inner;
      boldText += inner;
      i = close + 2;
    } else {
      out += s.slice(i, close);
      i = close;
    }
  }
  return { text: out + s.slice(i), bold: boldText };
}

export interface Printed {
  text: string;
  bold: string;
  /** A photo (its empty paragraph): it may float to the top of the next page. */
  photo?: boolean;
  /** A photo's caption: it prints under its photo, which may float to the top of the next page. */
  caption?: boolean;
  /** A table's header cell (the table's number): the header row repeats atop a page it runs onto. */
  header?: number;
}

/** The cells of a trimmed line that starts and ends with `|` (two of them at least), or null. */
function cellsOf(t: string): string[] | null {
  return t.length >= 2 && t.startsWith('|') && t.endsWith('|') ? t.slice(1, -1).split('|') : null;
}

/** How many lines a table starting at line i takes (header, separator, rows), or 0. */
export function tableAt(lines: string[], i: number): number {
  const head = cellsOf(lines[i]);
  const sep = i + 1 < lines.length ? cellsOf(lines[i + 1]) : null;
  if (!head || !sep || sep.length !== head.length) return 0;
  if (!sep.every((c) => /^[-: ]*$/.test(c) && c.includes('-'))) return 0;
  let n = 2;
  while (i + n < lines.length && cellsOf(lines[i + n])?.length === head.length) n++;
  return n;
}

/** What each body line prints, one entry per DOCX paragraph (a photo is an empty one; a table
 * cell is one, row by row; the separator line prints nothing; header cells are bold). */
export function printedBody(b: string): Printed[] {
  const out: Printed[] = [];
  let tables = 0;
  const lines = b.split(/\r\n|\r|\n/).map((raw) => raw.replace(EDGE_WS, ''));
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i];
    if (!t) continue;
    const n = tableAt(lines, i);
    if (n > 0) {
      const table = tables++;
      [i, ...Array.from({ length: n - 2 }, (_, k) => i + 2 + k)].forEach((row, r) => {
        for (const c of cellsOf(lines[row])!) {
          const text = c.replace(EDGE_WS, '').replace(/\t/g, ' ');
          out.push({ text, bold: r === 0 ? text : '', ...(r === 0 ? { header: table } : {}) });
        }
      });
      i += n - 1;
      continue;
    }
    const photo = /^!\[(.*)\]\(([^()[\]]+)\)$/.exec(t);
    if (photo) {
      out.push({ text: '', bold: '', photo: true });
      const caption = photo[1].replace(EDGE_WS, '').replace(/\t/g, ' ');
      if (caption) out.push({ text: caption, bold: '', caption: true });
    } else if (t.startsWith('## ') && t.slice(3).replace(EDGE_WS, ''))
      out.push(unbold(t.slice(3).replace(EDGE_WS, '').replace(/\t/g, ' ')));
    else out.push(unbold(t.replace(/\t/g, ' ')));
  }
  return out;
}

export const printedTitle = (t: string) =>
  t
    .split('\n')
    .map((l) => l.trim())
    .join('\n');
