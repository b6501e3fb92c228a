// JB309: an article's `toc` (its 本期要目 line) that no longer says what its title says: the
// title was edited and the TOC line was not. Line breaks and spaces do not count as differences
// (a printed title may break where the TOC line runs on).
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { LintContext } from '../context';

export const comparable = (s: string): string => s.replace(/[\s\u3000]+/g, '');

export function tocMismatch(ctx: LintContext): Diagnostic[] {
  return ctx.issue.articles.flatMap((a, i) =>
    a.toc !== undefined && comparable(a.toc) !== comparable(a.title)
      ? [ctx.atField('JB309', ['articles', i, 'toc'], { input: a.toc, title: comparable(a.title) })]
      : [],
  );
}
