// `jianbao index DIR --year 2022`: the 年度总目录 of a series (every article of the year under
// its issue) rendered to OUT/index-2022.pdf and .docx with the series' template; see
// src/batch/annual-index.ts for what it holds. An issue file that cannot be loaded stops it:
// an index silently missing an issue would be wrong.
import path from 'node:path';
import { annualIndexModel } from '../../batch/annual-index';
import { loadYear } from '../../batch/year-issues';
import { appendAll, hasErrors, type Diagnostic } from '../../diagnostics/diagnostic';
import { diag } from '../../diagnostics/make';
import { resolveFonts } from '../../fonts/resolve';
import { writeFileAtomic } from '../../output/write-atomic';
import { writeFailure } from '../../output/write-failure';
import { sourceDateEpoch } from '../../pipeline/compile-issue';
import { renderFiles, type Format } from '../../pipeline/render';
import { loadTemplate } from '../../templates/load-template';
import { t } from '../i18n';
import { expandInputs } from '../inputs';
import { EXIT, type CliIO } from '../io';
import { reportDiagnostics } from '../report';
import type { Encoding } from '../../source/read';

export interface IndexOptions {
  year: number;
  out: string;
  to: Format[];
  encoding?: Encoding;
}

export async function indexCommand(io: CliIO, dir: string, opts: IndexOptions): Promise<number> {
  const { files, diagnostics: missing } = expandInputs([dir]);
  const year = loadYear(files, opts.year, opts.encoding);
  const problems: Diagnostic[] = [...missing, ...year.diagnostics];
  const done = (code: number) => {
    reportDiagnostics(io, problems, year.sources);
    return code;
  };
  if (hasErrors(problems)) return done(EXIT.inputErrors);
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
  for (const format of opts.to) {
    for (const [target, bytes] of await renderFiles(model, format, path.join(opts.out, `index-${opts.year}`), { diagnostics: problems })) {
      try {
        writeFileAtomic(target, bytes);
        io.stdout(t(io.lang, 'wrote', { path: target }));
      } catch (e) {
        problems.push(writeFailure(target, e));
        return done(EXIT.inputErrors);
      }
    }
  }
  return done(EXIT.ok);
}
