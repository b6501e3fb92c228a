// Stage 7: the 简讯 section, one brief per printed line: `date，text（source）`. A line that does
// not open with a date continues the brief before it (a page break cut it): joined, recorded.
import { isBlank } from './lines';
import { squash } from './text-rules';
import type { ImportedBrief, ImportNote, Join, Line } from './types';

const HEADINGS = new Set(['简讯', '工作简讯', '简讯动态', '动态简讯']);
// Digits ASCII or full-width (６月３日): both are typed, and the date is kept as typed.
const D = '[0-9０-９]';
const DATE = String.raw`${D}{1,2}\s*月\s*${D}{1,2}\s*日?(?:\s*[-—–－~～至]+\s*(?:${D}{1,2}\s*月\s*)?${D}{1,2}\s*日)?`;
export const BRIEF_DATE = new RegExp(String.raw`^${DATE}\s*[，,]`);
/** A cell or line that is a brief's date and nothing else (a 简讯 table's date column). */
export const DATE_ALONE = new RegExp(String.raw`^${DATE}$`);
const BRIEF = new RegExp(String.raw`^(${DATE})\s*([，,])\s*(.+)$`);
const SOURCE = /^([\s\S]+?)\s*([（(])([^（）()]{2,40})([）)])\s*$/;

export function findBriefsHeading(lines: readonly Line[], from: number): number {
  for (let i = lines.length - 1; i >= from; i--) if (HEADINGS.has(squash(lines[i].text))) return i;
  return -1;
}

export interface BriefsResult {
  briefs: ImportedBrief[];
  joins: Join[];
  notes: ImportNote[];
  /** Lines before the first dated line (kept by the caller with the last article). */
  leftover: Line[];
}

export function readBriefs(lines: readonly Line[]): BriefsResult {
  const pieces: { text: string; line: number; last: number }[] = [];
  const joins: Join[] = [];
  const notes: ImportNote[] = [];
  const leftover: Line[] = [];
  for (const line of lines) {
    if (isBlank(line)) continue;
    const text = line.text.trim();
    const prev = pieces[pieces.length - 1];
    if (BRIEF.test(text) || !prev) {
      if (!BRIEF.test(text)) {
        leftover.push(line);
        notes.push({ code: 'JB160', line: line.no, args: { input: text } });
        continue;
      }
      pieces.push({ text, line: line.no, last: line.no });
    } else {
      joins.push({ line: prev.last, to: line.no, at: `${[...prev.text].slice(-8).join('')}|${[...text].slice(0, 6).join('')}` });
      prev.text += text;
      prev.last = line.no;
    }
  }
  const briefs = pieces.map((p) => {
    const m = BRIEF.exec(p.text)!;
    if (m[2] === ',') notes.push({ code: 'JB164', line: p.line, args: { input: m[1] + m[2] } });
    const src = SOURCE.exec(m[3]);
    if (src && (src[2] === '(' || src[4] === ')'))
      notes.push({ code: 'JB164', line: p.line, args: { input: `${src[2]}${src[3]}${src[4]}` } });
    if (!src) notes.push({ code: 'JB160', line: p.line, args: { input: p.text } });
    return src ? { date: m[1].trim(), text: src[1], source: src[3].trim(), line: p.line } : { date: m[1].trim(), text: m[3], line: p.line };
  });
  return { briefs, joins, notes, leftover };
}
