// Numbered short lines in body type (一、 / （一） / 1. …) decided a level at a time: all the lines
// of one numbering level in an article are headings, or none is. Line by line, one 二、 after an
// unfinished paragraph stayed text while its sibling 一、 became a heading.
import { endsSentence } from '../text-rules';
import type { Unit } from './units';

const CN = '[一二三四五六七八九十]+';

/** The numbering level a line starts with (`一、`, `（一）`, `1.`, `1.1`, …), or null. */
export function levelOf(text: string): string | null {
  if (new RegExp(`^${CN}、`).test(text)) return '一、';
  if (new RegExp(`^[（(]${CN}[）)]`).test(text)) return '（一）';
  const chapter = new RegExp(`^第${CN}([，、部分章节])`).exec(text);
  if (chapter) return `第一${chapter[1]}`;
  if (/^\d{1,2}[.．]\d/.test(text)) return '1.1';
  if (/^\d{1,2}[.．]/.test(text)) return '1.';
  if (/^\d{1,2}、/.test(text)) return '1、';
  if (/^（\d{1,2}）/.test(text)) return '（1）';
  return null;
}

export interface LevelGroup {
  /** Indexes into the units, in order. */
  members: number[];
  headings: boolean;
  /** Left as text because members follow one another (a list), though one follows a finished paragraph. */
  list: boolean;
}

/**
 * `candidate(i)`: unit i is a numbered short line that could be a heading by its shape alone;
 * `heading(i)`: unit i is a heading by its style or look (it closes what stands before it).
 * A level is headings when each member has something after it that is not its sibling (a list's
 * items follow one another) and one of them follows a finished paragraph or a heading.
 */
export function decideLevels(units: Unit[], candidate: (i: number) => boolean, heading: (i: number) => boolean): LevelGroup[] {
  const groups = new Map<string, number[]>();
  units.forEach((u, i) => {
    const level = candidate(i) ? levelOf(u.text) : null;
    if (level) groups.set(level, [...(groups.get(level) ?? []), i]);
  });
  const closed = (i: number) => {
    const prev = units[i - 1];
    return !prev || prev.kind !== 'text' || endsSentence(prev.text) || heading(i - 1) || candidate(i - 1);
  };
  return [...groups.values()].map((members) => {
    const set = new Set(members);
    const adjacent = members.some((i) => set.has(i + 1));
    const followed = members.every((i) => units.slice(i + 1).some((x) => x.kind === 'text' || x.kind === 'row' || x.kind === 'photo'));
    const anyClosed = members.some(closed);
    return { members, headings: !adjacent && followed && anyClosed, list: adjacent && anyClosed };
  });
}
