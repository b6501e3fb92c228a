// JB313: an issue without `number` or `total` that its template prints. The schema allows both
// to be left out (a first issue, a special number), but the masthead then silently prints no
// 第 N 期 / 总第 N 期 line: say so, so that a forgotten field is not discovered on paper.
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { LintContext } from '../context';

const LINES = { number: '第 N 期', total: '总第 N 期' } as const;

export function missingIssueNumber(ctx: LintContext): Diagnostic[] {
  const missing = [...ctx.printedNumbers].filter((f) => ctx.issue.issue[f] === undefined);
  if (missing.length === 0) return [];
  return [
    ctx.atField('JB313', ['issue'], {
      fields: missing.map((f) => `issue.${f}`).join(', '),
      lines: missing.map((f) => LINES[f]).join('、'),
    }),
  ];
}
