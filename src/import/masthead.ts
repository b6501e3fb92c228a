// Stage 2: the 报头 lines above 本期要目 → masthead fields (name, 第 N 期, 总第 N 期, 编印单位,
// date, top-left mark). A line it cannot classify is reported, never guessed at.
import { spanOf, type IssueNo } from '../schema/issue-range';
import { squash } from './text-rules';
import type { ImportNote, Line, Masthead } from './types';

// One issue, or a 合刊's range as typed (第5-6期, 第5、6期合刊), read from the squashed line.
const RANGE = String.raw`(\d{1,5}(?:[-–—－~～/、]\d{1,5})?)`;
const COMBINED = '(?:[（(]?合刊[）)]?)?';
const NUMBER = new RegExp(`^第${RANGE}期${COMBINED}$`);
const TOTAL = new RegExp(`^[(（]?总第${RANGE}期[)）]?${COMBINED}$`);
const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$/;
const MARK = /^(内部资料|注意保存|内部刊物|秘密|机密)/;

const pad = (n: string) => n.padStart(2, '0');

// 公文 write the date in Chinese numerals (二〇二二年四月三十日) and offices type full-width digits (第４期).
const CN_DIGIT: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
const CN_DATE = /([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日\s*$/;
const cnNumber = (s: string): string => {
  if (!s.includes('十')) return [...s].map((c) => CN_DIGIT[c]).join('');
  const [tens, ones] = s.split('十');
  return String((tens ? Number(CN_DIGIT[tens]) : 1) * 10 + (ones ? Number(CN_DIGIT[ones]) : 0));
};
const halfDigits = (s: string): string => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

function dateIn(text: string): { y: string; m: string; d: string; index: number } | null {
  const digits = DATE.exec(halfDigits(text));
  if (digits) return { y: digits[1], m: digits[2], d: digits[3], index: digits.index };
  const cn = CN_DATE.exec(text);
  return cn ? { y: cnNumber(cn[1]), m: cnNumber(cn[2]), d: cnNumber(cn[3]), index: cn.index } : null;
}

/** The number matched (a range as typed, when it is an ordered 合刊 range), or null. */
function issueNo(m: RegExpExecArray | null): IssueNo | null {
  if (!m) return null;
  const typed = m[1];
  if (/^\d+$/.test(typed)) return Number(typed);
  return spanOf(typed) ? typed : null;
}

export function readMasthead(lines: readonly Line[]): { masthead: Masthead; notes: ImportNote[] } {
  const masthead: Masthead = {};
  const notes: ImportNote[] = [];
  for (const line of lines) {
    let text = line.text.trim();
    if (!text) continue;
    const date = dateIn(text);
    let besideDate = false;
    if (date && !masthead.date) {
      masthead.date = `${date.y}-${pad(date.m)}-${pad(date.d)}`;
      // 编印单位 and date often share one printed line (left and right of it).
      text = text.slice(0, date.index).trim();
      if (!text) continue;
      besideDate = true;
    }
    const number = issueNo(NUMBER.exec(halfDigits(squash(text))));
    const total = issueNo(TOTAL.exec(halfDigits(squash(text))));
    if (number !== null && masthead.number === undefined) {
      masthead.number = number;
      if (/合刊/.test(text)) notes.push({ code: 'JB089', line: line.no, args: { input: text, number } });
    } else if (total !== null && masthead.total === undefined) masthead.total = total;
    else if (MARK.test(text) && !masthead.mark) masthead.mark = text;
    else if (/编$|编印$|主办$|编辑$/.test(text) && !masthead.editor) masthead.editor = text;
    else if (!masthead.name) masthead.name = text;
    // Left of the date under the name, whatever its wording (…办公室, …编辑部): the 编印单位.
    else if (besideDate && !masthead.editor) masthead.editor = text;
    else notes.push({ code: 'JB156', line: line.no, args: { input: text } });
  }
  return { masthead, notes };
}
