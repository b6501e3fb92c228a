// JB304: an opening “ （ 《 without its closing mark, or a closing one without its opening,
// within one paragraph (a pasted fragment often loses one half). No fix: where the missing half
// belongs is the editor's call. A number or letter closed by `）` alone is numbering, not a lost
// half: `1）2）3）`, `内容如下：1）…；2）…`, `一）`, `a）`.
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { excerpt } from '../chinese';
import type { LintContext, TextField } from '../context';

const PAIRS: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['（', '）'],
  ['《', '》'],
]);
const CLOSERS: ReadonlyMap<string, string> = new Map([
  ['”', '“'],
  ['）', '（'],
  ['》', '《'],
]);
/** Only these characters matter: a regex finds them far faster than a look at every character. */
const BRACKETS = /[“”（）《》]/g;

function paragraphs(f: TextField): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  const re = /\n[ \t]*\n/g;
  let start = 0;
  for (const m of f.text.matchAll(re)) {
    out.push({ start, text: f.text.slice(start, m.index!) });
    start = m.index! + m[0].length;
  }
  out.push({ start, text: f.text.slice(start) });
  return out;
}

const NUMBERING = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[A-Za-z])$/;
/** What may stand before a numbering token: the paragraph's start, a space or a mark. */
const BEFORE_NUMBERING = /[\s：:；;，,。、）)！!？?]/;

/** Is the `）` at `i` the end of a list number (`1）`) rather than half of a pair? */
function closesNumbering(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && i - j < 3 && /[0-9一二三四五六七八九十A-Za-z]/.test(text[j - 1])) j--;
  return NUMBERING.test(text.slice(j, i)) && (j === 0 || BEFORE_NUMBERING.test(text[j - 1]));
}

function check(ctx: LintContext, f: TextField): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const p of paragraphs(f)) {
    const open: number[] = [];
    for (const match of p.text.matchAll(BRACKETS)) {
      const i = match.index!;
      const ch = match[0];
      const opener = CLOSERS.get(ch);
      if (PAIRS.has(ch)) open.push(i);
      else if (opener) {
        const top = open[open.length - 1];
        if (top !== undefined && p.text[top] === opener) open.pop();
        else if (!(ch === '）' && closesNumbering(p.text, i))) {
          const at = p.start + i;
          out.push(ctx.at('JB304', f.path, at, { char: ch, partner: opener, input: excerpt(f.value, at) }));
        }
      }
    }
    for (const i of open) {
      const at = p.start + i;
      out.push(ctx.at('JB304', f.path, at, { char: p.text[i], partner: PAIRS.get(p.text[i])!, input: excerpt(f.value, at) }));
    }
  }
  return out;
}

export function unbalancedBrackets(ctx: LintContext): Diagnostic[] {
  return ctx.fields.flatMap((f) => check(ctx, f));
}
