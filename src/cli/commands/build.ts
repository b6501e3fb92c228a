// `jianbao build FILE|DIR|GLOB…`: renders issues to PDF and DOCX through the batch engine
// (src/batch): in parallel over --jobs worker threads, outputs mirroring the input tree under
// -o, a broken issue reported without stopping the others. Folder and glob arguments are
// incremental (OUT/.jianbao-cache.json); issues named one by one are always rebuilt.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { isGlob } from '../../batch/glob';
import { runBatch } from '../../batch/run-batch';
import type { Shard } from '../../batch/shard';
import { w } from '../../batch/words';
import { hasErrors } from '../../diagnostics/diagnostic';
import { diag } from '../../diagnostics/make';
import { sourceDateEpoch } from '../../pipeline/compile-issue';
import { FORMATS, type Format } from '../../pipeline/render';
import { DEFAULT_OUTPUT_DIR, loadSeriesConfig } from '../../config/series-config';
import type { Encoding } from '../../source/read';
import { expandInputFiles } from '../inputs';
import { EXIT, type CliIO } from '../io';
import { reportDiagnostics } from '../report';

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
}

const isArchiveArg = (arg: string) => (fs.existsSync(arg) ? fs.statSync(arg).isDirectory() : isGlob(arg));

/** flag > the series config of the first argument (output.dir/formats) > out/ and both formats. */
function outputSettings(args: string[], opts: BuildOptions): { out: string; to: Format[] } {
  if (opts.out && opts.to) return { out: opts.out, to: opts.to };
  const first = args[0] ?? '.';
  const dir = fs.existsSync(first) ? (fs.statSync(first).isDirectory() ? first : path.dirname(first)) : '.';
  const series = loadSeriesConfig(dir);
  return { out: opts.out ?? (series.outputDir ? path.relative(process.cwd(), series.outputDir) || '.' : DEFAULT_OUTPUT_DIR), to: opts.to ?? series.formats ?? [...FORMATS] };
}

export async function buildCommand(io: CliIO, args: string[], flags: BuildOptions): Promise<number> {
  const opts = { ...flags, ...outputSettings(args, flags) };
  if (fs.existsSync(opts.out) && !fs.statSync(opts.out).isDirectory()) {
    reportDiagnostics(io, [diag('JB705', opts.out, null, { path: opts.out })], new Map());
    return EXIT.usage;
  }
  const { inputs, diagnostics: inputProblems } = expandInputFiles(args);
  const date = sourceDateEpoch(io.env);
  const threads = opts.jobs ?? os.availableParallelism();
  const result = await runBatch(inputs, {
    out: opts.out,
    settings: { formats: opts.to, template: opts.template, encoding: opts.encoding, embedFonts: opts.embedFonts, dateMs: date?.getTime() },
    threads,
    skipUnchanged: !opts.force,
    useCache: args.some(isArchiveArg),
    shard: opts.shard ?? null,
    lang: io.lang,
    sink: { line: (text) => io.stdout(text), tty: io.terminal },
  });
  const all = [...inputProblems, ...result.diagnostics];
  reportDiagnostics(io, all, result.sources);
  // The editor needs to know where the files went: the summary names the output folder.
  const counts = { total: result.total, built: result.built, skipped: result.skipped, failed: result.failed, seconds: result.seconds.toFixed(1), out: opts.out };
  const shard = opts.shard ? w(io.lang, 'shardSummary', { k: opts.shard.k, n: opts.shard.n, all: result.all }) : '';
  io.stdout(`${w(io.lang, 'summary', counts)}${shard}`);
  return result.failed > 0 || hasErrors(all) ? EXIT.inputErrors : EXIT.ok;
}
