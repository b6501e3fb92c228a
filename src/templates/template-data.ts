// The data a template sees: the one contract between issues and templates, documented field by
// field in docs/templates.md ("The data a template sees"). Every key is always present (null when
// unset) so strict mode can reject a misspelt field without rejecting an optional one. Plain text
// fields are inserted with {{…}} (escaped, so `A&B <x>` prints literally); the two *Body fields
// are already document markup and are inserted with {{{…}}}.
import type { Issue } from '../schema/issue-schema';
import { attributedMarkup, bodyToMarkup } from '../markdown/body';
import { joinSoftBreaks } from '../model/whitespace';
import { spanOf, type IssueNo } from '../schema/issue-range';

/** What templateData reads of an issue (a template never sees file positions). */
export type TemplateSource = Pick<Issue, 'publication' | 'issue' | 'articles' | 'briefs' | 'colophon'>;

/** The 本期要目 line: the `toc` field, else the display title with its line breaks joined as a
 * body's soft breaks are (none between Chinese, one space between Latin words: City\nReport). */
export function tocLine(article: Issue['articles'][number]): string {
  return article.toc ?? joinSoftBreaks(article.title);
}

/** The first and last number a 期号 or 总期号 stands for (the same for an ordinary issue). */
const span = (n: IssueNo | undefined) => (n === undefined ? null : spanOf(n));

export function templateData(issue: TemplateSource) {
  const numberSpan = span(issue.issue.number);
  const totalSpan = span(issue.issue.total);
  return {
    publication: { name: issue.publication.name, editor: issue.publication.editor, mark: issue.publication.mark ?? null },
    issue: {
      number: issue.issue.number ?? null,
      total: issue.issue.total ?? null,
      date: issue.issue.date,
      /** A 合刊: its 期号 or 总期号 typed as a range (5-6), so the masthead can say （合刊）. */
      combined: [numberSpan, totalSpan].some((s) => s !== null && s.last > s.first),
      numberSpan,
      totalSpan,
    },
    toc: issue.articles.map(tocLine),
    articles: issue.articles.map((a, index) => {
      const previous = index > 0 ? issue.articles[index - 1].section ?? null : null;
      return {
        /** 1-based position in the issue. */
        index: index + 1,
        title: a.title,
        titleLines: a.title.split(/\s*\n\s*/),
        toc: tocLine(a),
        section: a.section ?? null,
        /** True when this article opens a section (its label differs from the previous one's). */
        sectionStart: a.section !== undefined && a.section !== previous,
        source: a.source ?? null,
        byline: a.byline ?? null,
        body: bodyToMarkup(a.body),
        attributedBody: attributedMarkup(a.body, a.source),
      };
    }),
    briefs: issue.briefs.map((b) => ({ date: b.date, text: b.text, source: b.source ?? null })),
    colophon: issue.colophon
      ? { distribution: issue.colophon.distribution ?? [], copies: issue.colophon.copies ?? null }
      : null,
  };
}
export type TemplateData = ReturnType<typeof templateData>;
