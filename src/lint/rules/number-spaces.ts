// JB303: spaces inside a 期号 or a date written in Chinese: `第 4 期`, `6 月 3 日`,
// `2022 年`. In this genre they are typed to look like the masthead, but running text sets them
// solid. Removed by --fix.
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { LintContext } from '../context';

// Each alternative captures the space run; the lookarounds keep the match to number contexts.
const PATTERNS = [/(?<=第)([ \u3000]+)(?=\d)/g, /(?<=\d)([ \u3000]+)(?=[年月日期号届次])/g, /(?<=\d[ \u3000]*[年月])([ \u3000]+)(?=\d)/g];
const CHECKED = new Set(['title', 'toc', 'body', 'briefDate', 'briefText']);

/** The written number around the spaces from `start` to `end`: `第 4 期`, `6 月 3 日`, not the
 *  words beside it, so the message quotes exactly what --fix rewrites. */
function writtenNumber(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && /[\d第年月]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && /[\d年月日期号届次]/.test(text[to])) to++;
  return text.slice(from, to);
}

export function numberSpaces(ctx: LintContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of ctx.fields.filter((x) => CHECKED.has(x.kind))) {
    const hits = PATTERNS.flatMap((re) => [...f.text.matchAll(re)]).sort((a, b) => a.index! - b.index!);
    // Report one warning per written number (`6 月 3 日` is one mistake), with every run fixed.
    const groups: RegExpMatchArray[][] = [];
    for (const h of hits) {
      const last = groups[groups.length - 1];
      const prev = last?.[last.length - 1];
      if (prev && /^[\d年月日 \u3000]*$/.test(f.text.slice(prev.index! + prev[0].length, h.index!))) last.push(h);
      else groups.push([h]);
    }
    for (const g of groups) {
      const last = g[g.length - 1];
      const input = writtenNumber(f.value, g[0].index!, last.index! + last[0].length);
      out.push(
        ctx.at(
          'JB303',
          f.path,
          g[0].index!,
          { input },
          g.map((h) => ({ index: h.index!, length: h[0].length, text: '' })),
        ),
      );
    }
  }
  return out;
}
