// JB307/JB308: an article or 简讯 with no source attribution. Every item of a 简报 says where it
// came from: `source` (printed as （市科协学会部）), a reporter `byline`, or for an article an
// attribution already typed in full-width parentheses at the end of the body.
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { LintContext } from '../context';

const ENDS_WITH_ATTRIBUTION = /（[^（）\n]{2,30}）\s*$/;

export function missingSource(ctx: LintContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  ctx.issue.articles.forEach((a, i) => {
    if (a.source || a.byline || ENDS_WITH_ATTRIBUTION.test(a.body)) return;
    out.push(ctx.atField('JB307', ['articles', i, 'title'], { title: a.title.replace(/\s*\n\s*/g, '') }));
  });
  ctx.issue.briefs.forEach((b, i) => {
    if (b.source || ENDS_WITH_ATTRIBUTION.test(b.text)) return;
    out.push(ctx.atField('JB308', ['briefs', i, 'text'], { input: b.text }));
  });
  return out;
}
