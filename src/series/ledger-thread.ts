// The series ledger of `build DIR`, read in a thread of its own: the ledger parses every issue
// of the folder (240 issues: ~45 MB of the main thread's peak), and a thread's heap is freed
// when it ends, while the main thread's would stay at its peak for the whole batch.
import fs from 'node:fs';
import nodeModule from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { InputFile } from '../inputs/inputs';
import type { Encoding } from '../source/read';
import type { BuildLedger } from './build-ledger';

/** The compiled entry. Under ts-jest this module is TypeScript, so the build in dist/ serves. */
function ledgerScript(): string {
  const beside = path.join(__dirname, 'ledger-worker.js');
  return fs.existsSync(beside) ? beside : path.resolve(__dirname, '..', '..', 'dist', 'series', 'ledger-worker.js');
}

/** Its live data is small (the issues' numbers): an 8 MB young generation keeps its garbage
 *  small too (240 issues: the no-change rebuild's peak RSS ~156 → ~133 MB against 32 MB). */
const LEDGER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 1024 } as const;

const NO_LEDGER: BuildLedger = { diagnostics: [], sources: new Map(), stopped: new Set(), parsed: [], memo: null };

/** buildLedger's answer, computed in a worker thread; none when no argument is a folder. `memoAt`:
 *  the output folder whose memo it reads and renews (fresh: renews only), or null for none. */
export function buildLedgerInThread(
  args: readonly string[],
  inputs: readonly InputFile[],
  encoding?: Encoding,
  memoAt: { outDir: string; fresh?: boolean } | null = null,
): Promise<BuildLedger> {
  if (!args.some((a) => fs.existsSync(a) && fs.statSync(a).isDirectory())) return Promise.resolve(NO_LEDGER);
  return new Promise((resolve, reject) => {
    // The thread uses this thread's compile cache folder (bin/jianbao's, in the user's own cache),
    // or none: enabled without a folder, Node would pick one in the shared temp folder.
    const compileCache = nodeModule.getCompileCacheDir?.() ?? null;
    const workerData = { args, inputs, encoding, memoAt, compileCache };
    const worker = new Worker(ledgerScript(), { workerData, resourceLimits: LEDGER_LIMITS });
    let answered = false;
    worker.once('message', (ledger: BuildLedger) => {
      answered = true;
      resolve(ledger);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`series ledger thread exited with code ${code}`));
    });
  });
}
