// Owns which characters the DOCX sets in the bundled symbol face: exactly those the PDF draws from
// it (fonts/symbol-face.ts), a symbol the role's face lacks. Left to Word and WPS, such a ☑ is
// drawn from whatever face the machine has, and WPS on Windows often has none and prints a box;
// so those runs name the symbol face, and the DOCX carries its subset (embed-fonts.ts).
import { openFont } from '../../fonts/open-font';
import { mayUseSymbolFace, symbolFallback } from '../../fonts/symbol-face';
import { cellParagraphs, type DocumentModel, type FontRole, type ParagraphBlock } from '../../model/model';

export interface TextStretch {
  text: string;
  /** Set in the symbol face. */
  symbol: boolean;
}

/** A character with the combining marks and selectors after it: they go where it goes. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;

/** `text` (set in `role`) cut into stretches in the role's face and in the symbol face. */
export function symbolStretches(model: DocumentModel, role: FontRole, text: string): TextStretch[] {
  if (!mayUseSymbolFace(text)) return [{ text, symbol: false }];
  let font;
  try {
    font = openFont(model.fonts[role]).font;
  } catch {
    // A face that cannot be opened (a DOCX-only build on a machine without it) names no fallback.
    return [{ text, symbol: false }];
  }
  const out: TextStretch[] = [];
  for (const [cluster] of text.matchAll(CLUSTER)) {
    const symbol = symbolFallback(font, cluster) !== null;
    const last = out[out.length - 1];
    if (last?.symbol === symbol) last.text += cluster;
    else out.push({ text: cluster, symbol });
  }
  return out;
}

/** The characters the document sets in the symbol face, for its subset; empty when none. */
export function symbolCharacters(model: DocumentModel): Set<string> {
  const chars = new Set<string>();
  const paragraph = (p: ParagraphBlock) => {
    const role = model.paragraphStyles[p.style]?.font;
    for (const i of p.inlines)
      if (i.kind === 'text' && role && mayUseSymbolFace(i.text))
        for (const s of symbolStretches(model, i.font ?? role, i.text)) if (s.symbol) for (const ch of s.text) chars.add(ch);
  };
  for (const block of model.blocks) {
    if (block.kind === 'paragraph') paragraph(block);
    if (block.kind === 'table') cellParagraphs(block).forEach(paragraph);
    if (block.kind === 'bottom') block.blocks.forEach((b) => b.kind === 'paragraph' && paragraph(b));
  }
  return chars;
}
