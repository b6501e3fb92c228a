// Owns the face a symbol is drawn from when the role's own face lacks it: Noto Sans Symbols 2,
// bundled through npm. Departments' forms bring ☑ ☐ ☒ ✔ ✘ (Word draws them from Wingdings or
// Segoe UI Symbol; intake maps them to Unicode), which none of the bundled Chinese faces has, and
// Word and WPS fall back to a symbol font for them too. Only a character the role's face lacks is
// drawn from it, in the PDF and in the DOCX (which carries the face's subset, render/docx/symbol-runs.ts).
import path from 'node:path';
import type { Font } from 'fontkit';
import { openFont } from './open-font';

/** The bundled symbol face's family name, as the DOCX names it. */
export const SYMBOL_FAMILY = 'Noto Sans Symbols 2';

/** The bundled symbol face's file. */
export function symbolFaceFile(): string {
  const dir = path.dirname(require.resolve('@expo-google-fonts/noto-sans-symbols-2/package.json'));
  return path.join(dir, '400Regular', 'NotoSansSymbols2_400Regular.ttf');
}

let symbols: Font | null | undefined;

/** The symbol face, opened on first need, once per process; null when it cannot be opened. */
export function symbolFont(): Font | null {
  if (symbols === undefined) {
    try {
      symbols = openFont({ family: SYMBOL_FAMILY, file: symbolFaceFile() }).font;
    } catch {
      symbols = null;
    }
  }
  return symbols;
}

/** The symbol face if something asked for it already (a document that uses none does not open it). */
export function symbolFontIfOpened(): Font | null {
  return symbols ?? null;
}

/** Arrows, mathematical and technical signs, boxes, shapes, dingbats (U+2190–2BFF) and the
 * symbols of the supplementary planes: a text face may lack them. Letters and punctuation a face
 * lacks are the face's problem, named by the preflight (JB604). */
const isSymbol = (cp: number) => (cp >= 0x2190 && cp <= 0x2bff) || (cp >= 0x1f000 && cp <= 0x1fbff);

const SYMBOL_RANGE = /[\u2190-\u2bff\u{1f000}-\u{1fbff}]/u;

/** Whether `text` holds a character the symbol face may be asked to draw: a cheap test that
 * lets text without one skip opening any font. */
export function mayUseSymbolFace(text: string): boolean {
  return SYMBOL_RANGE.test(text);
}

const answers = new WeakMap<Font, Map<string, Font | null>>();

/** The symbol face when `char` (one code point) is a symbol missing from `font` that the symbol
 * face has; else null. Asked once per face and character. */
export function symbolFallback(font: Font, char: string): Font | null {
  // Most characters asked about are ideographs: answered without a lookup.
  if (!isSymbol(char.codePointAt(0)!)) return null;
  let known = answers.get(font);
  if (!known) answers.set(font, (known = new Map()));
  let answer = known.get(char);
  if (answer === undefined) {
    const cp = char.codePointAt(0)!;
    const face = font.hasGlyphForCodePoint(cp) ? null : symbolFont();
    answer = face?.hasGlyphForCodePoint(cp) ? face : null;
    known.set(char, answer);
  }
  return answer;
}
