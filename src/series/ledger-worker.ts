// Entry of the short-lived thread that reads a folder's series ledger (ledger-thread.ts): it
// parses the issues' YAML the memo does not know, and that garbage goes away with the thread
// instead of staying in the batch's main thread beside its workers.
import nodeModule from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { InputFile } from '../inputs/inputs';
import type { Encoding } from '../source/read';

const { args, inputs, encoding, memoAt, compileCache } = workerData as {
  args: string[];
  inputs: InputFile[];
  encoding?: Encoding;
  memoAt: { outDir: string; fresh?: boolean } | null;
  /** The main thread's compile cache folder (null: it has none, and neither has this thread). */
  compileCache: string | null;
};
if (compileCache) nodeModule.enableCompileCache?.(compileCache);
/* eslint-disable @typescript-eslint/no-require-imports -- loaded only after the compile cache is on */
const { buildLedger } = require('./build-ledger') as typeof import('./build-ledger');
const { LedgerMemo } = require('./ledger-memo') as typeof import('./ledger-memo');
const { loadedCode } = require('./ledger-code') as typeof import('./ledger-code');
/* eslint-enable @typescript-eslint/no-require-imports */
// Everything the ledger runs is loaded now, and nothing else: that is the code its records depend on.
const memo = memoAt === null ? LedgerMemo.none() : LedgerMemo.load(memoAt.outDir, encoding, loadedCode(), { fresh: memoAt.fresh });
parentPort?.postMessage(buildLedger(args, inputs, encoding, memo));
