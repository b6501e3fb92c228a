// The data a template sees (documented in the README). Every key is always present (null when
// unset) so strict mode can reject a misspelt field without rejecting an optional one.
import type { Issue } from '../schema/issue-schema';
import { attributedMarkup, markdownToMarkup } from '../markdown/body';

/** The 本期要目 line: the `toc` field, else the display title without its line breaks. */
export function tocLine(article: Issue['articles'][number]): string {
  return article.toc ?? article.title.replace(/\s*\n\s*/g, '');
}

export function templateData(issue: Issue) {
  return {
    publication: { name: issue.publication.name, editor: issue.publication.editor, mark: issue.publication.mark ?? null },
    issue: { number: issue.issue.number ?? null, total: issue.issue.total ?? null, date: issue.issue.date },
    toc: issue.articles.map(tocLine),
    articles: issue.articles.map((a, index) => {
      const body = markdownToMarkup(a.body);
      return {
        index: index + 1,
        title: a.title,
        titleLines: a.title.split(/\s*\n\s*/),
        toc: tocLine(a),
        section: a.section ?? null,
        source: a.source ?? null,
        byline: a.byline ?? null,
        body,
        attributedBody: attributedMarkup(body, a.source),
      };
    }),
    briefs: issue.briefs.map((b) => ({ date: b.date, text: b.text, source: b.source ?? null })),
    colophon: issue.colophon
      ? { distribution: issue.colophon.distribution ?? [], copies: issue.colophon.copies ?? null }
      : null,
  };
}
export type TemplateData = ReturnType<typeof templateData>;
