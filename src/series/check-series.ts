// Which issues form a ledger for `check`: each folder given on the command line, and with
// `--series DIR` the issues of DIR together with the files checked. Issues of DIR that are not
// being checked are only loaded (their own problems are not reported, only the chain's).
import fs from 'node:fs';
import path from 'node:path';
import { appendAll, type Diagnostic } from '../diagnostics/diagnostic';
import { expandInputs } from '../inputs/inputs';
import { loadIssue } from '../issue/load-issue';
import type { Encoding } from '../source/read';
import { checkLedgerWithMissing } from './declared-missing';
import type { LedgerIssue } from './ledger';

const isDir = (p: string) => fs.existsSync(p) && fs.statSync(p).isDirectory();
const inside = (file: string, dir: string) => !path.relative(path.resolve(dir), path.resolve(file)).startsWith('..');

export function checkSeriesInputs(
  args: readonly string[],
  checked: readonly LedgerIssue[],
  opts: { series?: string; encoding?: Encoding },
): { diagnostics: Diagnostic[]; sources: Map<string, string> } {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  for (const dir of args.filter(isDir)) appendAll(diagnostics, checkLedgerWithMissing(checked.filter((i) => inside(i.file, dir))));
  if (opts.series) {
    const { files, diagnostics: missing } = expandInputs([opts.series]);
    appendAll(diagnostics, missing);
    const known = new Set(checked.map((i) => path.resolve(i.file)));
    const others = files
      .filter((f) => !known.has(path.resolve(f)))
      .map((f) => loadIssue(f, { encoding: opts.encoding }))
      .filter((r) => r.issue !== null);
    others.forEach((r) => r.sources.forEach((text, f) => sources.set(f, text)));
    const ledger = checkLedgerWithMissing([...checked, ...others.map((r) => r.issue!)]);
    // Report breaks at the checked files, and at series files only when they break the chain.
    diagnostics.push(...ledger.filter((d) => !diagnostics.some((x) => x.file === d.file && x.line === d.line && x.code === d.code)));
  }
  return { diagnostics, sources };
}
