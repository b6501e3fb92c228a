// Where outputs go, one rule for `build` and `watch`: the folder is -o, else the series config's
// output.dir (of the first argument), else out/; each issue's outputs sit at its path below the
// folder or pattern it was found in (a file named alone keeps only its name), .yaml dropped.
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_OUTPUT_DIR, loadSeriesConfig } from '../config/series-config';
import { DEFAULT_FORMATS, type Format } from '../render/registry';

/** flag > the series config of the first argument (output.dir/formats/pdfa) > out/, the default
 * formats, no PDF/A. */
export function outputSettings(
  args: readonly string[],
  opts: { out?: string; to?: Format[]; pdfa?: boolean },
): { out: string; to: Format[]; pdfa: boolean } {
  if (opts.out && opts.to && opts.pdfa) return { out: opts.out, to: opts.to, pdfa: true };
  const first = args[0] ?? '.';
  const dir = fs.existsSync(first) ? (fs.statSync(first).isDirectory() ? first : path.dirname(first)) : '.';
  const series = loadSeriesConfig(dir);
  return {
    out: opts.out ?? (series.outputDir ? path.relative(process.cwd(), series.outputDir) || '.' : DEFAULT_OUTPUT_DIR),
    to: opts.to ?? series.formats ?? [...DEFAULT_FORMATS],
    pdfa: opts.pdfa ?? series.pdfa ?? false,
  };
}

/** The output stem (no extension) of an issue found at `relative` (`/`-separated) below its base. */
export function outputStem(out: string, relative: string): string {
  return path.resolve(out, relative.replace(/\.ya?ml$/i, ''));
}
