// `jianbao watch FILE|DIR…`: builds, then rebuilds on every change of an issue, its images, its
// config or its template, printing one status line per rebuild. Output folder and formats:
// -o/--to, else the series config's output.dir/formats, else out/ and both formats.
import fs from 'node:fs';
import path from 'node:path';
import { loadSeriesConfig } from '../../config/series-config';
import { diag } from '../../diagnostics/make';
import { summaryLine } from '../../diagnostics/report-text';
import { FORMATS, type Format } from '../../pipeline/render';
import { sourceDateEpoch } from '../../pipeline/compile-issue';
import { watchIssues } from '../../watch/watch-issues';
import type { RebuildResult } from '../../watch/rebuild';
import { wt } from '../../wizard/text';
import { expandInputs, isIssueFile } from '../inputs';
import { EXIT, type CliIO } from '../io';
import { reportDiagnostics } from '../report';

export interface WatchCommandOptions {
  out?: string;
  /** Checked by the command line's parser (program.ts), as build's. */
  to?: Format[];
}

function statusOf(io: CliIO, r: RebuildResult): void {
  const file = path.basename(r.file);
  if (r.ok) {
    io.stdout(wt(io.lang, 'rebuilt', { file, outputs: r.outputs.map((o) => path.basename(o)).join(', '), ms: r.ms }));
    if (r.diagnostics.length) reportDiagnostics(io, r.diagnostics, r.sources);
  } else {
    io.stdout(wt(io.lang, 'rebuildFailed', { file, summary: summaryLine(r.diagnostics, io.lang) }));
    reportDiagnostics(io, r.diagnostics, r.sources);
  }
}

/** Runs until `signal` aborts (Ctrl+C in the terminal). */
export async function watchCommand(io: CliIO, args: string[], opts: WatchCommandOptions, signal: AbortSignal): Promise<number> {
  const { files, diagnostics } = expandInputs(args);
  const missing = files.filter((f) => !fs.existsSync(f));
  if (diagnostics.length || files.length === 0 || missing.length) {
    reportDiagnostics(io, [...diagnostics, ...missing.map((f) => diag('JB001', f, null, { path: f }))], new Map());
    return EXIT.inputErrors;
  }
  // Series settings per issue, read when an issue is first built (issues can appear later).
  const seriesCache = new Map<string, ReturnType<typeof loadSeriesConfig>>();
  const seriesOf = (f: string) => seriesCache.get(f) ?? seriesCache.set(f, loadSeriesConfig(path.dirname(f))).get(f)!;
  io.stdout(wt(io.lang, 'watching', { count: files.length }));
  await watchIssues({
    files,
    roots: args.filter((a) => fs.existsSync(a) && fs.statSync(a).isDirectory()),
    isIssueFile,
    outDirOf: (f) => opts.out ?? seriesOf(f).outputDir ?? 'out',
    formatsOf: (f) => opts.to ?? seriesOf(f).formats ?? FORMATS,
    signal,
    date: sourceDateEpoch(io.env),
    onRebuild: (r) => statusOf(io, r),
  });
  return EXIT.ok;
}
