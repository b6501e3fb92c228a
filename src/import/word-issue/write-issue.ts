// A whole Word back issue → its YAML file (+ images/ beside it), written only when the YAML reads
// back to the source's text (verify-issue.ts); images first, the YAML last and atomically.
import fs from 'node:fs';
import path from 'node:path';
import { diag } from '../../diagnostics/make';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { Lang } from '../../diagnostics/messages';
import { writeFileAtomic } from '../../output/write-atomic';
import { writeFailure } from '../../output/write-failure';
import { PLACEHOLDER } from '../../schema/placeholders';
import { schemaRef } from '../../schema/schema-line';
import { intakeDiagnostics } from '../intake/notes';
import { writeImages } from '../intake/place';
import { seriesSupplies } from '../series-supplies';
import { wordIssueYaml } from './issue-yaml';
import type { WordIssue } from './shape-issue';
import { verifyWordIssue } from './verify-issue';

export interface WriteIssueOptions {
  lang: Lang;
  /** Issue date when the file has none (YYYY-MM-DD). */
  date?: string;
  force?: boolean;
}

export type IssueWritten =
  { ok: true; path: string; images: number; notes: number; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/** Every note of the issue as a warning (no line:col: a Word file has paragraphs, named in the message). */
export function wordIssueDiagnostics(issue: WordIssue, file: string): Diagnostic[] {
  return [
    ...issue.notes.map((n) => diag(n.code, file, null, n.args)),
    ...issue.articles.flatMap((a) => intakeDiagnostics(a.draft.notes, file)),
  ];
}

export function writeWordIssue(issue: WordIssue, file: string, target: string, opts: WriteIssueOptions): IssueWritten {
  if (fs.existsSync(target) && !opts.force) return { ok: false, diagnostics: [diag('JB151', file, null, { path: target })] };
  const dir = path.dirname(path.resolve(target));
  const supplied = seriesSupplies(dir);
  const m = issue.masthead;
  if (opts.date && !m.date) m.date = opts.date;
  if (!m.date) issue.notes.unshift({ code: 'JB162', no: 0, args: { date: PLACEHOLDER.date } });
  if (!m.editor && !supplied.editor) issue.notes.unshift({ code: 'JB158', no: 0, args: { field: 'publication.editor' } });
  if (!m.name && !supplied.name) issue.notes.unshift({ code: 'JB158', no: 0, args: { field: 'publication.name' } });
  const { yaml, images } = wordIssueYaml(issue, {
    lang: opts.lang,
    schemaRef: schemaRef(target),
    sourceName: path.basename(file),
    placeholders: {
      name: supplied.name ? undefined : PLACEHOLDER.name,
      editor: supplied.editor ? undefined : PLACEHOLDER.editor,
      date: PLACEHOLDER.date,
    },
  });
  const diagnostics = wordIssueDiagnostics(issue, file);
  const verdict = verifyWordIssue(yaml, target, issue);
  if (!verdict.ok)
    return { ok: false, diagnostics: [...diagnostics, ...verdict.diagnostics, diag('JB163', file, null, { detail: verdict.detail })] };
  try {
    writeImages(dir, images);
    writeFileAtomic(target, Buffer.from(yaml, 'utf8'));
  } catch (e) {
    return { ok: false, diagnostics: [...diagnostics, writeFailure(target, e)] };
  }
  return { ok: true, path: target, images: images.length, notes: diagnostics.length, diagnostics };
}
