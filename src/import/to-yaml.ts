// Last stage: the imported issue → YAML text (the parts both importers write: issue-yaml-parts.ts),
// bodies as literal blocks, and a comment above each spot a person should check (joins and notes,
// with input line numbers).
import type { Lang } from '../diagnostics/messages';
import { articleKeys, briefYaml, issueHead } from './issue-yaml-parts';
import { noteText } from './notes';
import type { Block, ImportedIssue, ImportNote, Join } from './types';
import { iw } from '../i18n/import';

export interface YamlOptions {
  lang: Lang;
  /** Path of the JSON Schema relative to the YAML file, for the yaml-language-server line. */
  schemaRef: string;
  sourceName: string;
  /** Filled in by the caller when the text has no masthead: [name, editor, date]. */
  placeholders: { name?: string; editor?: string; date?: string };
}

// Body format v2 prints text as typed, so a block is written as is: a subheading gets its `## `,
// a caption (no photo file comes with a text) is a paragraph of its own.
function blockLine(b: Block): string {
  return b.kind === 'subheading' ? `## ${b.text}` : b.text;
}

function comments(indent: string, lang: Lang, joins: Join[], notes: ImportNote[]): string[] {
  const out = joins.map((j) => `${indent}${iw(lang, 'joinComment', { line: j.line, to: j.to, at: j.at })}`);
  for (const n of notes) out.push(`${indent}# ${iw(lang, 'checkNoteAtLine', { line: n.line })}：${noteText(n, lang)}`);
  return out;
}

/** Joins and notes whose line falls in [from, to). */
const within = <T extends { line: number }>(items: T[], from: number, to: number) => items.filter((x) => x.line >= from && x.line < to);

export function issueToYaml(issue: ImportedIssue, opts: YamlOptions): string {
  const { lang } = opts;
  const firstLine = issue.articles[0]?.line ?? Infinity;
  const out = issueHead({
    lang,
    schemaRef: opts.schemaRef,
    summary: {
      source: opts.sourceName,
      articles: issue.articles.length,
      briefs: issue.briefs.length,
      joins: issue.joins.length,
      notes: issue.notes.length,
    },
    comments: comments('', lang, within(issue.joins, 0, firstLine), within(issue.notes, 0, firstLine)),
    masthead: issue.masthead,
    placeholders: opts.placeholders,
    template: issue.shape === 'zhuankan' ? 'zhuankan' : undefined,
    colophon: issue.shape === 'zhuankan' ? ['colophon: null'] : [],
  });
  out.push('articles:');
  issue.articles.forEach((a, k) => {
    const next = issue.articles[k + 1]?.line ?? issue.briefs[0]?.line ?? Infinity;
    out.push(...comments('  ', lang, within(issue.joins, a.line, next), within(issue.notes, a.line, next)));
    out.push(...articleKeys(a), '    body: |');
    a.blocks.forEach((b, i) => out.push(...(i > 0 ? [''] : []), `      ${blockLine(b)}`));
  });
  if (issue.briefs.length > 0) {
    out.push('briefs:');
    issue.briefs.forEach((b, k) => {
      const next = issue.briefs[k + 1]?.line ?? Infinity;
      out.push(...comments('  ', lang, within(issue.joins, b.line, next), within(issue.notes, b.line, next)));
      out.push(...briefYaml(b));
    });
  }
  return `${out.join('\n')}\n`;
}
