// The clreq punctuation classes both the title breaker (layout) and the PDF line breaker read:
// which marks may not start a line, which may not end one, which may be squeezed or hang, and
// which characters are Western text.

/** Closing and middle punctuation: never at the start of a line. */
export const NO_START: ReadonlySet<string> = new Set(Array.from('，。、；：？！）》〉」』】〕］｝”’…·・%％‰,.;:?!)]}-'));
/** Opening punctuation: never at the end of a line. */
export const NO_END: ReadonlySet<string> = new Set(Array.from('（《〈「『【〔［｛“‘([{'));
/** Full-width punctuation whose glyph is half blank, so it may be squeezed by half an em. */
export const SQUEEZABLE: ReadonlySet<string> = new Set(Array.from('，。、；：？！）》〉」』】〕”’（《〈「『【〔“‘'));
/**
 * Marks that may hang past the right edge of a full line (hanging punctuation, 标点悬挂): the
 * pause and stop marks (点号) clreq lets hang in Simplified Chinese, and the closing quotes and
 * brackets that Word's overflowPunct also lets overflow. In Simplified faces all of them sit in
 * the left half of their cell, so the ink outside the edge stays within half an em.
 */
export const HANGABLE: ReadonlySet<string> = new Set(Array.from('、，。；：？！”’）》〉」』】〕'));

/**
 * Latin, Greek and Cyrillic letters, the ASCII and Latin-1 signs (below U+0530) and the letterlike
 * symbols (™ ℃ №, U+2100–214F): proportional text in Chinese setting, never given whole grid
 * cells for a wide glyph (Noto's & is 0.78 em, ™ 0.80: the rest of the cell was blank after it
 * and copied as a space). One a face draws 1 em wide (℃ ×) still fills a cell as narrow text does.
 */
export function isWestern(char: string): boolean {
  const cp = char.codePointAt(0)!;
  return cp < 0x530 || (cp >= 0x2100 && cp <= 0x214f);
}
