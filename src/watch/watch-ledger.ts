// The series ledger during `watch DIR`, read as `build DIR` reads it before building (the memo in
// the output folder spares the unchanged issues a parse): the issue files of the folders as they
// are now, and which of them a break in the 期号/总期号 chain holds back.
import fs from 'node:fs';
import { expandInputFiles } from '../inputs/inputs';
import type { BuildLedger } from '../series/build-ledger';
import { saveLedgerMemo } from '../series/ledger-memo';
import { readBuildLedger } from '../series/read-ledger';
import type { Encoding } from '../source/read';

export async function readWatchLedger(args: readonly string[], outDir: string, encoding?: Encoding): Promise<BuildLedger> {
  const { inputs } = expandInputFiles(args);
  const ledger = await readBuildLedger(args, inputs, { encoding, outDir });
  if (fs.existsSync(outDir)) saveLedgerMemo(ledger.memo);
  return ledger;
}
