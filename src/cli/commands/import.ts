// `jianbao import FILE… [-o DIR] [--to ISSUE.yaml] [--encoding gb18030] [--force] [--date YYYY-MM-DD]`:
// contributions (Word/WPS files, single-article text, 简讯 pages) and plain-text back issues →
// issue YAML beside them (or in DIR), or appended to ISSUE.yaml with --to. Never overwrites
// without --force; writes atomically; prints a summary per file and the spots a person should check.
import fs from 'node:fs';
import path from 'node:path';
import { appendAll, hasErrors, type Diagnostic } from '../../diagnostics/diagnostic';
import { diag } from '../../diagnostics/make';
import { importFile } from '../../import/import-file';
import { intakeFile } from '../../import/intake/intake-file';
import { intakeDiagnostics } from '../../import/intake/notes';
import { appendArticle, appendBriefs, writeArticleIssue } from '../../import/intake/place';
import { writeFileAtomic } from '../../output/write-atomic';
import { writeFailure } from '../../output/write-failure';
import type { Encoding } from '../../source/read';
import { EXIT, type CliIO } from '../../io/io';
import { reportDiagnostics } from '../../io/report';

export interface ImportOptions {
  out?: string;
  encoding?: Encoding;
  force?: boolean;
  date?: string;
  to?: string;
}

const targetOf = (file: string, outDir: string) => path.join(outDir, `${path.basename(file).replace(/\.[^.\\/]*$/, '')}.yaml`);

/** A whole back issue in plain text: the original importer. */
function importIssue(io: CliIO, file: string, opts: ImportOptions, all: Diagnostic[], sources: Map<string, string>): void {
  const zh = io.lang === 'zh';
  const outDir = opts.out ?? path.dirname(file);
  const target = targetOf(file, outDir);
  if (fs.existsSync(target) && !opts.force) {
    all.push(diag('JB151', file, null, { path: target }));
    return;
  }
  const result = importFile(file, { encoding: opts.encoding, lang: io.lang, outDir, date: opts.date });
  if (result.text !== null) sources.set(file, result.text);
  appendAll(all, result.diagnostics);
  if (!result.yaml || !result.issue) return;
  try {
    writeFileAtomic(target, Buffer.from(result.yaml, 'utf8'));
  } catch (e) {
    all.push(writeFailure(target, e));
    return;
  }
  const { articles, briefs, joins, notes } = result.issue;
  io.stdout(zh
    ? `${file} → ${target}：${articles.length} 篇文章，${briefs.length} 条简讯，${joins.length} 处接合，${notes.length} 处请核对`
    : `${file} → ${target}: ${articles.length} articles, ${briefs.length} briefs, ${joins.length} joins, ${notes.length} to check`);
  for (const j of joins) io.stdout(zh ? `  接合 第 ${j.line}→${j.to} 行：${j.at}` : `  joined lines ${j.line}→${j.to}: ${j.at}`);
}

export async function importCommand(io: CliIO, files: string[], opts: ImportOptions): Promise<number> {
  const all: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const zh = io.lang === 'zh';
  for (const file of files) {
    const got = await intakeFile(file, { encoding: opts.encoding, env: io.env, wholeIssue: opts.to === undefined });
    if (got.kind === 'issue') {
      importIssue(io, file, opts, all, sources);
      continue;
    }
    if (got.kind === 'failed') {
      appendAll(all, got.diagnostics);
      if (got.text !== undefined) sources.set(file, got.text);
      continue;
    }
    if (got.kind === 'briefs') {
      appendAll(all, intakeDiagnostics(got.page.notes, file));
      if (opts.to === undefined) {
        all.push(diag('JB185', file, null, { file }));
        continue;
      }
      const placed = appendBriefs(got.page, file, opts.to, io.lang);
      if (!placed.ok) {
        appendAll(all, placed.diagnostics);
        placed.sources?.forEach((v, k) => sources.set(k, v));
        continue;
      }
      io.stdout(zh ? `${file} → ${opts.to}：加入 ${got.page.briefs.length} 条简讯` : `${file} → ${opts.to}: ${got.page.briefs.length} briefs added`);
      continue;
    }
    const { draft } = got;
    const target = opts.to ?? targetOf(file, opts.out ?? path.dirname(file));
    const placed = opts.to !== undefined ? appendArticle(draft, file, opts.to, io.lang) : writeArticleIssue(draft, file, target, { lang: io.lang, date: opts.date, force: opts.force });
    appendAll(all, intakeDiagnostics(draft.notes, file));
    if (!placed.ok) {
      appendAll(all, placed.diagnostics);
      placed.sources?.forEach((v, k) => sources.set(k, v));
      continue;
    }
    io.stdout(zh
      ? `${file} → ${placed.path}：${opts.to ? '加入' : ''}1 篇文章「${draft.title.replace(/\n/g, '')}」，${placed.images} 张图片，${draft.notes.length} 处请核对`
      : `${file} → ${placed.path}: 1 article${opts.to ? ' added' : ''} "${draft.title.replace(/\n/g, ' ')}", ${placed.images} photo(s), ${draft.notes.length} to check`);
  }
  reportDiagnostics(io, all, sources);
  return hasErrors(all) ? EXIT.inputErrors : EXIT.ok;
}
