// Stage 3: the 本期要目 block. Its lines are read as entries until the first entry turns up again
// as an article title; the TOC lines themselves are not kept (the renderer rebuilds them).
import { isBlank } from './lines';
import { squash } from './text-rules';
import type { Line } from './types';
import { matchTitleAt } from './title-match';

export interface TocBlock {
  /** Index (into lines) of the 本期要目 heading. */
  heading: number;
  entries: { text: string; line: number }[];
  /** Index of the first line after the block. */
  end: number;
}

const HEADINGS = new Set(['本期要目', '要目', '目录', '本期目录']);
const BULLET = /^\s*(?:[-–•·●*]|\d{1,2}[.．、])\s*/;

export function findTocHeading(lines: readonly Line[]): number {
  return lines.findIndex((l) => HEADINGS.has(squash(l.text)));
}

export function readToc(lines: readonly Line[], heading: number): TocBlock {
  const entries: TocBlock['entries'] = [];
  let i = heading + 1;
  for (; i < lines.length; i++) {
    if (isBlank(lines[i])) continue;
    if (entries.length > 0 && matchTitleAt(lines, i, entries[0].text)) break;
    entries.push({ text: lines[i].text.replace(BULLET, '').trim(), line: lines[i].no });
  }
  return { heading, entries, end: i };
}
