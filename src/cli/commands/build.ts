// `jianbao build FILE|DIR|GLOB…`: renders issues to PDF and DOCX through the batch engine
// (src/batch): in parallel over --jobs worker threads, outputs mirroring the input tree under
// -o, a broken issue reported without stopping the others. Folder and glob arguments are
// incremental (OUT/.jianbao-cache.json); issues named one by one are always rebuilt.
import fs from 'node:fs';
import os from 'node:os';
import { isGlob } from '../../inputs/glob';
import { runBatch } from '../../batch/run-batch';
import { oldRuleOutputs } from '../../batch/old-rule-outputs';
import type { Shard } from '../../batch/shard';
import { w } from '../../i18n/batch';
import { hasErrors, type Diagnostic } from '../../diagnostics/diagnostic';
import type { Lang } from '../../diagnostics/messages';
import { sourceDateEpoch } from '../../pipeline/compile-issue';
import type { Format } from '../../render/registry';
import { outputSettings } from '../../output/output-paths';
import type { Encoding } from '../../source/read';
import { readBuildLedger } from '../../series/read-ledger';
import { saveLedgerMemo } from '../../series/ledger-memo';
import { firstErrorReason } from '../../batch/first-error';
import { expandInputFiles, type InputFile } from '../../inputs/inputs';
import { EXIT, stoppedBy, stoppedExit, type CliIO } from '../../io/io';
import { collapseRepeats } from '../../diagnostics/collapse-repeats';
import { reportDiagnostics, type ReportFormat } from '../../io/report';
import type { BatchResult } from '../../batch/run-batch';
import type { BuildIssueRecord } from '../../io/build-report';
import { outFolderProblem } from '../out-folder';

export interface BuildOptions {
  /** Unset: the series config's output.dir, else out/. */
  out?: string;
  /** Unset: the series config's output.formats, else both. */
  to?: Format[];
  template?: string;
  encoding?: Encoding;
  /** DOCX: embed subset fonts. */
  embedFonts?: boolean;
  /** Worker threads; default the number of cores. */
  jobs?: number;
  force?: boolean;
  shard?: Shard;
  /** Build despite placeholders, every page marked 样稿 (JB332). */
  draft?: boolean;
  /** PDF/A-2b for archives. */
  pdfa?: boolean;
  /** Print each PDF page's fill and why it ended. */
  explainLayout?: boolean;
  /** json: one report on stdout (src/io/build-report.ts); github: annotations there. Either way the
   *  progress and the summary go to stderr. */
  format?: ReportFormat;
}

/** A stopped issue's progress line: its output name and the ledger's first error for it. */
function stoppedLine(input: InputFile, diagnostics: readonly Diagnostic[], lang: Lang): { name: string; reason: string; file: string } {
  return { name: input.relative.replace(/\.ya?ml$/i, ''), reason: firstErrorReason(diagnostics, lang, input.file), file: input.file };
}

const isArchiveArg = (arg: string) => (fs.existsSync(arg) ? fs.statSync(arg).isDirectory() : isGlob(arg));

