// A Word back issue → issue YAML text and the photos it names: masthead fields, each article with
// its 栏目, title, 要目 line (only where it differs), source, byline and body (written as a single
// contribution's body is), the 简讯, the 报尾; a `# 请核对` comment above each spot a note names,
// and the text that prints nowhere kept as comments at the end.
import { messageOf, type Lang } from '../../diagnostics/messages';
import { diag } from '../../diagnostics/make';
import { blockLiteral, scalarText } from '../../editor/yaml-scalar';
import { iw } from '../../i18n/import';
import { PLACEHOLDER_COMMENT } from '../../schema/placeholders';
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
  const m = issue.masthead;
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
  const out: string[] = [
    `# yaml-language-server: $schema=${opts.schemaRef}`,
    iw(lang, 'issueHeader', {
      source: opts.sourceName,
      articles: issue.articles.length,
      briefs: issue.briefs.length,
      joins: 0,
      notes: allNotes,
    }),
    ...headNotes.map((n) => noteLine(n, lang, '')),
  ];
  const name = m.name ?? opts.placeholders.name;
  const editor = m.editor ?? opts.placeholders.editor;
  const placeholder = `  ${PLACEHOLDER_COMMENT[lang]}`;
  if (name || editor || m.mark) out.push('publication:');
  if (name) out.push(`  name: ${scalarText(name)}${m.name ? '' : placeholder}`);
  if (editor) out.push(`  editor: ${scalarText(editor)}${m.editor ? '' : placeholder}`);
  if (m.mark) out.push(`  mark: ${scalarText(m.mark)}`);
  if (issue.shape === 'zhuankan') out.push('template: zhuankan');
  out.push('issue:');
  if (m.number !== undefined) out.push(`  number: ${m.number}`);
  if (m.total !== undefined) out.push(`  total: ${m.total}`);
  const date = m.date ?? opts.placeholders.date;
  out.push(`  date: ${JSON.stringify(date)}${m.date ? '' : placeholder}`);
  out.push(...colophonYaml(issue));
  out.push('articles:');
  issue.articles.forEach((a, k) => {
    out.push(...issue.notes.filter((n) => articleOf(n) === k).map((n) => noteLine(n, lang, '  ')));
    out.push(...noteComments(a.draft.notes, lang, '  '));
    const built = articleFields(a.draft);
    for (const img of built.images) if (!images.some((i) => i.rel === img.rel)) images.push(img);
    const f = built.fields;
    const keys: [string, string | undefined][] = [
      ['section', a.section],
      ['title', f.title],
      ['toc', a.toc],
      ['source', f.source],
      ['byline', f.byline],
    ];
    let first = true;
    for (const [key, value] of keys) {
      if (value === undefined) continue;
      out.push(`${first ? '  - ' : '    '}${key}: ${scalarText(value)}`);
      first = false;
    }
    const [header, ...rest] = blockLiteral(f.body, 6);
    out.push(`    body: ${header}`, ...rest);
  });
  if (issue.briefs.length) {
    out.push('briefs:');
    issue.briefs.forEach((b, k) => {
      const next = issue.briefs[k + 1]?.no ?? Infinity;
      out.push(
        ...issue.notes.filter((n) => inBriefs(n) && n.no >= (k === 0 ? 0 : b.no) && n.no < next).map((n) => noteLine(n, lang, '  ')),
      );
      out.push(`  - date: ${scalarText(b.date)}`, `    text: ${scalarText(b.text)}`);
      if (b.source) out.push(`    source: ${scalarText(b.source)}`);
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
