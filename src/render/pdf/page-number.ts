// Owns the folio: `— N —` in the page-number style, right on odd pages and left on even pages
// (GB/T 9704), `inset` in from the type area's edge, or centred when not alternating; its
// baseline sits `bottom` above the page edge.
import type { DocumentModel, PageNumbers } from '../../model/model';
import { originOf } from './draw';
import { placeLine } from './justify';
import { measureText } from './measure';
import type { Fonts } from './paragraph';
import type { PlacedPiece } from './types';

/** A page's folio: its piece, and where drawPiece puts it (left edge, baseline). */
export interface Folio {
  piece: PlacedPiece;
  left: number;
  baseline: number;
}

/** The folio of page `n`. */
export function placePageNumber(model: DocumentModel, numbers: PageNumbers, fonts: Fonts, n: number): Folio {
  const style = model.paragraphStyles[numbers.style];
  if (!style) throw new Error(`the document model has no paragraph style "${numbers.style}"`);
  const text = `${numbers.prefix}${n}${numbers.suffix}`;
  const font = fonts[style.font].font;
  const piece = {
    text,
    role: style.font,
    font,
    size: style.size,
    color: style.color,
    bold: style.bold,
    ...measureText(font, text, style.size),
  };
  const measure = model.page.width - model.page.marginInside - model.page.marginOutside;
  const align = !numbers.alternate ? 'center' : n % 2 === 1 ? 'right' : 'left';
  // The inset keeps the folio one character in from the edge it is set against.
  const inset = align === 'center' ? 0 : (numbers.inset ?? 0);
  const [placed] = placeLine([piece], {
    measure: measure - inset,
    indent: align === 'left' ? inset : 0,
    align,
    last: true,
    letterSpacing: style.letterSpacing,
  });
  return { piece: placed, left: originOf(model, n).left, baseline: model.page.height - numbers.bottom };
}
