// 简讯 typed as a table: a row a brief, as `date | text`, `date | text | source`, or the whole
// brief in one cell, often under a header row (日期 | 内容). Each row becomes the line the template
// prints (`date，text（source）`), read as typed 简讯 lines are; the header row prints nowhere.
import { DATE_ALONE } from '../briefs';
import type { Unit } from '../intake/units';
import { visibleLength } from '../text-rules';

export interface BriefLines {
  lines: { no: number; text: string }[];
  /** The header row, set aside (kept in a comment, noted). */
  header?: Unit;
  /** The first row and how many rows became briefs, for the note. */
  table?: { no: number; count: number; printed: string };
}

const cellsOf = (u: Unit) =>
  u.text
    .replace(/^\|\s?|\s?\|$/g, '')
    .split(' | ')
    .map((c) => c.trim());

/** A row as the line the template prints for it. */
function rowLine(cells: string[]): string {
  const filled = cells.filter((c) => c !== '');
  if (filled.length < 2 || !DATE_ALONE.test(filled[0])) return filled.join('');
  const [date, text, ...rest] = filled;
  const source = rest.join('');
  return source && !/[（()）]/.test(source) ? `${date}，${text}（${source}）` : `${date}，${text}${source}`;
}

export function briefLines(units: Unit[]): BriefLines {
  const out: BriefLines = { lines: [] };
  let count = 0;
  for (const u of units) {
    if (u.kind === 'photo') continue;
    if (u.kind !== 'row') {
      out.lines.push({ no: u.no, text: u.text });
      continue;
    }
    const cells = cellsOf(u);
    // A header: the table's first row, short labels, no date.
    if (u.tableStart && !out.header && cells.length > 1 && !DATE_ALONE.test(cells[0]) && cells.every((c) => visibleLength(c) <= 6)) {
      out.header = u;
      continue;
    }
    const text = rowLine(cells);
    out.lines.push({ no: u.no, text });
    if (count++ === 0) out.table = { no: u.no, count: 0, printed: text };
  }
  if (out.table) out.table.count = count;
  return out;
}
