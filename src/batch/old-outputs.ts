// The outputs an issue that was not built this run still has on disk from an earlier build: they
// stay (nothing an editor made is deleted), but the run names them, so an old PDF is not taken
// for the current one.
import fs from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import { outputFile, type Format } from '../render/registry';

/** The files of `formats` at output stem `outStem` that exist, in the stem's own form. */
export function oldOutputs(outStem: string, formats: readonly Format[]): string[] {
  return formats.map((f) => outputFile(outStem, f)).filter((f) => fs.existsSync(f));
}

/** JB706 for an issue file whose old outputs are still in the output folder. */
export const oldOutputsKept = (issueFile: string, files: readonly string[]): Diagnostic =>
  diag('JB706', issueFile, null, { paths: files.join('、'), count: files.length });
