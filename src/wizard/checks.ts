// Validation of typed or flagged answers, shared by the wizards: same rules as the issue schema.
import { DateString } from '../schema/issue-schema';
import type { Lang } from '../diagnostics/messages';
import { wt } from '../i18n/wizard';

export const isDate = (s: string) => DateString.safeParse(s).success;
export const isPositiveInt = (s: string) => /^[1-9]\d{0,8}$/.test(s);

export const checkDate = (lang: Lang) => (s: string) => (isDate(s) ? null : wt(lang, 'badDate'));
export const checkInt = (lang: Lang) => (s: string) => (isPositiveInt(s) ? null : wt(lang, 'badInt'));
export const checkText = (lang: Lang) => (s: string) => (s.trim() ? null : wt(lang, 'empty'));
