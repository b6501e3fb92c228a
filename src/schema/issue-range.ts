// 期号 and 总期号 of a 合刊 (combined issue): a range typed as the original printed it, `5-6` or
// `270-271`, kept as text so the masthead prints it as typed; the ledger reads its first and last.

/** A range of two numbers, the first smaller, joined by a dash, tilde, slash or 、 as editors type them. */
export const ISSUE_RANGE = /^(\d{1,9})\s*[-–—－~～/、]\s*(\d{1,9})$/;

/** 期号 or 总期号: one number, or a 合刊's range as typed. */
export type IssueNo = number | string;

/** The first and last number an issue number stands for (one number: both the same); null for a
 *  string that is no ordered range (the schema refuses it). */
export function spanOf(n: IssueNo): { first: number; last: number } | null {
  if (typeof n === 'number') return { first: n, last: n };
  const m = ISSUE_RANGE.exec(n);
  if (!m) return null;
  const [first, last] = [Number(m[1]), Number(m[2])];
  // A 合刊 joins a few issues (a whole year at most): a wider range is a typo.
  return first > 0 && last > first && last - first < 24 ? { first, last } : null;
}

/** The last number an issue number stands for (what the next issue counts on from). */
export const lastOf = (n: IssueNo): number => spanOf(n)?.last ?? Number.NaN;
/** The first number an issue number stands for. */
export const firstOf = (n: IssueNo): number => spanOf(n)?.first ?? Number.NaN;
