// LibreOffice (7.4, and its DOCX import to this day) adds space between a Chinese character and a
// Latin letter or digit whatever w:autoSpaceDE/w:autoSpaceDN say: its import ignores both
// (writerfilter DomainMapper.cxx, `case NS_ooxml::LN_CT_PPrBase_autoSpaceDE: break;`). The PDF
// sets a number inside Chinese text at its own width, as Word does with autoSpaceDN off; so a
// word or number set solid between Chinese characters gets, on a run of its own, character
// spacing that takes that space back, and LibreOffice fills the line as the PDF does. Word's line
// is then that much shorter, less than a character; pdf-lines.ts makes the PDF's stretched lines
// full in the DOCX, so Word still breaks them where the PDF does.
import type { Inline, ParagraphStyle } from '../../model/model';
import { segment, type Atom } from '../pdf/segment';

/** What LibreOffice 7.4 adds between a Chinese character and a Latin one, in em of the text
 * size (measured on its PDF of the kexie sample: 3.4–3.8 pt at 16 pt). */
export const LIBREOFFICE_AUTOSPACE_EM = 0.225;

const isCjk = (atom: Atom | undefined) => atom !== undefined && atom.kind === 'cjk';

/**
 * Character spacing (pt) of the characters of words set solid between Chinese characters, by
 * offset in the paragraph's text (its text inlines one after another). Neighbours are looked up
 * across inlines, as the PDF segments the paragraph's runs one after another; a tab or a line
 * break parts them. The run's spacing replaces the style's, whose grid tightening (styles.ts)
 * is for full-width characters: the PDF sets a word at its width plus the style's letter spacing.
 */
export function latinSpacing(style: ParagraphStyle, inlines: readonly Inline[]): Map<number, number> {
  const out = new Map<number, number>();
  const atoms: Array<{ atom: Atom; at: number } | null> = [];
  let offset = 0;
  for (const inline of inlines) {
    if (inline.kind !== 'text') {
      atoms.push(null);
      continue;
    }
    let at = offset;
    for (const atom of segment(inline.text)) {
      atoms.push({ atom, at });
      at += atom.text.length;
    }
    offset += inline.text.length;
  }
  atoms.forEach((entry, k) => {
    const before = atoms[k - 1]?.atom;
    const after = atoms[k + 1]?.atom;
    if (!entry || entry.atom.kind !== 'word' || !(isCjk(before) || isCjk(after))) return;
    const glyphs = Array.from(entry.atom.text).length;
    const autospace = LIBREOFFICE_AUTOSPACE_EM * style.size * (Number(isCjk(before)) + Number(isCjk(after)));
    const spacing = style.letterSpacing - autospace / glyphs;
    for (let i = 0; i < entry.atom.text.length; i++) out.set(entry.at + i, spacing);
  });
  return out;
}
