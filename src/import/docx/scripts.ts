// Superscript and subscript runs (m², CO₂, 10⁶) as the Unicode characters Word's raised or
// lowered small digits stand for, when every character of the run has one.
import type { RunLook } from './styles';

const SUPER: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  '−': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
};
const SUB: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  '−': '₋',
  '=': '₌',
  '(': '₍',
  ')': '₎',
};

export type Script = 'superscript' | 'subscript';

/** w:vertAlign, or (as LibreOffice writes it) a raised or lowered run set smaller than the paragraph. */
export function scriptOf(look: RunLook, paragraph: RunLook): Script | undefined {
  if (look.vert === 'superscript' || look.vert === 'subscript') return look.vert;
  if (look.vert === 'baseline' || !look.position) return undefined;
  const smaller = look.size === undefined || paragraph.size === undefined || look.size < paragraph.size;
  if (!smaller) return undefined;
  return look.position > 0 ? 'superscript' : 'subscript';
}

/** The run in super/subscript characters, or null when one of its characters has none. */
export function toScript(text: string, script: Script): string | null {
  const map = script === 'superscript' ? SUPER : SUB;
  let out = '';
  for (const ch of text) {
    if (map[ch]) out += map[ch];
    else if (/\s/.test(ch)) out += ch;
    else return null;
  }
  return out;
}
