// Finds an article's displayed title from its 本期要目 line. Extraction may split a title over two
// lines (with a blank line between) or add a space where the printed title had a line break, so
// the comparison ignores all spaces; the display title keeps the break as `\n`.
import { isBlank } from './lines';
import { squash } from './text-rules';
import type { Line } from './types';

export interface TitleMatch {
  /** Index of the title's first line and one past its last. */
  start: number;
  end: number;
  /** The title as displayed: parts joined by `\n`. */
  title: string;
}

function displayTitle(parts: string[], toc: string): string {
  if (parts.length > 1) return parts.map((p) => p.trim()).join('\n');
  const one = parts[0].trim();
  // One run of spaces that the TOC line does not have marks where the printed title broke.
  const runs = one.match(/[ \u3000]+/g) ?? [];
  const tocHasSpace = /[ \u3000]/.test(toc);
  return runs.length === 1 && !tocHasSpace ? one.replace(/[ \u3000]+/, '\n') : one;
}

export function matchTitleAt(lines: readonly Line[], i: number, toc: string): TitleMatch | null {
  const want = squash(toc);
  if (!want || isBlank(lines[i])) return null;
  const first = squash(lines[i].text);
  if (first === want) return { start: i, end: i + 1, title: displayTitle([lines[i].text], toc) };
  if (!want.startsWith(first)) return null;
  let j = i + 1;
  while (j < lines.length && isBlank(lines[j]) && j - i <= 2) j++;
  if (j < lines.length && first + squash(lines[j].text) === want) {
    return { start: i, end: j + 1, title: displayTitle([lines[i].text, lines[j].text], toc) };
  }
  return null;
}

/** Character-bigram overlap (Dice), for titles edited after their TOC line was written. */
export function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const out = new Map<string, number>();
    const chars = [...squash(s)];
    for (let k = 0; k + 1 < chars.length; k++) out.set(chars[k] + chars[k + 1], (out.get(chars[k] + chars[k + 1]) ?? 0) + 1);
    return out;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  let total = 0;
  ga.forEach((n, g) => {
    shared += Math.min(n, gb.get(g) ?? 0);
    total += n;
  });
  gb.forEach((n) => (total += n));
  return total === 0 ? 0 : (2 * shared) / total;
}
