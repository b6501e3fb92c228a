// JB310: two articles with the same title (spaces and line breaks ignored): an article pasted
// twice, or a title copied and never changed.
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { LintContext } from '../context';
import { comparable } from './toc-mismatch';

export function duplicateTitles(ctx: LintContext): Diagnostic[] {
  const seen = new Map<string, number>();
  const out: Diagnostic[] = [];
  ctx.issue.articles.forEach((a, i) => {
    const key = comparable(a.title);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else {
      const firstLine = ctx.issue.locate(['articles', first, 'title']).line;
      out.push(ctx.atField('JB310', ['articles', i, 'title'], { input: key, line: firstLine }));
    }
  });
  return out;
}
