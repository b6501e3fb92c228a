// Owns the split of text into atoms, the smallest pieces a line may break between (W3C clreq
// §3.1): one ideograph or punctuation mark, a whole Latin word or number, a whole `——` or `……`,
// or a run of spaces. It also classifies atoms for the line-start/line-end prohibitions.
import { HANGABLE, NO_END, NO_START, SQUEEZABLE } from '../../model/punctuation';
import { isScriptForm } from '../../fonts/script-forms';
import { INVISIBLE } from './invisible';

export type AtomKind = 'cjk' | 'word' | 'space';

/** Read-only: ideographs' atoms are shared (see ideographAtom). */
export interface Atom {
  readonly text: string;
  readonly kind: AtomKind;
  readonly noStart: boolean;
  readonly noEnd: boolean;
  readonly squeezable: boolean;
  /** May hang past the right edge when it alone follows a full line (see HANGABLE). */
  readonly hangable: boolean;
}

// Latin letters and digits stay together, with inner joiners such as 3.5, 1,000, COVID-19, it's,
// R&D, C+D, a URL's :// (so https:// never ends a line at its colon): a joiner alone would be an atom of its own, given a cell and justification space.
// Sticky patterns matched at a position: the text is scanned once, never re-sliced per atom.
// A combining mark belongs to the letter before it, inside a word too (Mu + U+0308 + ller).
// A soft hyphen or a word joiner inside a word keeps it whole (typed to be invisible, see
// invisible.ts); a no-break space joins a number's groups (5 000): UAX #14's GL and WJ classes.
const WORD =
  /(?:[A-Za-z0-9\u00C0-\u024F][\p{M}\u00AD\u2060\uFEFF]*)+(?:(?::\/\/|[.,:'’\-/_&+\u00A0\u202F\u2007])(?:[A-Za-z0-9\u00C0-\u024F][\p{M}\u00AD\u2060\uFEFF]*)+)*%?/uy;
const SPACES = /[ \t\u00A0\u202F\u2007\u3000]+/uy;
// No-break spaces (GL) and joiners (WJ): a line never ends after them (nor, being spaces or
// attached to the character before, starts with them).
const NO_BREAK = /[\u00A0\u202F\u2007\u2060\uFEFF]/u;
// Dashes and ellipses come in pairs (`——`, `……`) and must never be split across lines.
const PAIRED = /(?:—{2,}|…{2,}|─{2,})/uy;
// Combining marks and variation selectors (葛 + U+E0100, a + U+030C) belong to the character
// before them: never a break, a cell or a piece of their own between them. So do the invisible
// format characters (soft hyphen, zero-width space, word joiner, U+FEFF), which print nothing.
const MARKS = new RegExp(`[\\p{M}${INVISIBLE}]+`, 'uy');

/** The atom of `text`, classified for the line-start and line-end prohibitions. */
export function atom(text: string, kind: AtomKind): Atom {
  const first = text[0];
  const last = text[text.length - 1];
  return {
    text,
    kind,
    // A superscript or subscript belongs to what it follows: m² and CO₂ never break before it.
    noStart: kind !== 'space' && (NO_START.has(first) || isScriptForm(first)),
    noEnd: (kind !== 'space' && NO_END.has(last)) || NO_BREAK.test(kind === 'space' ? text : last),
    squeezable: kind === 'cjk' && text.length === 1 && SQUEEZABLE.has(text),
    hangable: kind === 'cjk' && text.length === 1 && HANGABLE.has(text),
  };
}

/** The text of `pattern` matched exactly at `at`, or null. */
function matchAt(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0] ?? null;
}

/**
 * Whether the UTF-16 unit is an ideograph of the BMP (CJK Extension A, the URO, compatibility
 * ideographs): none can start a word, a run of spaces or a paired mark, so it is an atom alone.
 */
function isIdeograph(unit: number): boolean {
  return (unit >= 0x3400 && unit <= 0x9fff) || (unit >= 0xf900 && unit <= 0xfaff);
}

// An ideograph's atom is the same every time: one shared, frozen object per character instead
// of a new one for each of the thousands in an issue. At most the ~28,000 BMP ideographs.
const ideographAtoms = new Map<string, Atom>();

function ideographAtom(char: string): Atom {
  let shared = ideographAtoms.get(char);
  if (!shared) ideographAtoms.set(char, (shared = Object.freeze(atom(char, 'cjk'))));
  return shared;
}

// A long URL or path is one word wider than the line: it may break after a / or a . (clreq lets
// Latin runs break where their own conventions do), so it is set as pieces ending in those.
const LONG_WORD = 24;
const URL_BREAK = /[^/.]*[/.]+|[^/.]+$/gu;

function pushWord(atoms: Atom[], word: string): void {
  if (word.length < LONG_WORD || !/[/.]/.test(word)) {
    atoms.push(atom(word, 'word'));
    return;
  }
  for (const part of word.match(URL_BREAK) ?? [word]) atoms.push(atom(part, 'word'));
}

export function segment(text: string): Atom[] {
  const atoms: Atom[] = [];
  let at = 0;
  while (at < text.length) {
    let match: string | null;
    if (isIdeograph(text.charCodeAt(at))) atoms.push(ideographAtom((match = text[at])));
    else if ((match = matchAt(WORD, text, at)) !== null) pushWord(atoms, match);
    else if ((match = matchAt(SPACES, text, at)) !== null) atoms.push(atom(match, 'space'));
    else if ((match = matchAt(PAIRED, text, at)) !== null) atoms.push(atom(match, 'cjk'));
    // One code point (not one UTF-16 unit): ideographs outside the BMP stay whole.
    else atoms.push(atom((match = String.fromCodePoint(text.codePointAt(at)!)), 'cjk'));
    at += match.length;
    const last = atoms[atoms.length - 1];
    const marks = last.kind === 'space' ? null : matchAt(MARKS, text, at);
    if (marks !== null) {
      atoms[atoms.length - 1] = atom(last.text + marks, last.kind);
      at += marks.length;
    }
  }
  return atoms;
}

/** Whether a line may end between `before` and `after`. */
export function canBreakBetween(before: Atom, after: Atom): boolean {
  if (after.kind === 'space') return false; // break after spaces, so they hang at the line end
  return !after.noStart && !before.noEnd;
}
