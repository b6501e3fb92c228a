// The 本期要目 of a Word back issue against the titles found by their look. jianbao rebuilds the
// 要目 from the titles, so a line is kept only where it differs from its title (`toc:`); a line
// with no article and a title with no line are both noted, never dropped silently.
import { similarity } from '../title-match';
import { squash } from '../text-rules';
import type { Unit } from '../intake/units';

export interface TocEntry {
  no: number;
  /** The line as typed, its leader and page number taken off. */
  text: string;
}

const LEADER_PAGE = /(?:[\t \u3000]*[.．…·_\-—]{2,}[\t \u3000]*|\t+[ \u3000]*|[ \u3000]{2,})[0-9０-９]{1,3}$/;
const BULLET = /^(?:[-–•·●*]|\d{1,2}[.．、])[ \u3000]*/;

/** One 要目 unit → its entry text: a row's widest cell that is not a page number, a paragraph
 *  without its dotted leader and page number. */
export function entryOf(u: Unit): TocEntry {
  if (u.kind === 'row') {
    const cells = u.text
      .replace(/^\|\s?|\s?\|$/g, '')
      .split(' | ')
      .map((c) => c.trim())
      .filter((c) => c !== '' && !/^[0-9０-９]{1,3}$/.test(c) && !/^[.．…·_\-—\s]+$/.test(c));
    const widest = cells.sort((a, b) => [...b].length - [...a].length)[0] ?? '';
    return { no: u.no, text: widest.replace(/[.．…·_\-—\s]+$/, '') };
  }
  return { no: u.no, text: u.text.replace(LEADER_PAGE, '').trim() };
}

/** The pieces of a 要目 line that names two articles (`…会议  …活动`, `…会议；…活动`); none for a line of one. */
export function entryPieces(text: string): string[] {
  const pieces = text
    .split(/[；;]|[\t \u3000]{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return pieces.length > 1 ? pieces : [];
}

export interface TocMatch {
  /** Per title: the entry it matched, and whether only approximately. */
  byTitle: ({ entry: TocEntry; approximate: boolean } | null)[];
  /** Entries that name no title (and no 栏目). */
  orphans: TocEntry[];
}

const same = (entry: string, title: string) => squash(entry) === title || squash(entry.replace(BULLET, '')) === title;

/** Matches entries to titles in order: exactly (spaces and line breaks aside), then the most
 *  similar left over between matched neighbours. */
export function matchToc(entries: TocEntry[], titles: string[][], sections: string[]): TocMatch {
  const keys = titles.map((t) => squash(t.join('')));
  const byTitle: TocMatch['byTitle'] = keys.map(() => null);
  const used = new Set<number>();
  // Lines naming two articles: each of their pieces matches a title.
  const pieced = new Set<number>();
  let from = 0;
  keys.forEach((key, k) => {
    for (let e = from; e < entries.length; e++) {
      if ((!used.has(e) || pieced.has(e)) && entryPieces(entries[e].text).some((p) => same(p, key))) {
        byTitle[k] = { entry: entries[e], approximate: false };
        used.add(e);
        pieced.add(e);
        from = e;
        return;
      }
      if (!used.has(e) && same(entries[e].text, key)) {
        byTitle[k] = { entry: entries[e], approximate: false };
        used.add(e);
        from = e + 1;
        return;
      }
      // A long 要目 line typed over two paragraphs (the page number on the second).
      const next = entries[e + 1];
      if (next && !used.has(e) && !used.has(e + 1) && same(entries[e].text + next.text, key)) {
        byTitle[k] = { entry: { no: entries[e].no, text: entries[e].text + next.text }, approximate: false };
        used.add(e).add(e + 1);
        from = e + 2;
        return;
      }
    }
  });
  const sectionKeys = new Set(sections.map(squash));
  entries.forEach((e, i) => {
    if (sectionKeys.has(squash(e.text))) used.add(i);
  });
  keys.forEach((key, k) => {
    if (byTitle[k]) return;
    let best: { e: number; score: number } | null = null;
    entries.forEach((entry, e) => {
      if (used.has(e)) return;
      const score = similarity(entry.text, key);
      if (score >= 0.5 && (!best || score > best.score)) best = { e, score };
    });
    if (best) {
      const { e } = best as { e: number; score: number };
      byTitle[k] = { entry: entries[e], approximate: true };
      used.add(e);
    }
  });
  return { byTitle, orphans: entries.filter((_, i) => !used.has(i) && entries[i].text !== '') };
}
