// The series ledger of `build DIR`: read here from the memo when it knows every issue file (a
// no-change rebuild: nothing to parse, no thread to start), else in the ledger thread.
import fs from 'node:fs';
import type { InputFile } from '../inputs/inputs';
import type { Encoding } from '../source/read';
import { buildLedgerFromMemo, type BuildLedger } from './build-ledger';
import { LedgerMemo } from './ledger-memo';
import { buildLedgerInThread } from './ledger-thread';

/** `force` (build --force): the memo is not trusted, every issue is parsed, and the memo renewed. */
export function readBuildLedger(
  args: readonly string[],
  inputs: readonly InputFile[],
  opts: { encoding?: Encoding; outDir: string; force?: boolean },
): Promise<BuildLedger> {
  const { encoding, outDir, force } = opts;
  // No folder among the arguments: no ledger, which buildLedgerInThread answers without a thread.
  const folders = args.some((a) => fs.existsSync(a) && fs.statSync(a).isDirectory());
  const memo = folders && !force && fs.existsSync(outDir) ? LedgerMemo.loadIfCodeHolds(outDir, encoding) : null;
  const known = memo && buildLedgerFromMemo(args, inputs, encoding, memo);
  return known ? Promise.resolve(known) : buildLedgerInThread(args, inputs, encoding, { outDir, fresh: force });
}
