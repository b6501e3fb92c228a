// `jianbao check FILE…`: everything build would find (schema, lint, template, images, fonts)
// without rendering, plus the series ledger for folders. `--fix` applies the certain lint fixes
// in place (and only then is a source file written); `--strict` makes warnings errors for CI.
// Exit 1 when any file has errors.
import { appendAll, hasErrors, type Diagnostic } from '../../diagnostics/diagnostic';
import { strictly } from '../../lint';
import { fixFile } from '../../lint/fix-file';
import { compileIssue, type CompileResult } from '../../pipeline/compile-issue';
import { ledgerEntryOf } from '../../series/build-ledger';
import { checkSeriesInputs } from '../../series/check-series';
import type { LedgerIssue } from '../../series/ledger';
import type { Encoding } from '../../source/read';
import { t } from '../../i18n/cli';
import { expandInputs } from '../../inputs/inputs';
import { EXIT, type CliIO } from '../../io/io';
import { collapseRepeats } from '../../diagnostics/collapse-repeats';
import { reportDiagnostics, type ReportFormat } from '../../io/report';

export interface CheckOptions {
  format: ReportFormat;
  template?: string;
  encoding?: Encoding;
  strict?: boolean;
  fix?: boolean;
  /** A folder of the same series' issues to check the 期号/总期号 chain against. */
  series?: string;
}

/** Fixing can reveal more to fix (a date slip hides the lint until it is mended; ( ) fixed to
 *  （ ） leaves the spaces beside them): fix again until nothing is left, a few rounds at most. */
const FIX_ROUNDS = 4;

function compileAndFix(io: CliIO, file: string, opts: CheckOptions): { compiled: CompileResult; extra: Diagnostic[] } {
  const compile = () => compileIssue(file, { encoding: opts.encoding, template: opts.template });
  let compiled = compile();
  if (!opts.fix) return { compiled, extra: [] };
  let extra: Diagnostic[] = [];
  let count = 0;
  for (let round = 0; round < FIX_ROUNDS; round++) {
    const text = compiled.sources.get(file);
    if (text === undefined) break;
    const fixed = fixFile(file, text, compiled.diagnostics, opts.encoding);
    extra = fixed.diagnostics;
    if (fixed.fixed === 0) break;
    count += fixed.fixed;
    // Report what is left after fixing, at the positions of the rewritten file.
    compiled = compile();
  }
  if (count > 0) io.stderr(t(io.lang, 'fixedCount', { file, count: String(count), problems: count === 1 ? 'problem' : 'problems' }));
  // What --fix left is the editor's: said, so a silent rerun does not read as "fixed".
  const left = compiled.diagnostics.filter((d) => d.file === file).length + extra.length;
  if (left > 0) io.stderr(t(io.lang, 'fixLeft', { file, count: String(left), problems: left === 1 ? 'problem' : 'problems' }));
  return { compiled, extra };
}

export async function checkCommand(io: CliIO, args: string[], opts: CheckOptions): Promise<number> {
  const { files, diagnostics: inputProblems } = expandInputs(args);
  let all: Diagnostic[] = [...inputProblems];
  const sources = new Map<string, string>();
  const issues: LedgerIssue[] = [];
  // A problem found while compiling a file is that file's, even when it sits in the series config.
  const troubled = new Set<string>();
  for (const file of files) {
    const { compiled, extra } = compileAndFix(io, file, opts);
    compiled.sources.forEach((text, f) => sources.set(f, text));
    const entry = compiled.issue ?? ledgerEntryOf(file, opts.encoding, compiled.readable);
    if (entry) issues.push(entry);
    if (compiled.diagnostics.length > 0 || extra.length > 0) troubled.add(file);
    appendAll(all, compiled.diagnostics);
    appendAll(all, extra);
  }
  const series = checkSeriesInputs(args, issues, { series: opts.series, encoding: opts.encoding });
  series.sources.forEach((text, f) => sources.set(f, text));
  appendAll(all, series.diagnostics);
  // "No problems" only once the series ledger has had its say about the file too.
  for (const d of all) troubled.add(d.file);
  if (opts.format === 'text') for (const file of files.filter((f) => !troubled.has(f))) io.stdout(t(io.lang, 'checkedOk', { file }));
  if (opts.strict) all = strictly(all);
  // A config problem every issue met (a missing font file) is said once, with the issues counted.
  all = collapseRepeats(all);
  reportDiagnostics(io, all, sources, opts.format);
  return hasErrors(all) ? EXIT.inputErrors : EXIT.ok;
}
