// The parts of an imported whole issue's YAML that both importers write (plain-text back issues,
// to-yaml.ts; Word back issues, word-issue/issue-yaml.ts): the head (schema line, summary,
// comments, publication, template, issue numbers, colophon), an article's one-line fields, a
// brief. Written by hand so that comments sit where they belong; scalars quoted where YAML needs it.
import type { Lang } from '../diagnostics/messages';
import { scalarText } from '../editor/yaml-scalar';
import { iw } from '../i18n/import';
import { PLACEHOLDER_COMMENT } from '../schema/placeholders';
import type { Masthead } from './types';

export interface HeadOptions {
  lang: Lang;
  /** Path of the JSON Schema relative to the YAML file, for the yaml-language-server line. */
  schemaRef: string;
  /** The summary comment's counts, and the notes that go above the masthead. */
  summary: { source: string; articles: number; briefs: number; joins: number; notes: number };
  comments: string[];
  masthead: Masthead;
  /** For what the source does not say (and no series config above the YAML supplies). */
  placeholders: { name?: string; editor?: string; date?: string };
  template?: string;
  /** The `colophon:` lines, after the issue numbers. */
  colophon: string[];
}

/** A title with a line break as a one-line double-quoted string ("…\n…"), as editors write it. */
export const scalar = (v: string): string => (v.includes('\n') ? JSON.stringify(v) : scalarText(v));

export function issueHead(o: HeadOptions): string[] {
  const m = o.masthead;
  const out = [`# yaml-language-server: $schema=${o.schemaRef}`, iw(o.lang, 'issueHeader', o.summary), ...o.comments];
  const name = m.name ?? o.placeholders.name;
  const editor = m.editor ?? o.placeholders.editor;
  const placeholder = `  ${PLACEHOLDER_COMMENT[o.lang]}`;
  if (name || editor || m.mark) out.push('publication:');
  if (name) out.push(`  name: ${scalar(name)}${m.name ? '' : placeholder}`);
  if (editor) out.push(`  editor: ${scalar(editor)}${m.editor ? '' : placeholder}`);
  if (m.mark) out.push(`  mark: ${scalar(m.mark)}`);
  if (o.template) out.push(`template: ${o.template}`);
  out.push('issue:');
  if (m.number !== undefined) out.push(`  number: ${m.number}`);
  if (m.total !== undefined) out.push(`  total: ${m.total}`);
  out.push(`  date: ${JSON.stringify(m.date ?? o.placeholders.date)}${m.date ? '' : placeholder}`);
  return [...out, ...o.colophon];
}

/** An article's one-line fields, in the order editors read them, the first opening the list item. */
export function articleKeys(a: { section?: string; title: string; toc?: string; source?: string; byline?: string }): string[] {
  const keys: [string, string | undefined][] = [
    ['section', a.section],
    ['title', a.title],
    ['toc', a.toc],
    ['source', a.source],
    ['byline', a.byline],
  ];
  return keys.filter(([, v]) => v !== undefined).map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${scalar(v!)}`);
}

export function briefYaml(b: { date: string; text: string; source?: string }): string[] {
  return [`  - date: ${scalar(b.date)}`, `    text: ${scalar(b.text)}`, ...(b.source ? [`    source: ${scalar(b.source)}`] : [])];
}
