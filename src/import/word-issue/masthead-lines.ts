// The 报头 as a secretary types it: one paragraph may hold several fields spread with tabs or runs
// of spaces (`第4期        总第269期`, `温州市科协办公室　　2022年4月30日`), or a table holds them in
// cells. Each such piece is one line for the masthead reader (src/import/masthead.ts).
import type { Line } from '../types';
import type { Unit } from '../intake/units';

/** A line of rule characters typed where a printed rule goes (the template draws its own). */
export const isTypedRule = (text: string): boolean => /^[\s_—\-－─━=＿~～·.]{3,}$/.test(text) && /[_—\-－─━=＿]/.test(text);

/** The pieces of one masthead unit, in order. */
export function piecesOf(u: Unit): string[] {
  const cells = u.kind === 'row' ? u.text.replace(/^\|\s?|\s?\|$/g, '').split(' | ') : [u.text];
  return cells
    .flatMap((c) => c.split(/\t+|[ \u3000]{2,}|[ \u3000]*(?<=期[ \u3000]*)(?=[（(]?\s*总第)/))
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

const D = '[0-9０-９]';
const CN = '[〇零一二三四五六七八九十]';
// A date as offices type it: digits (half- or full-width) or Chinese numerals (二〇二二年四月三十日).
const DATE = String.raw`(?:${D}{4}\s*年\s*${D}{1,2}\s*月\s*${D}{1,2}|${CN}{4}\s*年\s*${CN}{1,2}\s*月\s*${CN}{1,3})\s*日`;
const DATE_ONLY = new RegExp(`^${DATE}$`);

/** The masthead's lines; a date spread right of the 编印单位 stays on its line (the reader takes
 *  what stands left of a date as the 编印单位). */
export function mastheadLines(units: Unit[]): Line[] {
  const lines: Line[] = [];
  for (const u of units.filter((x) => x.kind !== 'photo' && !isTypedRule(x.text))) {
    const pieces = piecesOf(u);
    pieces.forEach((text, i) => {
      const prev = lines[lines.length - 1];
      if (i > 0 && DATE_ONLY.test(text) && prev) prev.text = `${prev.text} ${text}`;
      else lines.push({ no: u.no, text });
    });
  }
  return lines;
}

// 期号 and 总期号, a 合刊's range too (第5-6期（合刊）, 总第29、30期).
const NO = '[0-9０-９]{1,5}(?:\\s*[-–—－~～/、]\\s*[0-9０-９]{1,5})?';
export const ISSUE_NUMBER = new RegExp(`第\\s*${NO}\\s*期`);
const FIELD = [
  new RegExp(`^第\\s*${NO}\\s*期\\s*(?:[（(]?合刊[）)]?)?$`),
  new RegExp(`总第\\s*${NO}\\s*期`),
  new RegExp(DATE),
  /^(内部资料|注意保存|内部刊物|秘密|机密)/,
  /(编|编印|主办|编辑)$/,
];

/** A line a masthead holds (期号, 总期号, date, mark, 编印单位) or a typed rule under it. */
export const isMastheadLine = (u: Unit): boolean =>
  u.kind !== 'photo' && (isTypedRule(u.text) || piecesOf(u).some((p) => FIELD.some((re) => re.test(p))));
