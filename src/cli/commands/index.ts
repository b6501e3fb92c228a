// `jianbao index DIR --year 2022`: the 年度总目录 of a series (every article of the year under
// its issue) rendered to OUT/index-2022.pdf and .docx with the series' template; see
// src/batch/annual-index.ts for what it holds. An issue file that cannot be loaded stops it:
// an index silently missing an issue would be wrong.
import path from 'node:path';
import { annualIndexModel } from '../../batch/annual-index';
import { loadYear } from '../../batch/year-issues';
import { oldOutputs } from '../../batch/old-outputs';
import { ledgerEntryOf } from '../../series/build-ledger';
import { appendAll, hasErrors, type Diagnostic } from '../../diagnostics/diagnostic';
import { diag } from '../../diagnostics/make';
import { resolveFonts } from '../../fonts/resolve';
import { sourceDateEpoch } from '../../pipeline/compile-issue';
import { writeFormats } from '../../pipeline/build-to-files';
import type { Format } from '../../render/registry';
import { outputSettings } from '../../output/output-paths';
import { loadTemplate } from '../../templates/load-template';
import { t } from '../../i18n/cli';
import { expandInputs } from '../../inputs/inputs';
import { EXIT, type CliIO } from '../../io/io';
import { reportDiagnostics } from '../../io/report';
import { outFolderProblem } from '../out-folder';
import type { Encoding } from '../../source/read';

export interface IndexOptions {
  /** Unset: the year the folder is named for (`index 2024`). */
  year?: number;
  /** Unset: as build's (src/output/output-paths.ts). */
  out?: string;
  to?: Format[];
  encoding?: Encoding;
}

/** The year a folder is named for (a series keeps each year in its own folder: 2024/). */
function yearOfFolder(dir: string): number | undefined {
  const name = path.basename(path.resolve(dir));
  return /^\d{4}$/.test(name) ? Number(name) : undefined;
}

/** The years of the issues in `files`, read from their dates, for a JB815 that lists them. */
function yearsIn(files: readonly string[], encoding?: Encoding): string[] {
  const years = new Set<string>();
  for (const file of files) {
    const date = ledgerEntryOf(file, encoding)?.issue.date;
    if (date) years.add(date.slice(0, 4));
  }
  return [...years].sort();
}

/** JB707: the index was not written, naming the issues with errors (five at most) and an old index left in place. */
function notWritten(dir: string, year: number, problems: readonly Diagnostic[], old: string[]): Diagnostic {
  const files = [...new Set(problems.filter((d) => d.severity === 'error').map((d) => d.file))];
  const shown = files.slice(0, 5).join('、') + (files.length > 5 ? '……' : '');
  return diag('JB707', dir, null, { year, count: files.length, files: shown, ...(old.length ? { old: old.join('、') } : {}) });
}

export async function indexCommand(io: CliIO, dir: string, given: IndexOptions): Promise<number> {
  const which = given.year ?? yearOfFolder(dir);
  if (which === undefined) {
    const years = yearsIn(expandInputs([dir]).files, given.encoding);
    reportDiagnostics(io, [diag('JB815', dir, null, { dir, ...(years.length ? { years: years.join('、') } : {}) })], new Map());
    return EXIT.usage;
  }
  const opts = { ...given, year: which };
  const { out, to } = outputSettings([dir], opts);
  const outProblem = outFolderProblem(out);
  if (outProblem) {
    reportDiagnostics(io, [outProblem], new Map());
    return EXIT.usage;
  }
  const { files, diagnostics: missing } = expandInputs([dir]);
  const year = loadYear(files, opts.year, opts.encoding);
  const problems: Diagnostic[] = [...missing, ...year.diagnostics];
  const done = (code: number) => {
    reportDiagnostics(io, problems, year.sources);
    return code;
  };
  const stem = path.join(out, `index-${opts.year}`);
  if (hasErrors(problems)) {
    problems.push(notWritten(dir, opts.year, problems, oldOutputs(stem, to)));
    return done(EXIT.inputErrors);
  }
  if (year.issues.length === 0) {
    problems.push(diag('JB744', dir, null, { dir, year: opts.year }));
    return done(EXIT.inputErrors);
  }
  const first = year.issues[0];
  const loaded = loadTemplate(first.template, path.dirname(path.resolve(first.file)));
  if (!loaded.ok) {
    appendAll(problems, loaded.diagnostics);
    return done(EXIT.inputErrors);
  }
  const template = loaded.template;
  const fonts = resolveFonts(template.manifest.fontFamilies, template.dir, path.join(template.dir, 'manifest.yaml'));
  appendAll(problems, fonts.diagnostics);
  if (hasErrors(problems)) return done(EXIT.inputErrors);
  const model = annualIndexModel({ year: opts.year, issues: year.issues, template, fonts: fonts.fonts, date: sourceDateEpoch(io.env) });
  const written = await writeFormats(model, stem, to, problems);
  for (const target of written.outputs) io.stdout(t(io.lang, 'wrote', { path: target }));
  return done(written.ok ? EXIT.ok : EXIT.inputErrors);
}
