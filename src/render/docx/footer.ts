// Page-number footers: `— 1 —` in the page-number style; with `alternate`, right on odd pages and
// left on even ones (GB/T 9704), which needs Word's separate even-page footer.
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import type { DocumentModel, PageNumbers } from '../../model/model';
import { paragraphStyleId } from './style-ids';
import { twips } from './units';

type FooterAlignment = (typeof AlignmentType)[keyof typeof AlignmentType];

function pageNumberFooter(model: DocumentModel, numbers: PageNumbers, alignment: FooterAlignment): Footer {
  const run = new TextRun({ children: [numbers.prefix, PageNumber.CURRENT, numbers.suffix] });
  // GB/T 9704's one character in from the edge the folio is set against.
  const inset =
    numbers.inset && alignment !== AlignmentType.CENTER
      ? { indent: alignment === AlignmentType.RIGHT ? { right: twips(numbers.inset) } : { left: twips(numbers.inset) } }
      : {};
  return new Footer({ children: [new Paragraph({ style: paragraphStyleId(model, numbers.style), alignment, ...inset, children: [run] })] });
}

export interface Footers {
  /** Word's section footers: `default` serves odd pages when `even` is present. */
  footers: { default: Footer; even?: Footer };
  /** Must be written to settings.xml, or Word ignores the even-page footer. */
  evenAndOdd: boolean;
}

export function buildFooters(model: DocumentModel): Footers | null {
  const numbers = model.pageNumbers;
  if (!numbers) return null;
  if (!numbers.alternate) {
    return { footers: { default: pageNumberFooter(model, numbers, AlignmentType.CENTER) }, evenAndOdd: false };
  }
  return {
    footers: {
      default: pageNumberFooter(model, numbers, AlignmentType.RIGHT),
      even: pageNumberFooter(model, numbers, AlignmentType.LEFT),
    },
    evenAndOdd: true,
  };
}
