// `jianbao import FILE… [-o DIR] [--to ISSUE.yaml] [--encoding gb18030] [--force] [--date YYYY-MM-DD]`:
// contributions (Word/WPS files, single-article text, 简讯 pages) and plain-text back issues →
// issue YAML beside them (or in DIR), or appended to ISSUE.yaml with --to. Never overwrites
// without --force; writes atomically; prints a summary per file and the spots a person should check.
import fs from 'node:fs';
import path from 'node:path';
import { appendAll, hasErrors, type Diagnostic } from '../../diagnostics/diagnostic';
import { diag } from '../../diagnostics/make';
import { importFile } from '../../import/import-file';
import { seriesSupplies } from '../../import/series-supplies';
import type { ArticleDraft } from '../../import/intake/draft';
import { intakeFile } from '../../import/intake/intake-file';
import { intakeDiagnostics } from '../../import/intake/notes';
import { appendArticle, appendBriefs, writeArticleIssue } from '../../import/intake/place';
import { writeFileAtomic } from '../../output/write-atomic';
import { writeWordIssue } from '../../import/word-issue/write-issue';
import { writeFailure } from '../../output/write-failure';
import type { Encoding } from '../../source/read';
import { EXIT, type CliIO } from '../../io/io';
import { reportDiagnostics } from '../../io/report';
import { outFolderProblem } from '../out-folder';
import { iw } from '../../i18n/import';

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
  io.stdout(
    iw(io.lang, 'importedIssue', {
      file,
      target,
      articles: articles.length,
      briefs: briefs.length,
      joins: joins.length,
      notes: notes.length,
    }),
  );
  for (const j of joins) io.stdout(iw(io.lang, 'joinedLines', { line: j.line, to: j.to, at: j.at }));
}

/** A one-article draft; inside a series folder it leaves out what the series config supplies. */
function writeDraft(draft: ArticleDraft, file: string, target: string, io: CliIO, opts: ImportOptions) {
  return writeArticleIssue(draft, file, target, {
    lang: io.lang,
    date: opts.date,
    force: opts.force,
    supplied: seriesSupplies(path.dirname(target)),
  });
}

type Outcome = 'issue' | 'article' | 'briefs' | 'failed';

/** One input file: read, shaped, written (or refused). What to say goes through `say`. */
async function importOne(
  io: CliIO,
  say: (line: string) => void,
  file: string,
  opts: ImportOptions,
  all: Diagnostic[],
  sources: Map<string, string>,
): Promise<Outcome> {
  const errorsBefore = all.filter((d) => d.severity === 'error').length;
  const failedNow = () => all.filter((d) => d.severity === 'error').length > errorsBefore;
  const got = await intakeFile(file, { encoding: opts.encoding, env: io.env, wholeIssue: opts.to === undefined });
  if (got.kind === 'issue') {
    importIssue({ ...io, stdout: say }, file, opts, all, sources);
    return failedNow() ? 'failed' : 'issue';
  }
  if (got.kind === 'wordIssue') {
    const target = targetOf(file, opts.out ?? path.dirname(file));
    const written = writeWordIssue(got.issue, file, target, { lang: io.lang, date: opts.date, force: opts.force });
    appendAll(all, written.diagnostics);
    if (!written.ok) return 'failed';
    const { articles, briefs } = got.issue;
    say(
      iw(io.lang, 'importedWordIssue', {
        file,
        target,
        articles: articles.length,
        briefs: briefs.length,
        images: written.images,
        notes: written.notes,
      }),
    );
    return 'issue';
  }
  if (got.kind === 'failed') {
    appendAll(all, got.diagnostics);
    if (got.text !== undefined) sources.set(file, got.text);
    return 'failed';
  }
  if (got.kind === 'briefs') {
    appendAll(all, intakeDiagnostics(got.page.notes, file));
    if (opts.to === undefined) {
      all.push(diag('JB185', file, null, { file }));
      return 'failed';
    }
    const placed = appendBriefs(got.page, file, opts.to, io.lang);
    if (!placed.ok) {
      appendAll(all, placed.diagnostics);
      placed.sources?.forEach((v, k) => sources.set(k, v));
      return 'failed';
    }
    say(iw(io.lang, 'briefsAdded', { file, target: opts.to, count: got.page.briefs.length }));
    return 'briefs';
  }
  const { draft } = got;
  const target = opts.to ?? targetOf(file, opts.out ?? path.dirname(file));
  const placed = opts.to !== undefined ? appendArticle(draft, file, opts.to, io.lang) : writeDraft(draft, file, target, io, opts);
  appendAll(all, intakeDiagnostics(draft.notes, file));
  if (!placed.ok) {
    appendAll(all, placed.diagnostics);
    placed.sources?.forEach((v, k) => sources.set(k, v));
    return 'failed';
  }
  const title = draft.title.replace(/\n/g, iw(io.lang, 'titleLineJoin'));
  const args = { file, target: placed.path, title, images: placed.images, notes: draft.notes.length };
  say(iw(io.lang, opts.to ? 'importedArticleAdded' : 'importedArticle', args));
  return 'article';
}

