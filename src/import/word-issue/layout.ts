// A Word file's units → the parts of a whole back issue (报头, 本期要目, 栏目 and articles, 简讯,
// 报尾), or null when the file does not show a whole issue's evidence. Titles are found by their
// look (centred, larger than the body or in 标宋, or a title style), never from the 要目 alone:
// the 要目 is checked against them afterwards (shape-issue.ts).
import { endsSentence, endsSentenceBeforeNote, squash, visibleLength } from '../text-rules';
import { mostCommonSize } from '../intake/shape';
import type { Unit } from '../intake/units';
import { colophonStart } from './colophon';
import { continuesTitle, mostCommonFont, titleCue, type LooseContext, type TitleCue } from './loose-titles';
import { ISSUE_NUMBER, isMastheadLine } from './masthead-lines';
import { entryOf, entryPieces } from './toc-check';

export interface TitleGroup {
  /** Index into units of the title's first line, and one past its last. */
  start: number;
  end: number;
  parts: string[];
  /** The title's paragraph number. */
  no: number;
}

export interface ArticlePart {
  section?: Unit;
  title: TitleGroup;
  body: Unit[];
}

export interface IssueLayout {
  masthead: Unit[];
  tocHeading?: Unit;
  toc: Unit[];
  /** Text between the 要目 (or masthead) and the first title that is not a 要目 line. */
  lead: Unit[];
  articles: ArticlePart[];
  briefsHeading?: Unit;
  briefs: Unit[];
  colophon: Unit[];
  /** Titles found not centred (loose-titles.ts), each with what set it apart. */
  cues: { cue: TitleCue; no: number; title: string }[];
}

const TOC_HEADINGS = new Set(['本期要目', '要目', '目录', '本期目录', '本期导读']);
export const isTocHeading = (u: Unit): boolean => u.kind === 'text' && TOC_HEADINGS.has(squash(u.text));
// `简讯`, `工作简讯`, `简讯动态`, `◆简讯◆`: a short line naming the 简讯 section.
export const isBriefsHeading = (u: Unit): boolean =>
  u.kind === 'text' && /^[【〔[◆■●★]?[^，。：:；;！？,.]{0,6}简讯(?:动态)?[】〕\]◆■●★]?$/.test(squash(u.text));

const TITLE_FONT = /标宋|XiaoBiaoSong|xbs/i;
// Not 楷体: 要目 lines are set in it, and the last of them stands right above the first title.
const HEADING_FONT = /黑体|SimHei|Hei|标宋/i;
const QUESTION_OR_CALL = /[^？！?!。][？！?!]+[”’」』]?$/;
const DECORATED = /^[【〔[◆■●★▲◇□].{1,12}[】〕\]◆■●★▲◇□]$/;

const allBold = (u: Unit) => Boolean(u.spans?.length) && u.spans!.every((s) => s.bold || s.text.trim() === '');

function titleLook(u: Unit, bodySize: number | undefined): boolean {
  if (u.kind !== 'text' || u.soft || !u.centered || visibleLength(u.text) > 50) return false;
  if (isTocHeading(u) || isBriefsHeading(u)) return false;
  const titleType = Boolean(
    (u.size && bodySize && u.size > bodySize) || (u.font && TITLE_FONT.test(u.font)) || u.styleLevel === 0 || u.styleLevel === 1,
  );
  // A title may ask a question (…了解了吗？) when its type says it is one; a centred bold line only
  // when it does not end a sentence.
  if (endsSentenceBeforeNote(u.text) && !(titleType && QUESTION_OR_CALL.test(u.text.trim()))) return false;
  // Typed in body type, but centred and bold all through (a title, not a run-in subheading).
  return titleType || (allBold(u) && !(u.size && bodySize && u.size < bodySize));
}

/** The title starting at `i`: its soft-broken lines, and up to two more paragraphs set just as it
 *  is (found not centred, by `cue`: only when its look is its own). */
