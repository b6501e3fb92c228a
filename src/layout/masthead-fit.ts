// Owns the size of the publication's name in the masthead: a template sets it large (kexie: 初号),
// and a long name (鹿城区卫生健康工作简报, 11 characters) would wrap onto a second line. Offices set
// such a name smaller instead, so the `masthead` style steps down the 号 sizes (初号 → 小初 → 一号 →
// 小一) until the name fits one line; past 小一 (still larger than a 二号 title) it keeps that size
// and wraps. Every format reads the fitted style, so the PDF, DOCX and HTML agree.
import type { Block, ParagraphStyle } from '../model/model';
import { HAO_SIZES } from '../templates/units';
import type { CharWidth } from './title-lines';

/** The style this rule applies to: the masthead's name (templates/kexie/partials/masthead.hbs). */
const MASTHEAD = 'masthead';
/** The smallest size the name steps down to. */
const SMALLEST = HAO_SIZES['小一'];

/** The width of `text` at `size` in `style`, letter spacing after every character (as Word adds it). */
function widthAt(text: string, style: ParagraphStyle, size: number, width: CharWidth): number {
  let w = 0;
  for (const char of text) w += width(style.font, char) * size + style.letterSpacing;
  return w;
}

/** `styles` with the masthead's size fitted to its widest name line (the same object when it fits). */
export function fitMasthead(
  blocks: Block[],
  styles: Record<string, ParagraphStyle>,
  measure: number,
  width: CharWidth,
): Record<string, ParagraphStyle> {
  const style = styles[MASTHEAD];
  if (!style) return styles;
  const names = blocks.flatMap((b) =>
    b.kind === 'paragraph' && b.style === MASTHEAD ? [b.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join('')] : [],
  );
  const widest = (size: number) => Math.max(0, ...names.map((n) => widthAt(n.trim(), style, size, width)));
  if (widest(style.size) <= measure) return styles;
  const steps = [...new Set(Object.values(HAO_SIZES))].filter((s) => s < style.size && s >= SMALLEST).sort((a, b) => b - a);
  const size = steps.find((s) => widest(s) <= measure) ?? steps[steps.length - 1] ?? style.size;
  return { ...styles, [MASTHEAD]: { ...style, size } };
}