/** `signal`: Ctrl+C (program.ts): the batch starts no further issue and says how far it got. */
export async function buildCommand(io: CliIO, args: string[], flags: BuildOptions, signal?: AbortSignal): Promise<number> {
  const format = flags.format ?? 'text';
  // With a machine-readable format, stdout holds only that: every human line goes to stderr.
  const human: CliIO = format === 'text' ? io : { ...io, stdout: io.stderr };
  const opts = { ...flags, ...outputSettings(args, flags) };
  const outProblem = outFolderProblem(opts.out);
  if (outProblem) {
    if (format === 'json') await printReport(io, opts.out, EXIT.usage, [], [outProblem]);
    else reportDiagnostics(io, [outProblem], new Map(), format);
    return EXIT.usage;
  }
  const expanded = expandInputFiles(args);
  const inputProblems = expanded.diagnostics;
  // Folders are read as a series first (as check does): a broken 期号/总期号 chain stops that issue.
  const ledger = await readBuildLedger(args, expanded.inputs, { encoding: opts.encoding, outDir: opts.out, force: opts.force });
  const inputs = expanded.inputs.filter((i) => !ledger.stopped.has(i.file));
  const stopped = expanded.inputs.filter((i) => ledger.stopped.has(i.file)).map((i) => stoppedLine(i, ledger.diagnostics, human.lang));
  const date = sourceDateEpoch(human.env);
  const threads = opts.jobs ?? os.availableParallelism();
  signal?.addEventListener('abort', () => {
    human.terminal?.write('\r\x1b[K');
    // Only a Ctrl+C is told to press Ctrl+C again; a SIGTERM comes from a script or a service.
    human.stderr(w(human.lang, stoppedBy(signal) === 'SIGTERM' ? 'stoppingTerm' : 'stopping'));
  });
  const result = await runBatch(inputs, {
    out: opts.out,
    settings: {
      formats: opts.to,
      template: opts.template,
      encoding: opts.encoding,
      embedFonts: opts.embedFonts,
      dateMs: date?.getTime(),
      ...(opts.draft ? { draft: true } : {}),
      ...(opts.pdfa ? { pdfa: true } : {}),
    },
    threads,
    skipUnchanged: !opts.force,
    useCache: args.some(isArchiveArg),
    shard: opts.shard ?? null,
    lang: human.lang,
    stopped,
    signal,
    sink: { line: (text) => human.stdout(text), tty: human.terminal },
  });
  // Written after the batch, into a folder it made or found: a build that wrote nothing makes no folder.
  if (fs.existsSync(opts.out)) saveLedgerMemo(ledger.memo);
  // Loaded only when asked: it lays issues out in this thread, with the PDF renderer's fonts.
  if (opts.explainLayout && !signal?.aborted)
    (await import('../explain-layout')).printLayoutExplanations(
      human,
      inputs.map((i) => i.file),
      { template: opts.template, encoding: opts.encoding, date, draft: opts.draft },
    );
  const oldOutputs = opts.seriesDefault
    ? oldRuleOutputs(
        expanded.inputs.map((i) => i.file),
        opts.seriesDefault,
        opts.out,
      )
    : null;
  // A config problem every issue met (a missing font file) is said once, with the issues counted.
  const all = collapseRepeats([...inputProblems, ...ledger.diagnostics, ...result.diagnostics, ...(oldOutputs ? [oldOutputs] : [])]);
  const held = ledger.stopped.size;
  const exitCode = result.notStarted > 0 ? stoppedExit(signal) : result.failed + held > 0 || hasErrors(all) ? EXIT.inputErrors : EXIT.ok;
  if (format === 'json') {
    const records = [...result.issues, ...stopped.map((s) => ({ file: s.file, name: s.name, status: 'stopped' as const, outputs: [] }))];
    const order = new Map(expanded.inputs.map((input, i) => [input.file, i]));
    records.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
    await printReport(io, opts.out, exitCode, records, all);
  } else reportDiagnostics(io, all, new Map([...ledger.sources, ...result.sources]), format);
  printSummary(human, result, held, opts);
  return exitCode;
}

/** `--format json`: the one document on stdout (loaded only then, with zod). */
async function printReport(
  io: CliIO,
  out: string,
  exitCode: number,
  records: readonly BuildIssueRecord[],
  diagnostics: readonly Diagnostic[],
): Promise<void> {
  const { buildReportText } = await import('../../io/build-report');
  for (const piece of buildReportText(out, exitCode, records, diagnostics, io.lang)) io.stdout(piece);
}

/** The summary line, the last a human reads: how many were built, where, or how far a stopped run got. */
function printSummary(io: CliIO, result: BatchResult, held: number, opts: BuildOptions & { out: string }): void {
  const total = result.total + held;
  const failed = result.failed + held;
  // The editor needs to know where the files went: the summary names the output folder, but only
  // when something is there (a build that wrote nothing names no folder it never made).
  const counts = {
    total,
    built: result.built,
    skipped: result.skipped,
    failed,
    seconds: result.seconds.toFixed(1),
    out: opts.out,
    issues: total === 1 ? 'issue' : 'issues',
  };
  if (result.notStarted > 0) {
    // With --force the same command would build every issue again.
    io.stdout(w(io.lang, opts.force ? 'interruptedForced' : 'interrupted', { ...counts, left: result.notStarted }));
    return;
  }
  const wrote = result.built + result.skipped > 0 && fs.existsSync(opts.out);
  const shard = opts.shard ? w(io.lang, 'shardSummary', { k: opts.shard.k, n: opts.shard.n, all: result.all }) : '';
  const old = result.oldKept > 0 ? w(io.lang, 'oldKeptSummary', { count: result.oldKept }) : '';
  io.stdout(`${w(io.lang, wrote ? 'summary' : 'summaryNothingWritten', counts)}${shard}${old}`);
}
