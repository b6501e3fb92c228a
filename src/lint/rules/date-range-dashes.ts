// JB305: the 简讯 of one issue write their date ranges with different dashes (`4月7日-8日` next
// to `6月25—27日`). Any one style is fine; mixing them looks careless in print. The warning goes
// to the briefs that differ from the style most of the issue uses. No fix: the house style is
// the editor's choice.
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { LintContext } from '../context';

// A dash between two parts of a date: after a digit or 日/月, before a digit.
const RANGE_DASH = /(?<=[\d日月][ \u3000]*)(——|[-—–－~～])(?=[ \u3000]*\d)/;

export function dateRangeDashes(ctx: LintContext): Diagnostic[] {
  const uses = ctx.issue.briefs
    .map((b, i) => ({ i, m: RANGE_DASH.exec(b.date) }))
    .filter((u): u is { i: number; m: RegExpExecArray } => u.m !== null)
    .map(({ i, m }) => ({ i, index: m.index, dash: m[1] === '——' ? '—' : m[1] }));
  const counts = new Map<string, number>();
  for (const u of uses) counts.set(u.dash, (counts.get(u.dash) ?? 0) + 1);
  if (counts.size < 2) return [];
  // The most used style wins; on a tie, the one used first.
  const majority = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  return uses
    .filter((u) => u.dash !== majority)
    .map((u) => ctx.at('JB305', ['briefs', u.i, 'date'], u.index, { dash: u.dash, expected: majority, input: ctx.issue.briefs[u.i].date }));
}
