// Validation of typed or flagged answers, shared by the wizards: same rules as the issue schema.
import { offCalendar } from '../schema/calendar-day';
import { DateString } from '../schema/issue-schema';
import type { Lang } from '../diagnostics/messages';
import { wt } from '../i18n/wizard';

export const isDate = (s: string) => DateString.safeParse(s).success;
export const isPositiveInt = (s: string) => /^[1-9]\d{0,8}$/.test(s);

export const checkDate = (lang: Lang) => (s: string) => (isDate(s) ? null : wt(lang, 'badDate'));
export const checkInt = (lang: Lang) => (s: string) => (isPositiveInt(s) ? null : wt(lang, 'badInt'));
export const checkText = (lang: Lang) => (s: string) => (s.trim() ? null : wt(lang, 'empty'));

/** A 简讯's date (`4月7日-8日`): any text, but a month or day it names must be on the calendar. */
export const checkBriefDate = (lang: Lang) => (s: string) => {
  if (!s.trim()) return wt(lang, 'empty');
  const slip = offCalendar(s);
  if (!slip) return null;
  const why =
    'badMonth' in slip
      ? wt(lang, 'noSuchMonth', { month: String(slip.badMonth) })
      : wt(lang, 'noSuchDay', { month: String(slip.month), day: String(slip.day) });
  return wt(lang, 'badBriefDate', { why });
};
