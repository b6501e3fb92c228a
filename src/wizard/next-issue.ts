// What the next issue's 期号, 总期号 and date should be, from the latest one: 总期号 always goes
// up by one; 期号 goes up by one within a year and restarts at 1 when the year changes; the
// date defaults to the last day of the month after the latest issue's month.
import type { IssueNumbers } from './latest-issue';

export interface Proposal {
  number?: number;
  total?: number;
  date?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of the last day of the month `offset` months after year-month. */
export function lastDayOfMonth(year: number, month: number, offset = 0): string {
  const d = new Date(Date.UTC(year, month - 1 + offset + 1, 0));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function proposeNext(latest: IssueNumbers | null, date: string | undefined, today: Date): Proposal {
  if (!latest) return { date: date ?? lastDayOfMonth(today.getFullYear(), today.getMonth() + 1) };
  const [y, m] = latest.date.split('-').map(Number);
  const nextDate = date ?? lastDayOfMonth(y, m, 1);
  const sameYear = nextDate.slice(0, 4) === latest.date.slice(0, 4);
  return {
    date: nextDate,
    total: latest.total !== undefined ? latest.total + 1 : undefined,
    number: latest.number !== undefined ? (sameYear ? latest.number + 1 : 1) : sameYear ? undefined : 1,
  };
}
