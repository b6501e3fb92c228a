// Finds the series' latest issue: every issue file under the series folder is read for its
// `issue:` block only (a half-written article elsewhere must not hide the numbers), and the one
// with the highest 总期号 wins (the date breaks ties and serves series without 总期号).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expandInputs } from '../inputs/inputs';
import { diag } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { IssueInfo } from '../schema/issue-schema';
import { lastOf, type IssueNo } from '../schema/issue-range';
import { readSource, type Encoding } from '../source/read';

export interface IssueNumbers {
  file: string;
  number?: number;
  total?: number;
  date: string;
  /** The issue's own publication block, for series kept without a config file. */
  publication?: { name?: string; editor?: string; mark?: string };
  template?: string;
}

function readNumbers(file: string, encoding?: Encoding): IssueNumbers | null {
  const read = readSource(file, encoding);
  if (!read.ok) return null;
  try {
    const data = parse(read.text, { uniqueKeys: false, maxAliasCount: 100 }) as Record<string, unknown> | null;
    const info = IssueInfo.safeParse(data?.issue);
    if (!info.success) return null;
    const publication =
      typeof data?.publication === 'object' && data.publication ? (data.publication as IssueNumbers['publication']) : undefined;
    const template = typeof data?.template === 'string' ? data.template : undefined;
    // A 合刊 (5-6) counts as its last number: the next issue goes on from there.
    const { number, total, date } = info.data;
    const last = (n: IssueNo | undefined) => (n === undefined ? undefined : lastOf(n));
    return { file, number: last(number), total: last(total), date, publication, template };
  } catch {
    return null;
  }
}

const later = (a: IssueNumbers, b: IssueNumbers) => (a.total ?? 0) - (b.total ?? 0) || a.date.localeCompare(b.date);

export function findLatestIssue(issuesDir: string, encoding?: Encoding): { latest: IssueNumbers | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let latest: IssueNumbers | null = null;
  // init plans the first issue of a folder it has not made yet: nothing is there to read.
  if (!fs.existsSync(issuesDir)) return { latest, diagnostics };
  const { files } = expandInputs([issuesDir]);
  for (const file of files) {
    const numbers = readNumbers(file, encoding);
    if (!numbers) {
      diagnostics.push(diag('JB271', path.relative(process.cwd(), file) || file, null, { path: file }));
      continue;
    }
    if (!latest || later(numbers, latest) > 0) latest = numbers;
  }
  return { latest, diagnostics };
}
