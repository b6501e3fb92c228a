// `jianbao watch FILE|DIR…`: builds, then rebuilds on every change of an issue, its images, its
// config or its template, printing one status line per rebuild. Output folder and formats:
// -o/--to, else the series config's output.dir/formats, else out/ and both formats.
import fs from 'node:fs';
import path from 'node:path';
import { diag } from '../../diagnostics/make';
import { summaryLine } from '../../diagnostics/report-text';
import { outputFile, type Format } from '../../render/registry';
import type { Encoding } from '../../source/read';
import { outputSettings, outputStem } from '../../output/output-paths';
import { sourceDateEpoch } from '../../pipeline/compile-issue';
import { watchIssues } from '../../watch/watch-issues';
import { readWatchLedger } from '../../watch/watch-ledger';
import type { BuildLedger } from '../../series/build-ledger';
import { firstErrorReason } from '../../batch/first-error';
import { w } from '../../i18n/batch';
import type { RebuildResult } from '../../watch/rebuild';
import { wt } from '../../i18n/wizard';
import { expandInputFiles, inDraftsFolder, isIssueFile, outputRelative } from '../../inputs/inputs';
import { EXIT, stoppedExit, type CliIO } from '../../io/io';
import { reportDiagnostics } from '../../io/report';
import { outFolderProblem } from '../out-folder';

export interface WatchCommandOptions {
  out?: string;
  /** Checked by the command line's parser (program.ts), as build's. */
  to?: Format[];
  encoding?: Encoding;
}

/** `file`: the issue as build names it; `kept`: whether an earlier output of the issue is there to
 *  keep (else the line says none was built). */
function statusOf(io: CliIO, r: RebuildResult, file: string, kept: boolean): void {
  if (r.ok) {
    io.stdout(wt(io.lang, 'rebuilt', { file, outputs: r.outputs.join(', '), ms: r.ms }));
    if (r.diagnostics.length) reportDiagnostics(io, r.diagnostics, r.sources);
  } else {
    io.stdout(wt(io.lang, kept ? 'rebuildFailed' : 'buildFailed', { file, summary: summaryLine(r.diagnostics, io.lang) }));
    reportDiagnostics(io, r.diagnostics, r.sources);
  }
}

/** The ledger of the folders watched, reported when what it says changes (once mended, said so). */
function seriesLedger(io: CliIO, args: string[], out: string, encoding?: Encoding) {
  let last: BuildLedger | null = null;
  let reported = '[]';
  return {
    async read(): Promise<ReadonlySet<string>> {
      const ledger = await readWatchLedger(args, out, encoding);
      const said = JSON.stringify(ledger.diagnostics);
      if (said !== reported) {
        if (ledger.diagnostics.length) reportDiagnostics(io, ledger.diagnostics, ledger.sources);
        else io.stdout(wt(io.lang, 'ledgerWhole'));
      }
      reported = said;
      last = ledger;
      return new Set([...ledger.stopped].map((f) => path.resolve(f)));
    },
    reason: (file: string) => {
      const diagnostics = last?.diagnostics ?? [];
      const at = diagnostics.find((d) => path.resolve(d.file) === path.resolve(file));
      return firstErrorReason(diagnostics, io.lang, at?.file ?? file);
    },
  };
}

/** Runs until `signal` aborts (Ctrl+C, or SIGTERM from a service manager): a build in progress
 *  finishes (its outputs are written whole or not at all), then it exits as build does (130 or 143). */
export async function watchCommand(io: CliIO, args: string[], opts: WatchCommandOptions, signal: AbortSignal): Promise<number> {
  const { inputs, diagnostics } = expandInputFiles(args);
  const files = inputs.map((i) => i.file);
  const missing = files.filter((f) => !fs.existsSync(f));
  if (diagnostics.length || files.length === 0 || missing.length) {
    reportDiagnostics(io, [...diagnostics, ...missing.map((f) => diag('JB001', f, null, { path: f }))], new Map());
    return EXIT.inputErrors;
  }
  // The same output rule as build: `watch .` writes where `build .` does.
  const settings = outputSettings(args, opts);
  const outProblem = outFolderProblem(settings.out);
  if (outProblem) {
    reportDiagnostics(io, [outProblem], new Map());
    return EXIT.usage;
  }
  const roots = args.filter((a) => fs.existsSync(a) && fs.statSync(a).isDirectory());
  const relativeOf = new Map(inputs.map((i) => [path.resolve(i.file), i.relative]));
  const outStemOf = (f: string) => {
    const full = path.resolve(f);
    // An issue saved into a watched folder later sits below that folder, as build would find it.
    const root = roots.map((r) => path.resolve(r)).find((r) => !path.relative(r, full).startsWith('..'));
    const relative = relativeOf.get(full) ?? outputRelative(full, root ?? path.dirname(full));
    return outputStem(settings.out, relative);
  };
  const ledger = roots.length > 0 ? seriesLedger(io, args, settings.out, opts.encoding) : null;
  // As build's progress line names an issue it stops: by its path below the series, no extension.
  const nameOf = (f: string) => path.relative(settings.out, outStemOf(f)).split(path.sep).join('/');
  io.stdout(wt(io.lang, 'watching', { count: files.length, files: files.length === 1 ? 'issue file' : 'issue files' }));
  await watchIssues({
    files,
    roots,
    // As build finds them: not the drafts in a 稿件 folder.
    isIssueFile: (relative) => isIssueFile(path.posix.basename(relative)) && !inDraftsFolder(relative),
    outStemOf,
    formatsOf: () => settings.to,
    signal,
    date: sourceDateEpoch(io.env),
    encoding: opts.encoding,
    onRebuild: (r) =>
      statusOf(
        io,
        r,
        nameOf(r.file),
        settings.to.some((f) => fs.existsSync(outputFile(outStemOf(r.file), f))),
      ),
    ...(ledger && {
      ledger: ledger.read,
      onHeld: (file: string) => io.stdout(w(io.lang, 'stopped', { name: nameOf(file), reason: ledger.reason(file) })),
    }),
  });
  return stoppedExit(signal);
}
