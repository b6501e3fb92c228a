// The 简报 shape (seed 000): masthead, 本期要目, articles found by their TOC lines, 简讯.
import { buildArticle } from './article';
import { findBriefsHeading, readBriefs } from './briefs';
import { isBlank } from './lines';
import { readMasthead } from './masthead';
import { matchTitleAt, similarity, type TitleMatch } from './title-match';
import { readToc } from './toc';
import { endsSentence, squash, visibleLength } from './text-rules';
import type { ImportedIssue, ImportNote, Join, Line } from './types';

function findTitles(lines: readonly Line[], from: number, to: number, entries: { text: string; line: number }[], notes: ImportNote[]) {
  const found: (TitleMatch | null)[] = [];
  let at = from;
  for (const entry of entries) {
    let match: TitleMatch | null = null;
    for (let i = at; i < to && !match; i++) match = matchTitleAt(lines, i, entry.text);
    found.push(match);
    if (match) at = match.end;
  }
  // A title edited after its TOC line was written: the most similar short line between neighbours.
  found.forEach((m, k) => {
    if (m) return;
    const lo = found.slice(0, k).reverse().find(Boolean)?.end ?? from;
    const hi = found.slice(k + 1).find(Boolean)?.start ?? to;
    let best: { i: number; score: number } | null = null;
    for (let i = lo; i < hi; i++) {
      const text = lines[i].text;
      if (isBlank(lines[i]) || endsSentence(text) || visibleLength(text) > 60) continue;
      const score = similarity(text, entries[k].text);
      if (score >= 0.5 && (!best || score > best.score)) best = { i, score };
    }
    if (best) {
      found[k] = { start: best.i, end: best.i + 1, title: lines[best.i].text.trim() };
      notes.push({ code: 'JB153', line: lines[best.i].no, args: { input: entries[k].text, title: lines[best.i].text.trim() } });
    } else notes.push({ code: 'JB152', line: entries[k].line, args: { input: entries[k].text } });
  });
  return found;
}

export function importKexie(lines: readonly Line[], tocHeading: number): ImportedIssue {
  const { masthead, notes } = readMasthead(lines.slice(0, tocHeading));
  const toc = readToc(lines, tocHeading);
  const briefsAt = findBriefsHeading(lines, toc.end);
  const bodyEnd = briefsAt < 0 ? lines.length : briefsAt;
  const titles = findTitles(lines, toc.end, bodyEnd, toc.entries, notes);
  const placed = titles
    .map((m, k) => ({ m, entry: toc.entries[k] }))
    .filter((x): x is { m: TitleMatch; entry: { text: string; line: number } } => x.m !== null);
  const joins: Join[] = [];
  const briefs = briefsAt < 0 ? null : readBriefs(lines.slice(briefsAt + 1));
  const articles = placed.map(({ m, entry }, k) => {
    const end = k + 1 < placed.length ? placed[k + 1].m.start : bodyEnd;
    let body = lines.slice(m.end, end);
    if (k === 0 && lines.slice(toc.end, m.start).some((l) => !isBlank(l))) {
      notes.push({ code: 'JB159', line: lines.slice(toc.end, m.start).find((l) => !isBlank(l))!.no, args: {} });
      body = [...lines.slice(toc.end, m.start), ...body];
    }
    if (k === placed.length - 1 && briefs) body = [...body, ...briefs.leftover];
    const toc_ = squash(m.title) === squash(entry.text) ? undefined : entry.text;
    const built = buildArticle({ title: m.title, toc: toc_, line: lines[m.start].no, body, captionAtHead: false });
    joins.push(...built.joins);
    notes.push(...built.notes);
    return built.article;
  });
  if (briefs) {
    joins.push(...briefs.joins);
    notes.push(...briefs.notes);
  }
  return { shape: 'kexie', masthead, articles, briefs: briefs?.briefs ?? [], joins, notes };
}
