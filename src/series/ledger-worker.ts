// Entry of the short-lived thread that reads a folder's series ledger (ledger-thread.ts): it
// parses every issue's YAML, and that garbage goes away with the thread instead of staying in
// the batch's main thread beside its workers.
import nodeModule from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

nodeModule.enableCompileCache?.();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only after the compile cache is on
const { buildLedger } = require('./build-ledger') as typeof import('./build-ledger');
const { args, inputs, encoding } = workerData as {
  args: string[];
  inputs: Parameters<typeof buildLedger>[1];
  encoding?: Parameters<typeof buildLedger>[2];
};
parentPort?.postMessage(buildLedger(args, inputs, encoding));
