// The series ledger for `build DIR` (as `check DIR` runs it): the issues of each folder read
// together; an issue whose 期号 or 总期号 breaks the chain is reported and not built, so a wrong
// 总期号 never goes to print with exit 0.
import fs from 'node:fs';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic';
import type { InputFile } from '../cli/inputs';
import type { Issue } from '../schema/issue-schema';
import { loadIssue } from '../source/load-issue';
import type { Encoding } from '../source/read';
import { checkSeriesInputs } from './check-series';

export interface BuildLedger {
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  /** Issue files the ledger stops (an error in the chain at that file). */
  stopped: Set<string>;
}

export function buildLedger(args: readonly string[], inputs: readonly InputFile[], encoding?: Encoding): BuildLedger {
  const sources = new Map<string, string>();
  const issues: Issue[] = [];
  if (!args.some((a) => fs.existsSync(a) && fs.statSync(a).isDirectory())) return { diagnostics: [], sources, stopped: new Set() };
  // An issue that does not load is the batch's to report; the chain is read from the others.
  for (const { file } of inputs) {
    const loaded = loadIssue(file, { encoding });
    if (loaded.issue && !hasErrors(loaded.diagnostics)) {
      issues.push(loaded.issue);
      loaded.sources.forEach((text, f) => sources.set(f, text));
    }
  }
  const { diagnostics } = checkSeriesInputs(args, issues, { encoding });
  const stopped = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  return { diagnostics, sources: new Map([...sources].filter(([f]) => diagnostics.some((d) => d.file === f))), stopped };
}
