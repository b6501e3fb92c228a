// Shared by the batch tests: a small synthetic archive (bench/synthetic.js), the summary line
// read back as numbers, and the outputs of a run with their sha256.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeArchive } = require('../../bench/synthetic') as { writeArchive(dir: string, count: number, startYear?: number): string[] };

export const ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'jianbao');

export function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-batch-'));
}

/** An archive of `count` monthly issues under a fresh folder; returns the folder and the files. */
export function archive(count: number, startYear = 2003): { dir: string; files: string[] } {
  const dir = path.join(tmpDir(), 'archive');
  return { dir, files: writeArchive(dir, count, startYear) };
}

export interface Summary {
  total: number;
  built: number;
  skipped: number;
  failed: number;
}

/** The English summary line ("12 issues: 12 built, 0 skipped, 0 failed in 3.1 s; output in out") as numbers. */
export function summaryOf(stdout: string): Summary {
  const m = /(\d+) issues?: (\d+) built, (\d+) skipped, (\d+) failed in [\d.]+ s/.exec(stdout);
  if (!m) throw new Error(`no summary line in:\n${stdout}`);
  return { total: Number(m[1]), built: Number(m[2]), skipped: Number(m[3]), failed: Number(m[4]) };
}

/** Output files below `dir` (cache and temp files excluded), relative, sorted. */
export function outputsIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.(pdf|docx)$/.test(f) && !path.basename(f).startsWith('.'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

export function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    outputsIn(dir).map((f) => [
      f,
      crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(dir, f)))
        .digest('hex'),
    ]),
  );
}

/** The stems ("2003/2003-01") of the lines that report a built issue. */
export function builtStems(stdout: string): string[] {
  return [...stdout.matchAll(/\] built (\S+)/g)].map((m) => m[1]).sort();
}
