// The series ledger for `build DIR` (as `check DIR` runs it): the issues of each folder read
// together; an issue whose 期号 or 总期号 breaks the chain is reported and not built, so a wrong
// 总期号 never goes to print with exit 0. Only the numbers are read here (YAML parsed, the
// `issue:` block checked), a sixth of a full load: the batch validates each issue anyway. What
// was read of an unchanged file comes from the memo (ledger-memo.ts) without parsing it.
import fs from 'node:fs';
import path from 'node:path';
import { loadSeriesConfig } from '../config/series-config';
import { findConfig } from '../config/find-config';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { InputFile } from '../inputs/inputs';
import { parseWithinLimits } from '../load/parse-within-limits';
import { IssueInfo } from '../schema/issue-schema';
import { positionInValue, type ParsedYaml } from '../source/parse-yaml';
import { intactSections } from './intact-sections';
import { readSource, type Encoding } from '../source/read';
import { checkSeriesInputs } from './check-series';
import type { LedgerIssue } from './ledger';
import { LedgerMemo, type LedgerRecord } from './ledger-memo';

export interface BuildLedger {
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  /** Issue files the ledger stops (an error in the chain at that file). */
  stopped: Set<string>;
  /** Issue files whose YAML was parsed (the others' records came from the memo). */
  parsed: string[];
  /** The memo's new text, to write once the output folder exists (null: unchanged, or no memo). */
  memo: { file: string; text: string } | null;
}

/** What parsing decides for the ledger: the record, and the parsed file for positions. A YAML
 *  slip after the `issue:` block (in an article, say) leaves the numbers readable: the issue keeps
 *  its place in the chain, so the next one is not judged against the one before it. */
function recordOf(text: string, file: string): { record: LedgerRecord; yaml: ParsedYaml | null } {
  // A file nested past the cap is the loader's to refuse (JB024): the same guard, nothing read.
  const { yaml, diagnostics } = parseWithinLimits(text, file);
  if (!yaml) return { record: null, yaml: null };
  const intact = intactSections(yaml, diagnostics);
  if (!intact.has('issue')) return { record: null, yaml: null };
  return { record: recordFrom(yaml, intact.has('publication')), yaml };
}

/** The numbers and series name in a parsed issue whose `issue:` block is intact. A publication
 *  section cut by a slip may hold another series' name: not trusted then. */
function recordFrom(yaml: ParsedYaml, publicationIntact: boolean): LedgerRecord {
  const data = yaml.value as { issue?: unknown; publication?: { name?: unknown } } | null;
  const info = IssueInfo.safeParse(data?.issue);
  const own = publicationIntact ? data?.publication?.name : undefined;
  return info.success ? { issue: info.data, name: typeof own === 'string' ? own : null } : null;
}

/** An issue's numbers and series name, or null when they cannot be read (the batch reports why);
 *  'parse' when the memo does not know the file and `mayParse` is false. */
function ledgerEntry(
  file: string,
  encoding: Encoding | undefined,
  seriesName: (file: string) => string | undefined,
  memo: LedgerMemo,
  parsed: string[],
  mayParse: boolean,
): { entry: LedgerIssue; text: string } | null | 'parse' {
  const read = readSource(file, encoding);
  if (!read.ok) return null;
  const key = memo.key(read.text);
  let yaml: ParsedYaml | null = null;
  const parse = () => {
    parsed.push(file);
    const result = recordOf(read.text, file);
    yaml = result.yaml;
    return result.record;
  };
  let record = memo.get(key);
  if (record === undefined) {
    if (!mayParse) return 'parse';
    memo.set(key, (record = parse()));
  }
  // Positions are asked for only when the chain breaks at this file: parse it then.
  const entry = entryOf(file, record, seriesName, () => yaml ?? (parse(), yaml)!);
  return entry && { entry, text: read.text };
}

/** The ledger's entry for a record, named by its own publication or else its series config. */
function entryOf(
  file: string,
  record: LedgerRecord,
  seriesName: (file: string) => string | undefined,
  parsed: () => ParsedYaml,
): LedgerIssue | null {
  const name = record && (record.name ?? seriesName(file));
  if (!record || !name) return null;
  return { file, issue: record.issue, publication: { name }, locate: (at, lineWithin = 0) => positionInValue(parsed(), at, lineWithin) };
}

/** The series name of an issue file from its config, each config read once. */
function seriesNames(): (file: string) => string | undefined {
  const names = new Map<string, string | undefined>();
  return (file) => {
    const config = findConfig(file) ?? '';
    if (!names.has(config)) names.set(config, config ? loadSeriesConfig(path.dirname(config)).data.publication?.name : undefined);
    return names.get(config);
  };
}

/** An issue's place in the chain from its `issue:` block alone, for a file that does not load
 *  (check): a mistake elsewhere in it must not make the next issue look misnumbered. */
export function ledgerEntryOf(file: string, encoding?: Encoding, readable?: ParsedYaml | null): LedgerIssue | null {
  // YAML the loader read without a syntax error (the file failed on its schema): not parsed again.
  if (readable) return entryOf(file, recordFrom(readable, true), seriesNames(), () => readable);
  const read = ledgerEntry(file, encoding, seriesNames(), LedgerMemo.none(), [], true);
  return read && read !== 'parse' ? read.entry : null;
}

const isFolder = (a: string) => fs.existsSync(a) && fs.statSync(a).isDirectory();

function readLedger(
  args: readonly string[],
  inputs: readonly InputFile[],
  encoding: Encoding | undefined,
  memo: LedgerMemo,
  mayParse: boolean,
): BuildLedger | null {
  const sources = new Map<string, string>();
  if (!args.some(isFolder)) return { diagnostics: [], sources, stopped: new Set(), parsed: [], memo: null };
  const seriesName = seriesNames();
  const parsed: string[] = [];
  const issues: LedgerIssue[] = [];
  for (const { file } of inputs) {
    const read = ledgerEntry(file, encoding, seriesName, memo, parsed, mayParse);
    if (read === 'parse') return null;
    if (!read) continue;
    issues.push(read.entry);
    sources.set(file, read.text);
  }
  const { diagnostics } = checkSeriesInputs(args, issues, { encoding });
  // Only issue files stop: a break at a missing issue the config declares is the run's error, not an issue's.
  const files = new Set(inputs.map((i) => i.file));
  const stopped = new Set(diagnostics.filter((d) => d.severity === 'error' && files.has(d.file)).map((d) => d.file));
  return {
    diagnostics,
    sources: new Map([...sources].filter(([f]) => diagnostics.some((d) => d.file === f))),
    stopped,
    parsed,
    memo: memo.update(),
  };
}

/** The ledger of the folders among `args`; what `memo` knows of a file is not parsed again. */
export function buildLedger(
  args: readonly string[],
  inputs: readonly InputFile[],
  encoding?: Encoding,
  memo: LedgerMemo = LedgerMemo.none(),
): BuildLedger {
  return readLedger(args, inputs, encoding, memo, true)!;
}

/** The same ledger when `memo` knows every file (only a file the chain breaks at is parsed, for
 *  its positions); null when some file would have to be parsed. */
export function buildLedgerFromMemo(
  args: readonly string[],
  inputs: readonly InputFile[],
  encoding: Encoding | undefined,
  memo: LedgerMemo,
): BuildLedger | null {
  return readLedger(args, inputs, encoding, memo, false);
}
