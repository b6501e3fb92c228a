// Characters of the Symbol and Wingdings fonts (Word stores them as U+F0xx private codes) that
// have a Unicode character of their own: what the author saw, printable in the bulletin fonts.

const GREEK_UPPER = 'ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ';
const GREEK_LOWER = 'αβχδεφγηιϕκλμνοπθρστυϖωξψζ';

// Adobe Symbol encoding: Greek on the Latin letters, and the common mathematical signs.
const SYMBOL = new Map<number, string>([
  ...[...GREEK_UPPER].map((c, i) => [0x41 + i, c] as [number, string]),
  ...[...GREEK_LOWER].map((c, i) => [0x61 + i, c] as [number, string]),
  [0x22, '∀'],
  [0x24, '∃'],
  [0x2d, '−'],
  [0x5c, '∴'],
  [0x5e, '⊥'],
  [0xa2, '′'],
  [0xa3, '≤'],
  [0xa5, '∞'],
  [0xac, '←'],
  [0xad, '↑'],
  [0xae, '→'],
  [0xaf, '↓'],
  [0xb0, '°'],
  [0xb1, '±'],
  [0xb2, '″'],
  [0xb3, '≥'],
  [0xb4, '×'],
  [0xb6, '∂'],
  [0xb7, '•'],
  [0xb8, '÷'],
  [0xb9, '≠'],
  [0xbb, '≈'],
  [0xbc, '…'],
  [0xc7, '∩'],
  [0xc8, '∪'],
  [0xce, '∈'],
  [0xd0, '∠'],
  [0xd6, '√'],
  [0xe5, '∑'],
  [0xf2, '∫'],
]);

// Symbol's digits and most ASCII punctuation are those characters themselves.
const SYMBOL_AS_ASCII = /^[ !#%&()+,./0-9:;<=>?[\]_{|}]$/;

// Wingdings: only the bullets and marks the bulletin fonts also have, and the check boxes.
const WINGDINGS = new Map<number, string>([
  [0x6c, '●'],
  [0x6e, '■'],
  [0x75, '◆'],
  [0xa8, '☐'],
  [0xab, '★'],
  [0xfb, '✗'],
  [0xfc, '✓'],
  [0xfd, '☒'],
  [0xfe, '☑'],
]);

// Wingdings 2: the check boxes, ticks and crosses of forms (R ☑, S and T ☒, £ ☐, P ✓, O ✗).
const WINGDINGS_2 = new Map<number, string>([
  [0x4f, '✗'],
  [0x50, '✓'],
  [0x52, '☑'],
  [0x53, '☒'],
  [0x54, '☒'],
  [0xa3, '☐'],
]);

/** The Unicode character for `code` (0x20–0xFF, or its U+F0xx form) in `font`, if it has one. */
export function symbolChar(font: string, code: number): string | undefined {
  const low = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  if (/^symbol$/i.test(font.trim()))
    return SYMBOL.get(low) ?? (SYMBOL_AS_ASCII.test(String.fromCharCode(low)) ? String.fromCharCode(low) : undefined);
  if (/^wingdings$/i.test(font.trim())) return WINGDINGS.get(low);
  if (/^wingdings 2$/i.test(font.trim())) return WINGDINGS_2.get(low);
  return undefined;
}

/** Fonts whose letters are pictures (Word shows ● for an l typed in Wingdings; StarBats is
 *  StarOffice's old one, still in files LibreOffice once wrote). */
export const isSymbolFont = (font: string | undefined): boolean =>
  font !== undefined && /^(symbol|wingdings( [23])?|webdings|marlett|mt extra|zapf ?dingbats|starbats)$/i.test(font.trim());
