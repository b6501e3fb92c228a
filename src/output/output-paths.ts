// Where outputs go, one rule for `build`, `watch` and `index`: the folder is -o, else the series
// config's output.dir (of the first argument), else out/ in the series folder (where
// jianbao.config.yaml is, as if it said `output.dir: out`), else out/ beside the first argument;
// never a folder that depends on where the command runs. Each issue's outputs sit at its path
// below the folder or pattern it was found in (a file named alone keeps only its name), .yaml dropped.
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_OUTPUT_DIR, loadSeriesConfig } from '../config/series-config';
import { globBase, isGlob, normalisePattern } from '../inputs/glob';
import { DEFAULT_FORMATS, type Format } from '../render/registry';

/** The folder the first argument names or sits in (a pattern's fixed part), '.' when there is none. */
function folderOf(arg: string | undefined): string {
  if (arg === undefined) return '.';
  if (fs.existsSync(arg)) return fs.statSync(arg).isDirectory() ? arg : path.dirname(arg);
  return isGlob(arg) ? globBase(normalisePattern(arg)).split('/').join(path.sep) || '.' : path.dirname(arg);
}

/** As an editor would type it: relative to the working folder (`../out` from inside 2024/), unless
 *  the two share no folder but the root (`/tmp/x/out` seen from /work/y). */
function typed(dir: string): string {
  const rel = path.relative(process.cwd(), dir);
  const top = (p: string) => path.resolve(p).split(path.sep)[1];
  return rel === '' ? '.' : rel.startsWith('..') && top(dir) !== top(process.cwd()) ? path.resolve(dir) : rel;
}

/** flag > the series config of the first argument (output.dir/formats/pdfa) > out/ in the series
 * folder, else beside the first argument; the default formats; no PDF/A. */
export function outputSettings(
  args: readonly string[],
  opts: { out?: string; to?: Format[]; pdfa?: boolean },
): { out: string; to: Format[]; pdfa: boolean; seriesDefault: string | null } {
  if (opts.out && opts.to && opts.pdfa) return { out: opts.out, to: opts.to, pdfa: true, seriesDefault: null };
  const dir = folderOf(args[0]);
  const series = loadSeriesConfig(dir);
  const base = series.file ? path.dirname(series.file) : path.resolve(dir);
  return {
    out: opts.out ?? typed(series.outputDir ?? path.join(base, DEFAULT_OUTPUT_DIR)),
    to: opts.to ?? series.formats ?? [...DEFAULT_FORMATS],
    pdfa: opts.pdfa ?? series.pdfa ?? false,
    // The series folder when `out` is its out/ by default (no -o, no output.dir): the rule before
    // it wrote out/ wherever the command ran, and build names what that left (JB336).
    seriesDefault: opts.out === undefined && series.file && !series.outputDir ? base : null,
  };
}

/** The output stem (no extension) of an issue found at `relative` (`/`-separated) below its base,
 *  in the form `out` has (relative to the working folder unless -o was typed absolute): every
 *  message about the file, a progress line or a worker's write error, then says one path. */
export function outputStem(out: string, relative: string): string {
  return path.join(out, relative.replace(/\.ya?ml$/i, ''));
}
