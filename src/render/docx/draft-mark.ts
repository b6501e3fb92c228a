// Owns the 样稿 mark of a `build --draft` DOCX: a page header on every page with 样稿 in red 黑体,
// at the outside edge like the PDF's (render/pdf/draft-mark.ts), so the draft never passes for
// the issue in Word or WPS either.
import { AlignmentType, Header, Paragraph, TextRun } from 'docx';
import type { DocumentModel } from '../../model/model';

export const DRAFT_TEXT = '样稿';
const HALF_POINTS = 32; // 三号 16 pt
const COLOR = 'C00000';

function markHeader(model: DocumentModel, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Header {
  const family = model.fonts.heading.family;
  const run = new TextRun({ text: DRAFT_TEXT, color: COLOR, size: HALF_POINTS, font: { ascii: family, eastAsia: family, hAnsi: family } });
  // No indent: the header paragraph is in Normal, which is the body text with its two-character indent.
  return new Header({ children: [new Paragraph({ alignment, indent: { firstLine: 0, firstLineChars: 0 }, children: [run] })] });
}

/** Section headers for a draft (odd pages right, even pages left when the footers alternate). */
export function draftHeaders(model: DocumentModel, evenAndOdd: boolean): { default: Header; even?: Header } | null {
  if (!model.draft) return null;
  const odd = markHeader(model, AlignmentType.RIGHT);
  return evenAndOdd ? { default: odd, even: markHeader(model, AlignmentType.LEFT) } : { default: odd };
}
