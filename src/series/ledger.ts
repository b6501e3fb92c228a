// The series ledger: the issues of one publication read together, in date order. 期号 restarts
// at 1 each year and goes up by one; 总期号 goes up by one with no gaps or repeats, and never
// runs against the dates. Each break names the issue and the number it should carry. Pure: issues
// in, diagnostics out.
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import type { Issue } from '../schema/issue-schema';

/** What the ledger reads of an issue: a full Issue, or just its numbers (build-ledger.ts). */
export type LedgerIssue = Pick<Issue, 'file' | 'issue' | 'locate'> & { publication: { name: string } };

type Key = 'number' | 'total';

const name = (i: LedgerIssue) => path.basename(i.file);
const year = (i: LedgerIssue) => i.issue.date.slice(0, 4);
const at = (i: LedgerIssue, key: Key | 'date') => i.locate(['issue', key]);

function totals(chain: LedgerIssue[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const all = new Set(chain.map((i) => i.issue.total!));
  const seen = new Map<number, LedgerIssue>();
  let prev: LedgerIssue | null = null;
  let anchor = 0;
  chain.forEach((cur, k) => {
    const actual = cur.issue.total!;
    const twin = seen.get(actual);
    seen.set(actual, twin ?? cur);
    if (twin) {
      out.push(diag('JB253', cur.file, at(cur, 'total'), { actual, other: name(twin) }));
      // The repeat sits where the next number belongs when the issue after it goes on from there:
      // count it so, or every later issue would be told to move down by one.
      if (actual === anchor && chain[k + 1]?.issue.total === anchor + 2) anchor += 1;
    } else if (prev && actual !== anchor + 1 && chain[k + 1]?.issue.total === anchor + 2) {
      // A lone typo: the next issue continues from the expected number, so keep counting from it.
      out.push(
        diag('JB250', cur.file, at(cur, 'total'), { expected: anchor + 1, actual, previous: name(prev), previousTotal: prev.issue.total! }),
      );
      anchor += 1;
      prev = cur;
      return;
    } else if (prev && actual < anchor) {
      // Later by date but earlier by number: one of the two dates (or numbers) is wrong.
      // Report at the higher-numbered one of the two, whose date is the earlier.
      const later = chain.find((i) => i.issue.total === anchor) ?? prev;
      out.push(
        diag('JB252', later.file, at(later, 'date'), {
          actual: anchor,
          date: later.issue.date,
          otherTotal: actual,
          other: name(cur),
          otherDate: cur.issue.date,
        }),
      );
    } else if (prev && actual !== anchor + 1 && !all.has(anchor + 1)) {
      const p: LedgerIssue = prev;
      out.push(
        diag('JB250', cur.file, at(cur, 'total'), { expected: anchor + 1, actual, previous: name(p), previousTotal: p.issue.total! }),
      );
    }
    if (!twin) anchor = Math.max(anchor, actual);
    prev = cur;
  });
  return out;
}

function numbers(chain: LedgerIssue[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  let prev: LedgerIssue | null = null;
  let anchor = 0;
  chain.forEach((cur, k) => {
    const actual = cur.issue.number!;
    // The first issue of the ledger may start mid-year; from then on the count is predictable.
    const expected = !prev ? actual : year(prev) !== year(cur) ? 1 : anchor + 1;
    if (actual !== expected) {
      out.push(
        diag('JB251', cur.file, at(cur, 'number'), { expected, actual, previous: name(prev!), previousNumber: prev!.issue.number! }),
      );
      const next = chain[k + 1];
      const nextContinues = next && year(next) === year(cur) && next.issue.number === expected + 1;
      anchor = nextContinues ? expected : actual;
    } else anchor = actual;
    prev = cur;
  });
  return out;
}

/** Checks each publication's chain separately (a folder may hold several series). */
export function checkLedger(issues: readonly LedgerIssue[]): Diagnostic[] {
  const bySeries = new Map<string, LedgerIssue[]>();
  for (const i of issues) bySeries.set(i.publication.name, [...(bySeries.get(i.publication.name) ?? []), i]);
  const out: Diagnostic[] = [];
  for (const group of bySeries.values()) {
    const ordered = [...group].sort((a, b) => a.issue.date.localeCompare(b.issue.date) || (a.issue.total ?? 0) - (b.issue.total ?? 0));
    out.push(...totals(ordered.filter((i) => i.issue.total !== undefined)));
    out.push(...numbers(ordered.filter((i) => i.issue.number !== undefined)));
  }
  return out;
}