/** Inputs that would write one YAML (稿件.doc and 稿件.docx): none of them is imported, whatever
 *  --force says, since each would replace the other; a JB090 for each after the first. */
function clashes(files: readonly string[], out: string | undefined): { clashing: Set<string>; diagnostics: Diagnostic[] } {
  const byTarget = new Map<string, string[]>();
  for (const file of files) {
    const target = path.resolve(targetOf(file, out ?? path.dirname(file)));
    byTarget.set(target, [...(byTarget.get(target) ?? []), file]);
  }
  const groups = [...byTarget.values()].filter((group) => group.length > 1);
  const diagnostics = groups.flatMap(([other, ...rest]) =>
    rest.map((file) => diag('JB090', file, null, { file, other, target: targetOf(file, out ?? path.dirname(file)) })),
  );
  return { clashing: new Set(groups.flat()), diagnostics };
}

export async function importCommand(io: CliIO, files: string[], opts: ImportOptions): Promise<number> {
  // A file named twice (`a.docx ./a.docx`) is imported once.
  files = files.filter((f, i) => files.findIndex((g) => path.resolve(g) === path.resolve(f)) === i);
  const outProblem = opts.out === undefined ? null : outFolderProblem(opts.out);
  if (outProblem) {
    reportDiagnostics(io, [outProblem], new Map());
    return EXIT.usage;
  }
  const all: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const counts: Record<Outcome, number> = { issue: 0, article: 0, briefs: 0, failed: 0 };
  const { clashing, diagnostics: clashed } =
    opts.to === undefined ? clashes(files, opts.out) : { clashing: new Set<string>(), diagnostics: [] };
  counts.failed += clashing.size;
  appendAll(all, clashed);
  const started = performance.now();
  // Many files (an archive of back issues): each line says how far the run is, a summary ends it.
  const many = files.length > 1;
  for (const [k, file] of files.entries()) {
    const at = many ? `[${k + 1}/${files.length}] ` : '';
    if (clashing.has(file)) {
      if (many) io.stdout(`${at}${iw(io.lang, 'importFailedLine', { file })}`);
      continue;
    }
    let said = false;
    const say = (line: string) => {
      io.stdout(said ? line : `${at}${line}`);
      said = true;
    };
    const outcome = await importOne(io, say, file, opts, all, sources);
    counts[outcome]++;
    if (outcome === 'failed' && many) io.stdout(`${at}${iw(io.lang, 'importFailedLine', { file })}`);
  }
  if (many) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout(
      iw(io.lang, 'importSummary', {
        total: files.length,
        issues: counts.issue,
        articles: counts.article,
        briefs: counts.briefs,
        failed: counts.failed,
        seconds,
      }),
    );
  }
  reportDiagnostics(io, all, sources);
  return hasErrors(all) ? EXIT.inputErrors : EXIT.ok;
}
