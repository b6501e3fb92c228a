// A contribution written as a one-article draft inside a series folder: like the stand-alone
// draft (src/import/intake/place.ts), but without the masthead fields the series config supplies,
// so `build --draft` prints the series' own masthead. Read back and checked before anything is
// written; images first, the YAML last and atomically.
import fs from 'node:fs';
import path from 'node:path';
import { diag } from '../diagnostics/make';
import type { Lang } from '../diagnostics/messages';
import { writeFileAtomic } from '../output/write-atomic';
import { writeFailure } from '../output/write-failure';
import { iw } from '../i18n/import';
import type { ArticleDraft } from './intake/draft';
import { articleFields, itemYaml, noteComments, type ArticleFields } from './intake/draft-yaml';
import { markupConflicts } from './intake/markup-conflicts';
import { writeImages, type Placed } from './intake/place';
import { verifyArticleYaml } from './intake/verify-draft';
import { PACKAGE_SCHEMA } from './import-file';
import type { SeriesSupplies } from './series-supplies';

export interface SeriesArticleOptions {
  lang: Lang;
  date?: string;
  force?: boolean;
  supplies: SeriesSupplies;
}

function draftYaml(draft: ArticleDraft, fields: ArticleFields, target: string, file: string, opts: SeriesArticleOptions): string {
  const placeholder = iw(opts.lang, 'contributionPlaceholder');
  const schemaRef = path
    .relative(path.dirname(path.resolve(target)), PACKAGE_SCHEMA)
    .split(path.sep)
    .join('/');
  const { name, editor } = opts.supplies;
  const out = [
    `# yaml-language-server: $schema=${schemaRef}`,
    iw(opts.lang, 'articleHeader', { source: path.basename(file), notes: draft.notes.length }),
  ];
  if (!name || !editor) out.push('publication:');
  if (!name) out.push(`  name: 待填写${placeholder}`);
  if (!editor) out.push(`  editor: 待填写${placeholder}`);
  out.push(
    'issue:',
    `  date: ${JSON.stringify(opts.date ?? '2000-01-01')}${opts.date ? '' : placeholder}`,
    'articles:',
    ...noteComments(draft.notes, opts.lang, '  '),
    ...itemYaml(fields, 2),
  );
  return `${out.join('\n')}\n`;
}

export function writeSeriesArticle(draft: ArticleDraft, file: string, target: string, opts: SeriesArticleOptions): Placed {
  if (fs.existsSync(target) && !opts.force) return { ok: false, diagnostics: [diag('JB151', file, null, { path: target })] };
  const { fields, images } = articleFields(draft);
  if (fields.body.trim() === '') return { ok: false, diagnostics: [diag('JB172', file, null)] };
  const conflicts = markupConflicts(draft, file);
  if (conflicts.length) return { ok: false, diagnostics: conflicts };
  const yaml = draftYaml(draft, fields, target, file, opts);
  const check = verifyArticleYaml(yaml, target, draft);
  if (!check.ok) return { ok: false, diagnostics: [...check.diagnostics, diag('JB163', file, null, { detail: check.detail })] };
  try {
    writeImages(path.dirname(target), images);
    writeFileAtomic(target, Buffer.from(yaml, 'utf8'));
  } catch (e) {
    return { ok: false, diagnostics: [writeFailure(target, e)] };
  }
  return { ok: true, path: target, images: images.length };
}
