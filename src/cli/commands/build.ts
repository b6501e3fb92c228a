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
import { reportDiagnostics } from '../../io/report';
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
}

/** A stopped issue's progress line: its output name and the ledger's first error for it. */
function stoppedLine(input: InputFile, diagnostics: readonly Diagnostic[], lang: Lang): { name: string; reason: string; file: string } {
  return { name: input.relative.replace(/\.ya?ml$/i, ''), reason: firstErrorReason(diagnostics, lang, input.file), file: input.file };
}

const isArchiveArg = (arg: string) => (fs.existsSync(arg) ? fs.statSync(arg).isDirectory() : isGlob(arg));

/** `signal`: Ctrl+C (program.ts): the batch starts no further issue and says how far it got. */
export async function buildCommand(io: CliIO, args: string[], flags: BuildOptions, signal?: AbortSignal): Promise<number> {
  const opts = { ...flags, ...outputSettings(args, flags) };
  const outProblem = outFolderProblem(opts.out);
  if (outProblem) {
    reportDiagnostics(io, [outProblem], new Map());
    return EXIT.usage;
  }
  const expanded = expandInputFiles(args);
  const inputProblems = expanded.diagnostics;
  // Folders are read as a series first (as check does): a broken 期号/总期号 chain stops that issue.
  const ledger = await readBuildLedger(args, expanded.inputs, { encoding: opts.encoding, outDir: opts.out, force: opts.force });
  const inputs = expanded.inputs.filter((i) => !ledger.stopped.has(i.file));
  const stopped = expanded.inputs.filter((i) => ledger.stopped.has(i.file)).map((i) => stoppedLine(i, ledger.diagnostics, io.lang));
  const date = sourceDateEpoch(io.env);
  const threads = opts.jobs ?? os.availableParallelism();
  signal?.addEventListener('abort', () => {
    io.terminal?.write('\r\x1b[K');
    // Only a Ctrl+C is told to press Ctrl+C again; a SIGTERM comes from a script or a service.
    io.stderr(w(io.lang, stoppedBy(signal) === 'SIGTERM' ? 'stoppingTerm' : 'stopping'));
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
    lang: io.lang,
    stopped,
    signal,
    sink: { line: (text) => io.stdout(text), tty: io.terminal },
  });
  // Written after the batch, into a folder it made or found: a build that wrote nothing makes no folder.
  if (fs.existsSync(opts.out)) saveLedgerMemo(ledger.memo);
  // Loaded only when asked: it lays issues out in this thread, with the PDF renderer's fonts.
  if (opts.explainLayout && !signal?.aborted)
    (await import('../explain-layout')).printLayoutExplanations(
      io,
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
  reportDiagnostics(io, all, new Map([...ledger.sources, ...result.sources]));
  const total = result.total + ledger.stopped.size;
  const failed = result.failed + ledger.stopped.size;
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
    return stoppedExit(signal);
  }
  const wrote = result.built + result.skipped > 0 && fs.existsSync(opts.out);
  const shard = opts.shard ? w(io.lang, 'shardSummary', { k: opts.shard.k, n: opts.shard.n, all: result.all }) : '';
  const old = result.oldKept > 0 ? w(io.lang, 'oldKeptSummary', { count: result.oldKept }) : '';
  io.stdout(`${w(io.lang, wrote ? 'summary' : 'summaryNothingWritten', counts)}${shard}${old}`);
  return failed > 0 || hasErrors(all) ? EXIT.inputErrors : EXIT.ok;
}
