// An article draft → the article's fields (body in the v2 "printed as typed" form: one line per
// paragraph, blank lines between, `## ` headings, `![caption](images/…)` photos, tables) and, for a
// stand-alone import, a whole one-article issue file with a `# 请核对` comment per note.
import { createHash } from 'node:crypto';
import { messageOf, type Lang } from '../../diagnostics/messages';
import { diag } from '../../diagnostics/make';
import { blockLiteral, scalarText } from '../../editor/yaml-scalar';
import type { ArticleDraft, IntakeNote } from './draft';
import { iw } from '../../i18n/import';

export interface ImageFile {
  /** Path relative to the YAML file, `images/<hash>.<ext>`. */
  rel: string;
  bytes: Uint8Array;
}

export interface ArticleFields {
  title: string;
  source?: string;
  byline?: string;
  body: string;
}

export const imageName = (bytes: Uint8Array, ext: string): string =>
  `images/${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${ext === 'jpeg' ? 'jpg' : ext}`;

export function articleFields(draft: ArticleDraft): { fields: ArticleFields; images: ImageFile[] } {
  const images: ImageFile[] = [];
  const lines = draft.blocks.map((b) => {
    if (b.kind !== 'photo') return b.line;
    const rel = imageName(b.photo!.bytes, b.photo!.ext);
    if (!images.some((i) => i.rel === rel)) images.push({ rel, bytes: b.photo!.bytes });
    return `![${b.caption ?? ''}](${rel})`;
  });
  // Blank lines between paragraphs; none inside a table, whose lines must be consecutive.
  const body = lines.map((l, i) => (i === 0 ? l : `${draft.blocks[i].joined ? '\n' : '\n\n'}${l}`)).join('');
  return { fields: { title: draft.title, source: draft.source, byline: draft.byline, body }, images };
}

export const noteMessage = (n: IntakeNote, lang: Lang): string => messageOf(diag(n.code, '', null, n.args), lang).message;

export function noteComments(notes: IntakeNote[], lang: Lang, indent: string): string[] {
  return notes.map((n) => `${indent}# ${iw(lang, 'checkNote')}：${noteMessage(n, lang)}`);
}

export interface IssueYamlOptions {
  lang: Lang;
  schemaRef: string;
  sourceName: string;
  date?: string;
  /** Masthead fields the series config above the draft supplies: left out, since a placeholder
   *  in the file would override the config (the masthead read 待填写). */
  supplied?: { name: boolean; editor: boolean };
}

/** A one-article issue: placeholders for what a contribution does not carry. */
export function articleIssueYaml(draft: ArticleDraft, fields: ArticleFields, opts: IssueYamlOptions): string {
  const placeholder = iw(opts.lang, 'contributionPlaceholder');
  const masthead = (['name', 'editor'] as const).filter((k) => !opts.supplied?.[k]).map((k) => `  ${k}: 待填写${placeholder}`);
  const out = [
    `# yaml-language-server: $schema=${opts.schemaRef}`,
    iw(opts.lang, 'articleHeader', { source: opts.sourceName, notes: draft.notes.length }),
    ...(masthead.length ? ['publication:', ...masthead] : []),
    'issue:',
    `  date: ${JSON.stringify(opts.date ?? '2000-01-01')}${opts.date ? '' : placeholder}`,
    'articles:',
    ...noteComments(draft.notes, opts.lang, '  '),
    ...itemYaml(fields, 2),
  ];
  return `${out.join('\n')}\n`;
}

export function itemYaml(fields: ArticleFields, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const out = [`${pad}- title: ${scalarText(fields.title)}`];
  if (fields.source) out.push(`${pad}  source: ${scalarText(fields.source)}`);
  if (fields.byline) out.push(`${pad}  byline: ${scalarText(fields.byline)}`);
  const [header, ...rest] = blockLiteral(fields.body, indent + 4);
  out.push(`${pad}  body: ${header}`, ...rest);
  return out;
}
