// Whether a 简讯's date (`4月7日`, `4月7日-8日`, `4月19-20日`, `4月30日—5月2日`) names only days the
// calendar has. Read left to right: `N月` sets the month, and a number before `日` or before a
// range dash is a day of it. Text it does not read (上旬, 二〇二二年) is no finding.

export type CalendarSlip = { at: number; month: number; day: number } | { at: number; badMonth: number };

const PART = /(?<!\d)(\d{1,2})\s*(月|日|[-—–~～至到])/g;

/** The first month or day in `date` that does not exist (in `year`; any leap year when unknown), or null. */
export function offCalendar(date: string, year = 2024): CalendarSlip | null {
  const ascii = date.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  let month = 0;
  for (const m of ascii.matchAll(PART)) {
    const n = Number(m[1]);
    if (m[2] === '月') {
      if (n < 1 || n > 12) return { at: m.index, badMonth: n };
      month = n;
    } else if (month > 0 && (n < 1 || n > new Date(Date.UTC(year, month, 0)).getUTCDate())) {
      return { at: m.index, month, day: n };
    }
  }
  return null;
}
