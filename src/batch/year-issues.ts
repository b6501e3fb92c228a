// The issues of one year for the annual index: every issue file below a folder, loaded and
// checked like `check` does, kept when its date falls in the year, in publication order. The
// folder's 期号/总期号 chain is checked as `build DIR` checks it: a break at an issue of the year
// is an error, so the index never prints a wrong 总第 N 期 with exit 0.
import type { Diagnostic } from '../diagnostics/diagnostic';
import { appendAll, hasErrors } from '../diagnostics/diagnostic';
import type { Issue } from '../schema/issue-schema';
import { loadIssue } from '../issue/load-issue';
import { firstOf } from '../schema/issue-range';
import { ledgerEntryOf } from '../series/build-ledger';
import { checkLedgerWithMissing } from '../series/declared-missing';
import type { LedgerIssue } from '../series/ledger';
import type { Encoding } from '../source/read';

export interface YearIssues {
  issues: Issue[];
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
}

/** Files that fail to load are reported: their year is unknown, so the index would be unsure. */
export function loadYear(files: readonly string[], year: number, encoding?: Encoding): YearIssues {
  const issues: Issue[] = [];
  const all: LedgerIssue[] = [];
  const texts = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  for (const file of files) {
    const loaded = loadIssue(file, { encoding });
    if (!loaded.issue || hasErrors(loaded.diagnostics)) {
      appendAll(
        diagnostics,
        loaded.diagnostics.filter((d) => d.severity === 'error'),
      );
      loaded.sources.forEach((text, f) => sources.set(f, text));
      // Its numbers still hold its place in the chain, so the next issue is not accused of a gap.
      const entry = ledgerEntryOf(file, encoding);
      if (entry) all.push(entry);
      continue;
    }
    all.push(loaded.issue);
    const text = loaded.sources.get(file);
    if (text !== undefined) texts.set(file, text);
    if (loaded.issue.issue.date.startsWith(`${year}-`)) issues.push(loaded.issue);
  }
  // Breaks at issues of other years are that year's index's concern, not this one's.
  const ofYear = new Set(issues.map((i) => i.file));
  const breaks = checkLedgerWithMissing(all).filter((d) => ofYear.has(d.file));
  appendAll(diagnostics, breaks);
  for (const d of breaks) {
    const text = texts.get(d.file);
    if (text !== undefined) sources.set(d.file, text);
  }
  // 总期号 orders issues across the year's restart of 期号; the date breaks ties and fills gaps.
  issues.sort(
    (a, b) =>
      firstOf(a.issue.total ?? 0) - firstOf(b.issue.total ?? 0) ||
      a.issue.date.localeCompare(b.issue.date) ||
      firstOf(a.issue.number ?? 0) - firstOf(b.issue.number ?? 0),
  );
  return { issues, diagnostics, sources };
}
