// Stage 2: the 报头 lines above 本期要目 → masthead fields (name, 第 N 期, 总第 N 期, 编印单位,
// date, top-left mark). A line it cannot classify is reported, never guessed at.
import { squash } from './text-rules';
import type { ImportNote, Line, Masthead } from './types';

const NUMBER = /^第\s*(\d{1,3})\s*期$/;
const TOTAL = /^[(（]?\s*总第\s*(\d{1,5})\s*期\s*[)）]?$/;
const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$/;
const MARK = /^(内部资料|注意保存|内部刊物|秘密|机密)/;

const pad = (n: string) => n.padStart(2, '0');

export function readMasthead(lines: readonly Line[]): { masthead: Masthead; notes: ImportNote[] } {
  const masthead: Masthead = {};
  const notes: ImportNote[] = [];
  for (const line of lines) {
    let text = line.text.trim();
    if (!text) continue;
    const date = DATE.exec(text);
    let besideDate = false;
    if (date && !masthead.date) {
      masthead.date = `${date[1]}-${pad(date[2])}-${pad(date[3])}`;
      // 编印单位 and date often share one printed line (left and right of it).
      text = text.slice(0, date.index).trim();
      if (!text) continue;
      besideDate = true;
    }
    const number = NUMBER.exec(squash(text));
    const total = TOTAL.exec(squash(text));
    if (number && masthead.number === undefined) masthead.number = Number(number[1]);
    else if (total && masthead.total === undefined) masthead.total = Number(total[1]);
    else if (MARK.test(text) && !masthead.mark) masthead.mark = text;
    else if (/编$|编印$|主办$|编辑$/.test(text) && !masthead.editor) masthead.editor = text;
    else if (!masthead.name) masthead.name = text;
    // Left of the date under the name, whatever its wording (…办公室, …编辑部): the 编印单位.
    else if (besideDate && !masthead.editor) masthead.editor = text;
    else notes.push({ code: 'JB156', line: line.no, args: { input: text } });
  }
  return { masthead, notes };
}
