// JB302: a space between two Chinese characters in running text (body paragraphs, 简讯 text),
// ideographs or full-width marks: `市科协 召开`, `发言 （详见附件） 。` (a full-width mark carries
// its own spacing, so a typed space beside it only widens the gap).
// Titles, subheadings and bylines are left alone: there a space is a deliberate separator
// (`以青科会为载体 推动“科创中国”试点落地`), and so is a space inside a quoted slogan
// (“科普助双减 一起向未来”). Removed by --fix.
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { excerpt, isChinese } from '../chinese';
import type { LintContext, TextField } from '../context';

const RUNNING_TEXT = new Set(['body', 'briefText']);
/** An ideograph or a full-width mark, but not the ideographic space itself. */
const chinese = (ch: string | undefined) => ch !== '\u3000' && isChinese(ch);

function spacesIn(ctx: LintContext, f: TextField): Diagnostic[] {
  const out: Diagnostic[] = [];
  let lineStart = 0;
  for (const line of f.text.split('\n')) {
    const isProse = !/^\s*(#|!\[)/.test(line);
    let quoteDepth = 0;
    for (let i = 0; isProse && i < line.length; i++) {
      const ch = line[i];
      if (ch === '“') quoteDepth++;
      else if (ch === '”') quoteDepth = Math.max(0, quoteDepth - 1);
      if (!/[ \u3000]/.test(ch) || !chinese(line[i - 1]) || quoteDepth > 0) continue;
      let end = i;
      while (/[ \u3000]/.test(line[end] ?? '')) end++;
      if (chinese(line[end])) {
        const index = lineStart + i;
        out.push(ctx.at('JB302', f.path, index, { input: excerpt(f.value, index, end - i) }, [{ index, length: end - i, text: '' }]));
      }
      i = end - 1;
    }
    lineStart += line.length + 1;
  }
  return out;
}

export function straySpaces(ctx: LintContext): Diagnostic[] {
  return ctx.fields.filter((f) => RUNNING_TEXT.has(f.kind)).flatMap((f) => spacesIn(ctx, f));
}
