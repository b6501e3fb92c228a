// Writing a contribution: as a one-article issue file (+ images/ beside it), or appended to an
// existing issue (articles or briefs) with every other byte of that file kept. Each result is read
// back and checked against the source before anything is written; images are written last-but-one,
// the YAML last and atomically.
import { writeFailure } from '../../output/write-failure';
import fs from 'node:fs';
import path from 'node:path';
import { diag } from '../../diagnostics/make';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { Lang } from '../../diagnostics/messages';
import { appendToIssue, writeAppended } from '../../editor/add-to-issue';
import type { NewItem } from '../../editor/append-item';
import { markupConflicts } from './markup-conflicts';
import { writeFileAtomic } from '../../output/write-atomic';
import { schemaRef } from '../../schema/schema-line';
import { compareBriefs, type BriefsPage } from './briefs-page';
import type { ArticleDraft, IntakeNote } from './draft';
import { articleFields, articleIssueYaml, noteComments, noteMessage, type ImageFile } from './draft-yaml';
import { verifyArticleYaml } from './verify-draft';
import { iw } from '../../i18n/import';

export type Placed = { ok: true; path: string; images: number } | { ok: false; diagnostics: Diagnostic[]; sources?: Map<string, string> };

export function writeImages(dir: string, images: ImageFile[]): void {
  for (const img of images) {
    const target = path.join(dir, img.rel);
    // Named by content: an existing file of that name already holds these bytes.
    if (fs.existsSync(target)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    writeFileAtomic(target, img.bytes);
  }
}

const failed = (file: string, detail: string, diagnostics: Diagnostic[] = []): Placed => ({
  ok: false,
  diagnostics: [...diagnostics, diag('JB163', file, null, { detail })],
});

export interface WriteOptions {
  lang: Lang;
  date?: string;
  force?: boolean;
  /** What the series config above `target` supplies (series-supplies.ts): left out of the draft. */
  supplied?: { name: boolean; editor: boolean };
}

export function writeArticleIssue(draft: ArticleDraft, file: string, target: string, opts: WriteOptions): Placed {
  if (fs.existsSync(target) && !opts.force) return { ok: false, diagnostics: [diag('JB151', file, null, { path: target })] };
  const { fields, images } = articleFields(draft);
  if (fields.body.trim() === '') return { ok: false, diagnostics: [diag('JB172', file, null)] };
  const conflicts = markupConflicts(draft, file);
  if (conflicts.length) return { ok: false, diagnostics: conflicts };
  const yaml = articleIssueYaml(draft, fields, {
    lang: opts.lang,
    schemaRef: schemaRef(target),
    sourceName: path.basename(file),
    date: opts.date,
    supplied: opts.supplied,
  });
  const check = verifyArticleYaml(yaml, target, draft);
  if (!check.ok) return failed(file, check.detail, check.diagnostics);
  try {
    writeImages(path.dirname(target), images);
    writeFileAtomic(target, Buffer.from(yaml, 'utf8'));
  } catch (e) {
    return { ok: false, diagnostics: [writeFailure(target, e)] };
  }
  return { ok: true, path: target, images: images.length };
}

export function appendArticle(draft: ArticleDraft, file: string, issue: string, lang: Lang): Placed {
  const { fields, images } = articleFields(draft);
  if (fields.body.trim() === '') return { ok: false, diagnostics: [diag('JB172', file, null)] };
  const conflicts = markupConflicts(draft, file);
  if (conflicts.length) return { ok: false, diagnostics: conflicts };
  const item: NewItem = { title: fields.title, source: fields.source, byline: fields.byline, body: fields.body };
  const appended = appendToIssue(issue, [{ kind: 'article', item, comments: noteComments(draft.notes, lang, '') }]);
  if (!appended.ok) return appended;
  const check = verifyArticleYaml(appended.text, issue, draft);
  if (!check.ok) return failed(file, check.detail, check.diagnostics);
  try {
    writeImages(path.dirname(issue), images);
  } catch (e) {
    return { ok: false, diagnostics: [writeFailure(issue, e)] };
  }
  const written = writeAppended(issue, appended);
  return written.ok ? { ok: true, path: issue, images: images.length } : written;
}

export function appendBriefs(page: BriefsPage, file: string, issue: string, lang: Lang): Placed {
  if (page.strays.length) {
    return {
      ok: false,
      diagnostics: page.strays.map((u) => diag('JB184', file, u.line ? { line: u.line, col: 1 } : null, { no: u.no, input: u.text })),
    };
  }
  const problem = compareBriefs(page.sourceText, page.briefs);
  if (problem) return failed(file, problem);
  const comments = (no: number) =>
    page.notes
      .filter((n) => n.line === no)
      .map((n) => `# ${iw(lang, 'checkNote')}：${noteMessage({ code: n.code as IntakeNote['code'], no, args: n.args }, lang)}`);
  const appended = appendToIssue(
    issue,
    page.briefs.map((b) => ({ kind: 'brief' as const, item: { date: b.date, text: b.text, source: b.source }, comments: comments(b.no) })),
  );
  if (!appended.ok) return appended;
  const written = writeAppended(issue, appended);
  return written.ok ? { ok: true, path: issue, images: 0 } : written;
}