function titleGroup(units: Unit[], i: number, cue?: TitleCue): TitleGroup {
  const head = units[i];
  const parts = [head.text];
  let j = i + 1;
  const sameLook = (u: Unit) =>
    u.kind === 'text' &&
    !u.soft &&
    u.centered === head.centered &&
    u.font === head.font &&
    u.size === head.size &&
    u.styleLevel === head.styleLevel &&
    visibleLength(u.text) <= 40 &&
    !endsSentenceBeforeNote(u.text) &&
    (!cue || continuesTitle(head, u, cue));
  while (units[j]?.kind === 'text' && ((units[j].soft && units[j].no === units[j - 1].no) || (parts.length < 3 && sameLook(units[j]))))
    parts.push(units[j++].text);
  return { start: i, end: j, parts, no: head.no };
}

/** A short heading-like line right above a title: the 栏目 the article opens (a subheading never stands right above a title). */
function sectionLabel(u: Unit | undefined, bodySize: number | undefined): boolean {
  if (!u || u.kind !== 'text' || visibleLength(u.text) > 12 || endsSentence(u.text) || /[，。；：,;:（(]/.test(u.text)) return false;
  return Boolean(
    DECORATED.test(squash(u.text)) ||
    allBold(u) ||
    (u.font && HEADING_FONT.test(u.font)) ||
    (u.styleLevel !== undefined && u.styleLevel >= 1) ||
    (u.size && bodySize && u.size > bodySize),
  );
}

/** Where the masthead ends when there is no 要目: after its last 期号/date/编印单位 line among the
 *  first units, when at most two other lines (the name, a mark) stand before it. */
function mastheadEnd(units: Unit[]): number {
  let end = units.length > 0 ? 1 : 0;
  let others = 0;
  for (let i = 0; i < Math.min(units.length, 12); i++) {
    if (isMastheadLine(units[i])) end = i + 1;
    else if (++others > 2) break;
  }
  return end;
}

/** The 要目's keys (each line, and each piece of a line naming two articles) and where its run of
 *  lines ends: at the first line repeating one before it (the first title), or at a paragraph. */
function tocKeys(units: Unit[], tocAt: number): { keys: Set<string>; end: number } {
  const keys = new Set<string>();
  let i = tocAt + 1;
  for (; i < units.length && tocEntryShaped(units[i]); i++) {
    const text = entryOf(units[i]).text;
    if (keys.has(squash(text))) break;
    keys.add(squash(text));
    for (const piece of entryPieces(text)) keys.add(squash(piece));
  }
  return { keys, end: i };
}

export function findIssueLayout(units: Unit[]): IssueLayout | null {
  const bodySize = mostCommonSize(units.filter((u) => u.kind === 'text'));
  const colophonAt = colophonStart(units);
  const tocAt = units.findIndex(isTocHeading);
  const afterHead = tocAt >= 0 ? tocAt + 1 : mastheadEnd(units);
  const centred = assemble(units, afterHead, colophonAt, tocAt, bodySize, (i) => (titleLook(units[i], bodySize) ? null : undefined));
  if (centred && wholeIssue(centred)) return centred;
  // No whole issue by centred titles: titles set apart from the body some other way.
  const toc = tocAt >= 0 ? tocKeys(units, tocAt) : { keys: new Set<string>(), end: afterHead };
  const ctx: LooseContext = {
    bodySize,
    bodyFont: mostCommonFont(units),
    tocKeys: toc.keys,
    skip: (u) => isTocHeading(u) || isBriefsHeading(u) || isMastheadLine(u),
  };
  const loose = assemble(units, toc.end, colophonAt, tocAt, bodySize, (i) => titleCue(units, i, ctx) ?? undefined);
  return loose && wholeIssue(loose) ? loose : null;
}

/** The layout with the titles `cueAt` finds from `from` on (null: a centred title; undefined: none). */
function assemble(
  units: Unit[],
  from: number,
  colophonAt: number,
  tocAt: number,
  bodySize: number | undefined,
  cueAt: (i: number) => TitleCue | null | undefined,
): IssueLayout | null {
  const afterHead = tocAt >= 0 ? tocAt + 1 : from;
  const groups: TitleGroup[] = [];
  const cues: IssueLayout['cues'] = [];
  for (let i = from; i < colophonAt; i++) {
    const cue = cueAt(i);
    if (cue === undefined) continue;
    const g = titleGroup(units, i, cue ?? undefined);
    groups.push(g);
    if (cue) cues.push({ cue, no: g.no, title: g.parts.join('') });
    i = g.end - 1;
  }
  if (groups.length === 0) return null;
  // The 简讯 heading after the last title closes the articles.
  let briefsAt = -1;
  for (let i = colophonAt - 1; i >= groups[groups.length - 1].end; i--) if (isBriefsHeading(units[i])) briefsAt = i;
  const bodyEnd = briefsAt >= 0 ? briefsAt : colophonAt;
  // A line naming the title it stands above is the 要目's last line, not a 栏目.
  const sections = groups.map((g) => {
    const above = units[g.start - 1];
    return sectionLabel(above, bodySize) && g.start - 1 >= afterHead && squash(above.text) !== squash(g.parts.join('')) ? above : undefined;
  });
  const articles: ArticlePart[] = groups.map((g, k) => {
    const next = k + 1 < groups.length ? groups[k + 1].start - (sections[k + 1] ? 1 : 0) : bodyEnd;
    return { section: sections[k], title: g, body: units.slice(g.end, next) };
  });
  const firstStart = groups[0].start - (sections[0] ? 1 : 0);
  const between = units.slice(afterHead, firstStart);
  const masthead = tocAt >= 0 ? units.slice(0, tocAt) : units.slice(0, afterHead);
  // A line naming one of the titles found is a 要目 line, even one ending in ？ as its title does.
  const titles = groups.map((g) => squash(g.parts.join(''))).filter((t) => t !== '');
  const inToc = (u: Unit) => tocEntryShaped(u) || (u.kind === 'text' && titles.some((t) => squash(u.text).includes(t)));
  const layout: IssueLayout = {
    masthead,
    tocHeading: tocAt >= 0 ? units[tocAt] : undefined,
    toc: tocAt >= 0 ? between.filter(inToc) : [],
    lead: tocAt >= 0 ? between.filter((u) => !inToc(u)) : between,
    articles,
    briefsHeading: briefsAt >= 0 ? units[briefsAt] : undefined,
    briefs: briefsAt >= 0 ? units.slice(briefsAt + 1, colophonAt) : [],
    colophon: units.slice(colophonAt),
    cues,
  };
  return layout;
}

/** A 要目 line: short text (its dotted leader and page number included), or a row of a 要目 table. */
export const tocEntryShaped = (u: Unit): boolean =>
  u.kind === 'row' || (u.kind === 'text' && visibleLength(u.text) <= 80 && !/[。！？]$/.test(u.text.replace(/[\s\d.．…·-]+$/, '')));

/** The evidence, conservatively: at least two titles and a 要目 naming two of them, or a masthead
 *  with 第 N 期 / 总第 N 期, or 栏目 labels over them (a feature page); one title only with both a
 *  第 N 期 masthead and a 要目 (a one-article issue, its 要目 line checked against the title later). */
function wholeIssue(layout: IssueLayout): boolean {
  // Titles the 要目 names (a line may name two).
  const titles = layout.articles.map((a) => squash(a.title.parts.join('')));
  const named = titles.filter((t) => t !== '' && layout.toc.some((u) => squash(u.text).includes(t))).length;
  const numbered = layout.masthead.some((u) => ISSUE_NUMBER.test(u.text));
  if (layout.articles.length === 1) return Boolean(layout.tocHeading) && layout.toc.length >= 1 && numbered;
  if (layout.tocHeading && named >= 2) return true;
  if (numbered) return true;
  return layout.articles.filter((a) => a.section).length >= 2;
}
