// JB302: a space between two Chinese characters in running text (body paragraphs, 简讯 text),
// ideographs or full-width marks: `市科协 召开`, `发言 （详见附件） 。` (a full-width mark carries
// its own spacing, so a typed space beside it only widens the gap).
// Titles, subheadings and bylines are left alone: there a space is a deliberate separator
// (`以青科会为载体 推动“科创中国”试点落地`), and so is a space inside a quoted slogan
// (“科普助双减 一起向未来”). Only a space that is certainly stray is removed by --fix: names
// padded or set apart by spaces (`林　晓`, `周敏 陈 静`) are warned, and a byline is left alone
// (name-spacing.ts decides which is which).
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { excerpt, isChinese } from '../chinese';
import type { LintContext, TextField } from '../context';
import { judgeSpace } from '../name-spacing';

const RUNNING_TEXT = new Set(['body', 'briefText']);
/** An ideograph or a full-width mark, but not the ideographic space itself. */
const chinese = (ch: string | undefined) => ch !== '\u3000' && isChinese(ch);

function spacesIn(ctx: LintContext, f: TextField): Diagnostic[] {
  const out: Diagnostic[] = [];
  let lineStart = 0;
  for (const line of f.text.split('\n')) {
    const isProse = !/^\s*(#|!\[)/.test(line);
    let quoteDepth = 0;
    // Where the last byline's spaces ended: the run after them may carry the byline on.
    let bylineEnd = -1;
    for (let i = 0; isProse && i < line.length; i++) {
      const ch = line[i];
      if (ch === '“') quoteDepth++;
      else if (ch === '”') quoteDepth = Math.max(0, quoteDepth - 1);
      if (!/[ \u3000]/.test(ch) || !chinese(line[i - 1]) || quoteDepth > 0) continue;
      let end = i;
      while (/[ \u3000]/.test(line[end] ?? '')) end++;
      if (chinese(line[end])) {
        const verdict = judgeSpace(line, i, end, bylineEnd);
        if (verdict === 'byline') bylineEnd = end;
        else out.push(strayAt(ctx, f, lineStart + i, end - i, verdict === 'certain'));
      }
      i = end - 1;
    }
    lineStart += line.length + 1;
  }
  return out;
}

function strayAt(ctx: LintContext, f: TextField, index: number, length: number, certain: boolean): Diagnostic {
  const d = ctx.at('JB302', f.path, index, { input: excerpt(f.value, index, length) }, certain ? [{ index, length, text: '' }] : []);
  // The hint says whether --fix mends it (a folded block's characters cannot be mapped).
  if (!certain) d.args.kept = '';
  else if (d.fixes) d.args.fixable = '';
  return d;
}

export function straySpaces(ctx: LintContext): Diagnostic[] {
  return ctx.fields.filter((f) => RUNNING_TEXT.has(f.kind)).flatMap((f) => spacesIn(ctx, f));
}
