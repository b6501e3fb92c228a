// The 报尾 (版记): rules and distribution lines set at the foot of the last page. They go into a
// borderless text box anchored to the last paragraph and aligned to the bottom margin, with text
// kept above and below it (top-and-bottom wrap). Word, WPS and LibreOffice all place a DrawingML
// text box so; LibreOffice 7.4 ignores paragraph frames (w:framePr) whose paragraphs have borders,
// and the rules are paragraph borders.
import { Paragraph, TextWrappingType } from 'docx';
import { ShapeRun } from 'docx/shapes';
import type { BottomBlock, DocumentModel } from '../../model/model';
import { BOTTOM_ANCHOR_STYLE_ID } from './style-ids';

import { pixels } from './units';

/**
 * The block's height in points, from the styles (exact line heights): the box is sized from it so
 * every client starts from the same box, and may still grow it to fit (resizeShapeToFitText).
 */
export function bottomHeight(model: DocumentModel, block: BottomBlock): number {
  let height = 0;
  for (const inner of block.blocks) {
    if (inner.kind === 'rule') {
      // As tall as the PDF's rule: the paragraph's own line comes out of its spacing (ruleSpacing).
      const r = model.ruleStyles[inner.style];
      height += r.spaceBefore + r.thickness + r.spaceAfter;
    } else {
      const s = model.paragraphStyles[inner.style];
      const lines = 1 + inner.inlines.filter((i) => i.kind === 'break').length;
      height += s.spaceBefore + lines * s.lineHeight + s.spaceAfter;
    }
  }
  return height;
}

/** The paragraph that anchors the text box holding `content` (the block's paragraphs) on the last page. */
export function bottomParagraph(
  model: DocumentModel,
  block: BottomBlock,
  content: Paragraph[],
  at: { pageBreakBefore?: boolean },
): Paragraph {
  const { page } = model;
  const box = new ShapeRun({
    type: 'rectangle',
    transformation: { width: pixels(page.width - page.marginInside - page.marginOutside), height: pixels(bottomHeight(model, block)) },
    line: 'none',
    floating: {
      horizontalPosition: { relative: 'margin', align: 'center' },
      verticalPosition: { relative: 'margin', align: 'bottom' },
      wrap: { type: TextWrappingType.TOP_AND_BOTTOM },
    },
    textOptions: { margins: { top: 0, right: 0, bottom: 0, left: 0 }, verticalAlignment: 'bottom', resizeShapeToFitText: true },
    altText: { name: '报尾', title: '', description: '' },
    children: content,
  });
  return new Paragraph({ style: BOTTOM_ANCHOR_STYLE_ID, children: [box], ...at });
}
