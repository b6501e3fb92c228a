// JB311 (an error): an article whose body has no text and no photo: only blank lines or only
// subheadings. It would print as a bare title.
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { LintContext } from '../context';

export function emptyArticle(ctx: LintContext): Diagnostic[] {
  return ctx.issue.articles.flatMap((a, i) =>
    // A paragraph or a photo, read by the body format's rules (`# x` is text, `## x` a subheading).
    ctx.body(a.body).blocks.some((b) => b.kind !== 'subheading')
      ? []
      : [ctx.atField('JB311', ['articles', i, 'body'], { title: a.title.replace(/\s*\n\s*/g, '') })],
  );
}
