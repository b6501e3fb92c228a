// JB311 (an error): an article whose body has no text and no photo: only blank lines or only
// subheadings. It would print as a bare title.
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { LintContext } from '../context';

function hasContent(body: string): boolean {
  return body.split('\n').some((line) => line.trim() !== '' && !/^\s*#{1,6}(\s|$)/.test(line));
}

export function emptyArticle(ctx: LintContext): Diagnostic[] {
  return ctx.issue.articles.flatMap((a, i) =>
    hasContent(a.body) ? [] : [ctx.atField('JB311', ['articles', i, 'body'], { title: a.title.replace(/\s*\n\s*/g, '') })],
  );
}
