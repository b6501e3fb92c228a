// Last stage: the imported issue → YAML text, with the schema line for editors, `date` quoted,
// bodies as literal blocks, and a comment above each spot a person should check (joins and notes,
// with input line numbers). Written by hand rather than by a YAML serialiser so the comments sit
// where they belong; every scalar still goes through the yaml library's quoting.
import { stringify } from 'yaml';
import type { Lang } from '../diagnostics/messages';
import { PLACEHOLDER_COMMENT } from '../schema/placeholders';
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

const scalar = (v: string | number): string =>
  // A title with a line break as a one-line double-quoted string ("…\n…"), as editors write it.
  typeof v === 'string' && v.includes('\n') ? JSON.stringify(v) : stringify(v, { lineWidth: 0, minContentWidth: 0 }).trimEnd();

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
  const m = issue.masthead;
  const out: string[] = [`# yaml-language-server: $schema=${opts.schemaRef}`];
  out.push(
    iw(lang, 'issueHeader', {
      source: opts.sourceName,
      articles: issue.articles.length,
      briefs: issue.briefs.length,
      joins: issue.joins.length,
      notes: issue.notes.length,
    }),
  );
  const firstLine = issue.articles[0]?.line ?? Infinity;
  out.push(...comments('', lang, within(issue.joins, 0, firstLine), within(issue.notes, 0, firstLine)));
  const name = m.name ?? opts.placeholders.name;
  const editor = m.editor ?? opts.placeholders.editor;
  const placeholder = `  ${PLACEHOLDER_COMMENT[lang]}`;
  if (name || editor || m.mark) out.push('publication:');
  if (name) out.push(`  name: ${scalar(name)}${m.name ? '' : placeholder}`);
  if (editor) out.push(`  editor: ${scalar(editor)}${m.editor ? '' : placeholder}`);
  if (m.mark) out.push(`  mark: ${scalar(m.mark)}`);
  if (issue.shape === 'zhuankan') out.push('template: zhuankan', 'colophon: null');
  out.push('issue:');
  if (m.number !== undefined) out.push(`  number: ${m.number}`);
  if (m.total !== undefined) out.push(`  total: ${m.total}`);
  const date = m.date ?? opts.placeholders.date;
  out.push(`  date: ${JSON.stringify(date)}${m.date ? '' : placeholder}`);
  out.push('articles:');
  issue.articles.forEach((a, k) => {
    const next = issue.articles[k + 1]?.line ?? issue.briefs[0]?.line ?? Infinity;
    out.push(...comments('  ', lang, within(issue.joins, a.line, next), within(issue.notes, a.line, next)));
    const fields: [string, string | undefined][] = [
      ['section', a.section],
      ['title', a.title],
      ['toc', a.toc],
      ['source', a.source],
      ['byline', a.byline],
    ];
    let first = true;
    for (const [key, value] of fields) {
      if (value === undefined) continue;
      out.push(`${first ? '  - ' : '    '}${key}: ${scalar(value)}`);
      first = false;
    }
    out.push('    body: |');
    a.blocks.forEach((b, i) => out.push(...(i > 0 ? [''] : []), `      ${blockLine(b)}`));
  });
  if (issue.briefs.length > 0) {
    out.push('briefs:');
    issue.briefs.forEach((b, k) => {
      const next = issue.briefs[k + 1]?.line ?? Infinity;
      out.push(...comments('  ', lang, within(issue.joins, b.line, next), within(issue.notes, b.line, next)));
      out.push(`  - date: ${scalar(b.date)}`, `    text: ${scalar(b.text)}`);
      if (b.source) out.push(`    source: ${scalar(b.source)}`);
    });
  }
  return `${out.join('\n')}\n`;
}
