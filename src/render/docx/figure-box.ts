// Photos the PDF floated to the top of a later page (the text after them filling the page they
// left), as the DOCX places them: a borderless text box at the top margin, type-area wide, with
// text kept above and below it (top-and-bottom wrap), anchored in the first paragraph that begins
// on that page. Inside, each photo stays an inline picture with its alt text and its caption a
// paragraph of the caption style, so an editor finds both next to the text they went with.
import { type Paragraph, TextWrappingType } from 'docx';
import { ShapeRun } from 'docx/shapes';
import type { DocumentModel } from '../../model/model';
import { pixels } from './units';

/** The box holding `content` (photo and caption paragraphs), `height` points tall as the PDF
 * sets them, `gap` points more kept clear below it (where the PDF puts the next line on its
 * grid), `name` for the selection pane. */
export function figureBox(model: DocumentModel, content: Paragraph[], height: number, gap: number, name: string): ShapeRun {
  const { page } = model;
  return new ShapeRun({
    type: 'rectangle',
    transformation: { width: pixels(page.width - page.marginInside - page.marginOutside), height: pixels(height) },
    line: 'none',
    floating: {
      horizontalPosition: { relative: 'margin', align: 'center' },
      verticalPosition: { relative: 'margin', align: 'top' },
      wrap: { type: TextWrappingType.TOP_AND_BOTTOM },
      // Wrap distances are in EMU (12700 a point).
      margins: { top: 0, bottom: Math.round(gap * 12700), left: 0, right: 0 },
    },
    textOptions: { margins: { top: 0, right: 0, bottom: 0, left: 0 }, verticalAlignment: 'top', resizeShapeToFitText: true },
    altText: { name, title: '', description: '' },
    children: content,
  });
}
