// The series ledger: the issues of one publication read together, in date order. 期号 restarts
// at 1 each year and goes up by one; 总期号 goes up by one with no gaps or repeats, and never
// runs against the dates. Each break names the issue and the number it should carry. Pure: issues
// in, diagnostics out.
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import type { Issue } from '../schema/issue-schema';
import { spanOf, type IssueNo } from '../schema/issue-range';

/** What the ledger reads of an issue: a full Issue, or just its numbers (build-ledger.ts); or an
 *  issue the series config lists as missing (`declared`: its file is the config). */
export type LedgerIssue = Pick<Issue, 'file' | 'issue' | 'locate'> & { publication: { name: string }; declared?: boolean };

type Key = 'number' | 'total';

const name = (i: LedgerIssue) => path.basename(i.file);
/** A 合刊's range (5-6) takes its place in the chain from its first number to its last. */
const first = (n: IssueNo) => spanOf(n)?.first ?? 0;
const last = (n: IssueNo) => spanOf(n)?.last ?? 0;
const year = (i: LedgerIssue) => i.issue.date.slice(0, 4);
const at = (i: LedgerIssue, key: Key | 'date') => i.locate(['issue', key]);

function totals(chain: LedgerIssue[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const all = new Set(chain.flatMap((i) => numbersOf(i.issue.total!)));
  const seen = new Map<number, LedgerIssue>();
  let prev: LedgerIssue | null = null;
  let anchor = 0;
  chain.forEach((cur, k) => {
    const typed = cur.issue.total!;
    const actual = first(typed);
    const twin = numbersOf(typed)
      .map((n) => seen.get(n))
      .find((t) => t !== undefined);
    for (const n of numbersOf(typed)) if (!seen.has(n)) seen.set(n, cur);
    const next = chain[k + 1] && first(chain[k + 1].issue.total!);
    const args = () => ({ expected: anchor + 1, actual: typed, previous: name(prev!), previousTotal: prev!.issue.total! });
    if (twin) {
      out.push(diag('JB253', cur.file, at(cur, 'total'), { actual: typed, other: name(twin) }));
      // The repeat sits where the next number belongs when the issue after it goes on from there:
      // count it so, or every later issue would be told to move down by one.
      if (actual === anchor && next === anchor + 2) anchor += 1;
    } else if (prev && actual !== anchor + 1 && next === anchor + 2) {
      // A lone typo: the next issue continues from the expected number, so keep counting from it.
      out.push(diag('JB250', cur.file, at(cur, 'total'), args()));
      anchor += 1;
      prev = cur;
      return;
    } else if (prev && actual < anchor) {
      // Later by date but earlier by number: one of the two dates (or numbers) is wrong.
      // Report at the higher-numbered one of the two, whose date is the earlier.
      const later = chain.find((i) => numbersOf(i.issue.total!).includes(anchor)) ?? prev;
      out.push(
        diag('JB252', later.file, at(later, 'date'), {
          actual: later.issue.total!,
          date: later.issue.date,
          otherTotal: typed,
          other: name(cur),
          otherDate: cur.issue.date,
        }),
      );
    } else if (prev && actual !== anchor + 1 && !all.has(anchor + 1)) {
      out.push(diag('JB250', cur.file, at(cur, 'total'), args()));
    }
    if (!twin) anchor = Math.max(anchor, last(typed));
    prev = cur;
  });
  return out;
}

/** Every number a 期号 or 总期号 stands for (a range is short: the schema caps it). */
function numbersOf(n: IssueNo): number[] {
  const span = spanOf(n);
  return span ? Array.from({ length: span.last - span.first + 1 }, (_, k) => span.first + k) : [];
}

function numbers(chain: LedgerIssue[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  let prev: LedgerIssue | null = null;
  let anchor = 0;
  chain.forEach((cur, k) => {
    const typed = cur.issue.number!;
    const actual = first(typed);
    const width = last(typed) - actual;
    // The first issue of the ledger may start mid-year; from then on the count is predictable.
    const expected = !prev ? actual : year(prev) !== year(cur) ? 1 : anchor + 1;
    if (actual !== expected) {
      out.push(
        diag('JB251', cur.file, at(cur, 'number'), { expected, actual: typed, previous: name(prev!), previousNumber: prev!.issue.number! }),
      );
      const next = chain[k + 1];
      const nextContinues = next && year(next) === year(cur) && first(next.issue.number!) === expected + width + 1;
      anchor = nextContinues ? expected + width : last(typed);
    } else anchor = last(typed);
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
    const ordered = [...group].sort(
      (a, b) => a.issue.date.localeCompare(b.issue.date) || first(a.issue.total ?? 0) - first(b.issue.total ?? 0),
    );
    out.push(...totals(ordered.filter((i) => i.issue.total !== undefined)));
    out.push(...numbers(ordered.filter((i) => i.issue.number !== undefined)));
  }
  return out;
}
