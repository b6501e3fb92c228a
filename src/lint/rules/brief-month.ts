// JB306: a 简讯 dated in another month (or year) than the issue: usually a brief copied from
// last month's file, or a typo in the month.
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { asciiDigits } from '../chinese';
import type { LintContext } from '../context';

export function briefMonth(ctx: LintContext): Diagnostic[] {
  const [year, month] = ctx.issue.issue.date.split('-').map(Number);
  const out: Diagnostic[] = [];
  ctx.issue.briefs.forEach((b, i) => {
    const date = asciiDigits(b.date);
    const years = [...date.matchAll(/(\d{4})[ \u3000]*年/g)].map((m) => ({ n: Number(m[1]), at: m.index! }));
    const months = [...date.matchAll(/(?<!\d)(\d{1,2})[ \u3000]*月/g)].map((m) => ({ n: Number(m[1]), at: m.index! }));
    const wrong = years.find((y) => y.n !== year) ?? months.find((m) => m.n !== month);
    if (wrong) {
      out.push(ctx.at('JB306', ['briefs', i, 'date'], wrong.at, { input: b.date, year, month }));
    }
  });
  return out;
}
