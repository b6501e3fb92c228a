// Numbered short lines in body type (一、 / （一） / 1. …) decided a run of siblings at a time: the
// lines of one numbering level under one parent are headings together, or none is. Line by line, one
// 二、 after an unfinished paragraph would stay text while its sibling 一、 is a heading; article-wide,
// a 1. list under 二、 would turn the 1. headings under 一、 into text.
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
  /** Set when the level was decided the other way elsewhere: the heading these siblings stand under
   *  (an index into the units, absent before any) and the members decided otherwise. */
  split?: { parent?: number; others: number[] };
}

// The order of levels in official documents (GB/T 9704): 第一章 above 一、 above （一） above 1. above （1）.
const RANK: Record<string, number> = { '一、': 1, '（一）': 2, '1.': 3, '1、': 3, '1.1': 4, '（1）': 5 };
const rankOf = (level: string): number => (level.startsWith('第') ? 0 : RANK[level]);

/**
 * `candidate(i)`: unit i is a numbered short line that could be a heading by its shape alone;
 * `heading(i)`: unit i is a heading by its style or look (it closes what stands before it).
 * Siblings are the candidates of one level between two lines above them (a higher numbering
 * level, or an unnumbered heading). A run of siblings is headings when each has something after it
 * that is not its sibling (a list's items follow one another) and one of them follows a finished
 * paragraph or a heading. A level decided one way in every run is one group; one used as headings
 * under one parent and as a list under another keeps each run apart, with where it stands.
 */
export function decideLevels(units: Unit[], candidate: (i: number) => boolean, heading: (i: number) => boolean): LevelGroup[] {
  // Rank of what each text unit closes: its own numbering level, -1 for an unnumbered heading.
  const closes = units.map((u, i) => {
    if (u.kind !== 'text') return undefined;
    const level = levelOf(u.text);
    return level ? rankOf(level) : heading(i) ? -1 : undefined;
  });
  const runs: { level: string; members: number[]; parent?: number }[] = [];
  const open = new Map<string, (typeof runs)[number]>();
  units.forEach((u, i) => {
    const level = candidate(i) ? levelOf(u.text) : null;
    const rank = closes[i];
    if (rank !== undefined) for (const [l] of open) if (rankOf(l) > rank) open.delete(l);
    if (!level) return;
    let run = open.get(level);
    if (!run) {
      let parent: number | undefined;
      for (let j = i - 1; j >= 0 && parent === undefined; j--) if (closes[j] !== undefined && closes[j]! < rankOf(level)) parent = j;
      run = { level, members: [], parent };
      runs.push(run);
      open.set(level, run);
    }
    run.members.push(i);
  });
  const closed = (i: number) => {
    const prev = units[i - 1];
    return !prev || prev.kind !== 'text' || endsSentence(prev.text) || heading(i - 1) || candidate(i - 1);
  };
  const decided = runs.map((run) => {
    const { members } = run;
    const set = new Set(members);
    const adjacent = members.some((i) => set.has(i + 1));
    const followed = members.every((i) => units.slice(i + 1).some((x) => x.kind === 'text' || x.kind === 'row' || x.kind === 'photo'));
    const anyClosed = members.some(closed);
    return { ...run, headings: !adjacent && followed && anyClosed, list: adjacent && anyClosed };
  });
  const levels = [...new Set(decided.map((r) => r.level))];
  return levels.flatMap((level): LevelGroup[] => {
    const mine = decided.filter((r) => r.level === level);
    if (mine.every((r) => r.headings === mine[0].headings))
      return [{ members: mine.flatMap((r) => r.members), headings: mine[0].headings, list: mine.some((r) => r.list) }];
    return mine.map((r) => ({
      members: r.members,
      headings: r.headings,
      list: r.list,
      split: { parent: r.parent, others: mine.filter((o) => o.headings !== r.headings).flatMap((o) => o.members) },
    }));
  });
}
