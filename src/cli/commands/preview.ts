// `jianbao preview FILE`: serves the pages to the browser and updates them on every save
// (src/preview/). Prints the address, then one status line per rebuild, as watch does.
import fs from 'node:fs';
import path from 'node:path';
import { diag } from '../../diagnostics/make';
import { summaryLine } from '../../diagnostics/report-text';
import { sourceDateEpoch } from '../../pipeline/compile-issue';
import { runPreview } from '../../preview/run-preview';
import { pw } from '../../i18n/preview';
import type { Encoding } from '../../source/read';
import type { RebuildResult } from '../../watch/rebuild';
import { EXIT, stoppedExit, type CliIO } from '../../io/io';
import { reportDiagnostics } from '../../io/report';

export interface PreviewCommandOptions {
  port?: number;
  /** false with --no-open. */
  open: boolean;
  grid?: boolean;
  encoding?: Encoding;
}

function statusOf(io: CliIO, r: RebuildResult): void {
  const file = path.basename(r.file);
  if (r.ok) io.stdout(pw(io.lang, 'updated', { file, ms: r.ms }));
  else io.stdout(pw(io.lang, 'failed', { file, summary: summaryLine(r.diagnostics, io.lang) }));
  reportDiagnostics(io, r.diagnostics, r.sources);
}

/** Runs until `signal` aborts (Ctrl+C, or SIGTERM from a service manager): then, with the server
 *  closed, exits as build does (130 or 143). */
export async function previewCommand(io: CliIO, file: string, opts: PreviewCommandOptions, signal: AbortSignal): Promise<number> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    reportDiagnostics(io, [diag('JB001', file, null, { path: file })], new Map());
    return EXIT.inputErrors;
  }
  const problems = await runPreview({
    file,
    lang: io.lang,
    port: opts.port,
    open: opts.open,
    grid: opts.grid ?? false,
    env: io.env,
    signal,
    date: sourceDateEpoch(io.env),
    encoding: opts.encoding,
    onListening: (url) => io.stdout(pw(io.lang, 'serving', { url })),
    onRebuild: (r) => statusOf(io, r),
    onWarning: (d) => reportDiagnostics(io, [d], new Map()),
  });
  if (problems.length) {
    reportDiagnostics(io, problems, new Map());
    return EXIT.inputErrors;
  }
  return stoppedExit(signal);
}
