// Titles that are not centred: a back issue whose titles are set apart from its body only by a
// bigger size, another font (小标宋, or 黑体 after an empty paragraph), a paragraph style, the
// 要目 line that names them, centring after an empty paragraph, or their place (after an empty
// paragraph, right above a 来源 line or a byline). Read only when the centred titles do not make a whole issue; each cue is noted
// (JB085), since a subheading can look the same.
import { BYLINE, ENUMERATED } from '../intake/shape';
import { readSourceLine } from '../intake/source-line';
import type { Unit } from '../intake/units';
import { endsSentenceBeforeNote, squash, visibleLength } from '../text-rules';

export type TitleCue = 'size' | 'font' | 'style' | 'toc' | 'centred' | 'place';

const TITLE_FONT = /标宋|XiaoBiaoSong|xbs/i;
const HEADING_FONT = /黑体|SimHei|Hei/i;
// A style of the file's own for titles (文章标题, 大标题, Title), not a subtitle's.
const TITLE_STYLE = /标题|title|题目/i;
const NOT_TITLE_STYLE = /副|sub|toc|目录/i;

export interface LooseContext {
  bodySize?: number;
  bodyFont?: string;
  /** The 要目's lines (squashed), and the pieces of a line that names two articles. */
  tocKeys: Set<string>;
  /** Lines that are never titles here (要目 and 简讯 headings, masthead lines). */
  skip: (u: Unit) => boolean;
}

/** The font most of the text is set in, by characters. */
export function mostCommonFont(units: Unit[]): string | undefined {
  const counts = new Map<string, number>();
  for (const u of units) if (u.kind === 'text' && u.font) counts.set(u.font, (counts.get(u.font) ?? 0) + [...u.text].length);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const attribution = (u: Unit | undefined) =>
  u?.kind === 'text' && (readSourceLine(u.text)?.taken === true || (BYLINE.test(u.text) && visibleLength(u.text) <= 40));

/** What sets units[i] apart as a title, or null when nothing does. */
export function titleCue(units: Unit[], i: number, c: LooseContext): TitleCue | null {
  const u = units[i];
  if (u.kind !== 'text' || u.soft || visibleLength(u.text) > 50 || endsSentenceBeforeNote(u.text) || c.skip(u) || attribution(u))
    return null;
  if (c.tocKeys.has(squash(u.text))) return 'toc';
  // A numbered short line (一、 （一） 1.) is a subheading, whatever its look.
  if (ENUMERATED.test(u.text)) return null;
  if (u.size && c.bodySize && u.size > c.bodySize) return 'size';
  if (u.styleLevel === 0 || u.styleLevel === 1) return 'style';
  if (u.styleLevel === undefined && u.styleName && TITLE_STYLE.test(u.styleName) && !NOT_TITLE_STYLE.test(u.styleName)) return 'style';
  if (u.font && u.font !== c.bodyFont && (TITLE_FONT.test(u.font) || (HEADING_FONT.test(u.font) && u.afterBlank))) return 'font';
  // Centred in body type: a title only after an empty paragraph (a centred caption or subtitle follows what it belongs to).
  if (u.centered && u.afterBlank) return 'centred';
  if (u.afterBlank && attribution(units[i + 1])) return 'place';
  return null;
}

/** Whether `u` continues a title found by `cue` that starts with `head`: a title is typed over
 *  two or three paragraphs only in a look of its own (size, font, style), never in body type. */
export function continuesTitle(head: Unit, u: Unit, cue: TitleCue): boolean {
  return (
    (cue === 'size' || cue === 'font' || cue === 'style') &&
    !u.afterBlank &&
    !attribution(u) &&
    !ENUMERATED.test(u.text) &&
    head.kind === 'text'
  );
}
