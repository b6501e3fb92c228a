// Which characters each DOCX font family shows: the text of every run, grouped by the family its
// paragraph style or its own override names. Subsetting keeps exactly these glyphs.
import { cellParagraphs, type DocumentModel, type FontFace, type Inline, type ParagraphBlock } from '../../model/model';
import { DRAFT_TEXT } from './draft-mark';

export interface FamilyUsage {
  family: string;
  /** The face whose file is subset for this family (the first role that names it). */
  face: FontFace;
  chars: Set<string>;
}

/**
 * The families in order of first use. Without `withChars` the character sets stay empty: only
 * embedding needs them, and collecting every character of the issue is most of this function's time.
 */
export function fontUsage(model: DocumentModel, withChars = true): FamilyUsage[] {
  const byFamily = new Map<string, FamilyUsage>();
  const use = (role: keyof DocumentModel['fonts'], text: string) => {
    const face = model.fonts[role];
    let entry = byFamily.get(face.family);
    if (!entry) byFamily.set(face.family, (entry = { family: face.family, face, chars: new Set() }));
    if (withChars) for (const ch of text) entry.chars.add(ch);
  };
  const paragraph = (p: ParagraphBlock) => {
    const role = model.paragraphStyles[p.style].font;
    p.inlines.forEach((i: Inline) => i.kind === 'text' && use(i.font ?? role, i.text));
  };
  for (const block of model.blocks) {
    if (block.kind === 'paragraph') paragraph(block);
    if (block.kind === 'table') cellParagraphs(block).forEach(paragraph);
    if (block.kind === 'bottom') block.blocks.forEach((b) => b.kind === 'paragraph' && paragraph(b));
  }
  if (model.pageNumbers) {
    const n = model.pageNumbers;
    use(model.paragraphStyles[n.style].font, `${n.prefix}${n.suffix}0123456789`);
  }
  if (model.draft) use('heading', DRAFT_TEXT);
  // Every family of the document gets a font-table entry, even one no text uses yet.
  for (const role of Object.keys(model.fonts) as Array<keyof DocumentModel['fonts']>) use(role, '');
  return [...byFamily.values()];
}
