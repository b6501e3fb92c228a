// JB124: a 简讯 dated on a day the calendar does not have (2月30日, 4月31日, 13月2日): a typo the
// reader sees at once. The year is the issue's, so 2月29日 passes only in a leap year.
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { offCalendar } from '../../schema/calendar-day';
import { asciiDigits } from '../chinese';
import type { LintContext } from '../context';

export function briefCalendar(ctx: LintContext): Diagnostic[] {
  const year = Number(ctx.issue.issue.date.slice(0, 4));
  const out: Diagnostic[] = [];
  ctx.issue.briefs.forEach((b, i) => {
    const slip = offCalendar(asciiDigits(b.date), year);
    if (slip) {
      const { at, ...args } = slip;
      out.push(ctx.at('JB124', ['briefs', i, 'date'], at, { input: b.date, ...args }));
    }
  });
  return out;
}
