// The series ledger for `build DIR` (as `check DIR` runs it): the issues of each folder read
// together; an issue whose 期号 or 总期号 breaks the chain is reported and not built, so a wrong
// 总期号 never goes to print with exit 0. Only the numbers are read here (YAML parsed, the
// `issue:` block checked), a sixth of a full load: the batch validates each issue anyway.
import fs from 'node:fs';
import path from 'node:path';
import { loadSeriesConfig } from '../config/series-config';
import { findConfig } from '../config/find-config';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { InputFile } from '../inputs/inputs';
import { IssueInfo } from '../schema/issue-schema';
import { parseYaml, positionInValue } from '../source/parse-yaml';
import { readSource, type Encoding } from '../source/read';
import { checkSeriesInputs } from './check-series';
import type { LedgerIssue } from './ledger';

export interface BuildLedger {
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  /** Issue files the ledger stops (an error in the chain at that file). */
  stopped: Set<string>;
}

/** An issue's numbers and series name, or null when they cannot be read (the batch reports why). */
function ledgerEntry(
  file: string,
  encoding: Encoding | undefined,
  seriesName: (file: string) => string | undefined,
): { entry: LedgerIssue; text: string } | null {
  const read = readSource(file, encoding);
  if (!read.ok) return null;
  const { yaml, diagnostics } = parseYaml(read.text, file);
  if (!yaml || diagnostics.length) return null;
  const data = yaml.value as { issue?: unknown; publication?: { name?: unknown } } | null;
  const info = IssueInfo.safeParse(data?.issue);
  const own = data?.publication?.name;
  const name = typeof own === 'string' ? own : seriesName(file);
  if (!info.success || !name) return null;
  const entry: LedgerIssue = {
    file,
    issue: info.data,
    publication: { name },
    locate: (at, lineWithin = 0) => positionInValue(yaml, at, lineWithin),
  };
  return { entry, text: read.text };
}

export function buildLedger(args: readonly string[], inputs: readonly InputFile[], encoding?: Encoding): BuildLedger {
  const sources = new Map<string, string>();
  if (!args.some((a) => fs.existsSync(a) && fs.statSync(a).isDirectory())) return { diagnostics: [], sources, stopped: new Set() };
  const names = new Map<string, string | undefined>();
  const seriesName = (file: string) => {
    const config = findConfig(file) ?? '';
    if (!names.has(config)) names.set(config, config ? loadSeriesConfig(path.dirname(config)).data.publication?.name : undefined);
    return names.get(config);
  };
  const issues: LedgerIssue[] = [];
  for (const { file } of inputs) {
    const read = ledgerEntry(file, encoding, seriesName);
    if (!read) continue;
    issues.push(read.entry);
    sources.set(file, read.text);
  }
  const { diagnostics } = checkSeriesInputs(args, issues, { encoding });
  const stopped = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  return { diagnostics, sources: new Map([...sources].filter(([f]) => diagnostics.some((d) => d.file === f))), stopped };
}
