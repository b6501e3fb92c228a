// A number or Latin word set solid inside Chinese text takes whole grid cells in the PDF (cells.ts),
// so the characters after it stay on the grid. The DOCX gives the same word the same width with
// character spacing on a run of its own, so Word and LibreOffice fill each line as the PDF does.
// LibreOffice adds its own space between Chinese and Latin text whatever w:autoSpaceDE/DN say
// (its DOCX import ignores both): that space is taken off the word's spacing, so the word is as
// wide in LibreOffice as in the PDF and at most that much narrower in Word, which is less than a
// cell and so never lets another character onto a full line.
import type { DocumentModel, Inline, ParagraphStyle } from '../../model/model';
import type { Fonts } from '../pdf/paragraph';
import { measureText } from '../pdf/measure';
import { segment, type Atom } from '../pdf/segment';

/** Points LibreOffice 7.4 adds between a Chinese character and a Latin one, in em of the text size. */
export const LIBREOFFICE_AUTOSPACE_EM = 0.225;

/** One text inline cut into pieces: plain text, or a word with the character spacing (pt) that
 * gives it its cells. */
export interface CellPiece {
  text: string;
  spacing?: number;
}

const isCjk = (atom: Atom | undefined) => atom !== undefined && atom.kind === 'cjk';

/**
 * The text inlines of a paragraph on the grid, each cut into its pieces (by inline index; inlines
 * with no word in cells are absent). Neighbours are looked up across inlines, as the PDF segments
 * the paragraph's runs one after another; a tab or a line break parts them.
 */
export function cellWords(model: DocumentModel, style: ParagraphStyle, inlines: readonly Inline[], fonts: Fonts): Map<number, CellPiece[]> {
  const out = new Map<number, CellPiece[]>();
  const pitch = model.grid?.charPitch;
  if (!pitch || !style.grid) return out;
  const atoms: Array<{ atom: Atom; inline: number } | null> = [];
  inlines.forEach((inline, i) => {
    if (inline.kind !== 'text') atoms.push(null);
    else for (const atom of segment(inline.text)) atoms.push({ atom, inline: i });
  });
  const pieces = new Map<number, CellPiece[]>();
  atoms.forEach((entry, k) => {
    if (!entry) return;
    const list = pieces.get(entry.inline) ?? pieces.set(entry.inline, []).get(entry.inline)!;
    const before = atoms[k - 1]?.atom;
    const after = atoms[k + 1]?.atom;
    const solid = entry.atom.kind === 'word' && before?.kind !== 'space' && after?.kind !== 'space';
    if (!solid) {
      const last = list[list.length - 1];
      if (last && last.spacing === undefined) last.text += entry.atom.text;
      else list.push({ text: entry.atom.text });
      return;
    }
    const inline = inlines[entry.inline] as Extract<Inline, { kind: 'text' }>;
    const { width, glyphs } = measureText(fonts[inline.font ?? style.font].font, entry.atom.text, style.size);
    const slot = Math.max(1, Math.ceil(width / pitch - 1e-6)) * pitch;
    const autospace = LIBREOFFICE_AUTOSPACE_EM * style.size * (Number(isCjk(before)) + Number(isCjk(after)));
    list.push({ text: entry.atom.text, spacing: (slot + style.letterSpacing * glyphs - width - autospace) / glyphs });
    out.set(entry.inline, list);
  });
  return out;
}
