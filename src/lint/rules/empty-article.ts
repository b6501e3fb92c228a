// JB311 (an error): an article whose body has no text and no photo: only blank lines or only
// subheadings. It would print as a bare title.
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { parseBody } from '../../markdown/body';
import type { LintContext } from '../context';

/** A paragraph or a photo, read by the body format's rules (`# x` is text, `## x` a subheading). */
function hasContent(body: string): boolean {
  return parseBody(body).some((b) => b.kind !== 'subheading');
}

export function emptyArticle(ctx: LintContext): Diagnostic[] {
  return ctx.issue.articles.flatMap((a, i) =>
    hasContent(a.body) ? [] : [ctx.atField('JB311', ['articles', i, 'body'], { title: a.title.replace(/\s*\n\s*/g, '') })],
  );
}
