// Outputs of this build's issues that the earlier output rule wrote: out/ in the folder the command
// ran in, so `cd 2024 && jianbao build .` left 2024/out/2024-02.pdf where out/2024/2024-02.pdf is
// written now. Named once a build (JB336), never deleted: an archive's files are the editor's.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import { FORMAT_NAMES, outputFile } from '../render/registry';

/** As the editor would type it, from the working folder. */
const typed = (p: string) => path.relative(process.cwd(), p) || '.';

/** The first old output of `file`: `F/out/<its path below F>` for a folder F between the series
 *  folder (whose out/ is the current one) and the issue. */
function oldOutputOf(file: string, seriesDir: string, current: string): { output: string; folder: string } | null {
  const parts = path.relative(seriesDir, path.resolve(file)).split(path.sep);
  if (parts[0] === '..' || path.isAbsolute(parts[0])) return null;
  for (let i = 1; i < parts.length; i++) {
    const folder = path.join(seriesDir, ...parts.slice(0, i), 'out');
    if (folder === current) continue;
    const stem = path.join(folder, ...parts.slice(i)).replace(/\.ya?ml$/i, '');
    const output = FORMAT_NAMES.map((f) => outputFile(stem, f)).find((o) => fs.existsSync(o));
    if (output) return { output, folder };
  }
  return null;
}

/** One warning for every issue of `files` with such outputs (null: none), naming the first. */
export function oldRuleOutputs(files: readonly string[], seriesDir: string, out: string): Diagnostic | null {
  const found = files.flatMap((f) => oldOutputOf(f, seriesDir, path.resolve(out)) ?? []);
  if (found.length === 0) return null;
  const [first] = found;
  return diag('JB336', typed(first.output), null, { count: found.length, path: typed(first.output), folder: typed(first.folder), out });
}
