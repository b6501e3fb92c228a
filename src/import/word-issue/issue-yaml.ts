// A Word back issue → issue YAML text and the photos it names: masthead fields, each article with
// its 栏目, title, 要目 line (only where it differs), source, byline and body (written as a single
// contribution's body is), the 简讯, the 报尾; a `# 请核对` comment above each spot a note names,
// and the text that prints nowhere kept as comments at the end.
import { messageOf, type Lang } from '../../diagnostics/messages';
import { diag } from '../../diagnostics/make';
import { blockLiteral, scalarText } from '../../editor/yaml-scalar';
import { iw } from '../../i18n/import';
import { articleKeys, briefYaml, issueHead } from '../issue-yaml-parts';
import { articleFields, noteComments, type ImageFile } from '../intake/draft-yaml';
import type { IssueNote, WordIssue } from './shape-issue';

export interface WordIssueYamlOptions {
  lang: Lang;
  schemaRef: string;
  sourceName: string;
  /** For what the file does not say (and no series config above the YAML supplies). */
  placeholders: { name?: string; editor?: string; date?: string };
}

const noteLine = (n: IssueNote, lang: Lang, indent: string) =>
  `${indent}# ${iw(lang, 'checkNote')}：${messageOf(diag(n.code, '', null, n.args), lang).message}`;

export function wordIssueYaml(issue: WordIssue, opts: WordIssueYamlOptions): { yaml: string; images: ImageFile[] } {
  const { lang } = opts;
  const images: ImageFile[] = [];
  // Notes go above the article whose paragraphs they name; the rest above the masthead.
  const starts = issue.articles.map((a) => a.no);
  const briefsFrom = issue.briefs[0]?.no ?? Infinity;
  const inBriefs = (n: IssueNote) => n.no >= briefsFrom && n.no < issue.colophonFrom;
  const articleOf = (n: IssueNote) => {
    if (n.no <= 0 || n.no >= Math.min(briefsFrom, issue.colophonFrom)) return -1;
    let k = -1;
    starts.forEach((s, i) => (n.no >= s ? (k = i) : undefined));
    return k;
  };
  const headNotes = issue.notes.filter((n) => articleOf(n) < 0 && !inBriefs(n));
  const allNotes = issue.notes.length + issue.articles.reduce((s, a) => s + a.draft.notes.length, 0);
  const out = issueHead({
    lang,
    schemaRef: opts.schemaRef,
    summary: { source: opts.sourceName, articles: issue.articles.length, briefs: issue.briefs.length, joins: 0, notes: allNotes },
    comments: headNotes.map((n) => noteLine(n, lang, '')),
    masthead: issue.masthead,
    placeholders: opts.placeholders,
    template: issue.shape === 'zhuankan' ? 'zhuankan' : undefined,
    colophon: colophonYaml(issue),
  });
  out.push('articles:');
  issue.articles.forEach((a, k) => {
    out.push(...issue.notes.filter((n) => articleOf(n) === k).map((n) => noteLine(n, lang, '  ')));
    out.push(...noteComments(a.draft.notes, lang, '  '));
    const built = articleFields(a.draft);
    for (const img of built.images) if (!images.some((i) => i.rel === img.rel)) images.push(img);
    const f = built.fields;
    const [header, ...rest] = blockLiteral(f.body, 6);
    out.push(...articleKeys({ ...f, section: a.section, toc: a.toc }), `    body: ${header}`, ...rest);
  });
  if (issue.briefs.length) {
    out.push('briefs:');
    issue.briefs.forEach((b, k) => {
      const next = issue.briefs[k + 1]?.no ?? Infinity;
      out.push(
        ...issue.notes.filter((n) => inBriefs(n) && n.no >= (k === 0 ? 0 : b.no) && n.no < next).map((n) => noteLine(n, lang, '  ')),
      );
      out.push(...briefYaml(b));
    });
  }
  for (const s of issue.setAside) out.push(`# ${iw(lang, 'setAsideComment', { no: s.no })}${s.text}`);
  return { yaml: `${out.join('\n')}\n`, images };
}

function colophonYaml(issue: WordIssue): string[] {
  const c = issue.colophon;
  // A back issue without a 报尾 prints none (the series config's would add one it never had).
  if (!c.distribution.length && !c.copies) return ['colophon: null'];
  const out = ['colophon:'];
  if (c.distribution.length) {
    out.push('  distribution:');
    for (const d of c.distribution) out.push(`    - label: ${scalarText(d.label)}`, `      to: ${scalarText(d.to)}`);
  }
  if (c.copies) out.push(`  copies: ${c.copies.copies}`);
  return out;
}
