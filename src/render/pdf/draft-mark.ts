// Owns the 样稿 mark of a `build --draft` PDF: 样稿 in red 黑体 in the top margin of every page,
// flush with the type area's outside edge, so a draft can never be taken for the issue.
import type { DocumentModel } from '../../model/model';
import { originOf } from './draw';
import { placeLine } from './justify';
import { measureText } from './measure';
import type { Folio } from './page-number';
import type { Fonts } from './paragraph';

export const DRAFT_MARK = { text: '样稿', size: 16, color: '#C00000' } as const;

/** The mark of page `n`, or null when the model is not a draft. */
export function placeDraftMark(model: DocumentModel, fonts: Fonts, n: number): Folio | null {
  if (!model.draft) return null;
  const { text, size, color } = DRAFT_MARK;
  const font = fonts.heading.font;
  const piece = { text, role: 'heading' as const, font, size, color, bold: false, ...measureText(font, text, size) };
  const measure = model.page.width - model.page.marginInside - model.page.marginOutside;
  const [placed] = placeLine([piece], { measure, indent: 0, align: n % 2 === 1 ? 'right' : 'left', last: true, letterSpacing: 0 });
  return { piece: placed, left: originOf(model, n).left, baseline: model.page.marginTop / 2 };
}
