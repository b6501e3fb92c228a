// Breaks long titles by GB/T 9704 7.3.3 (回行时词意完整，排列对称，长短适宜): a title the author
// set without `\n` that does not fit one line gets explicit breaks at whole words, into the
// fewest lines, balanced in length and shaped as a trapezoid or diamond. The breaks go into the
// model as `break` inlines, so the PDF and the DOCX print the same lines. An author's `\n`
// always wins: only a segment between the author's breaks that overflows is broken further.
import type { Block, FontFace, FontRole, Inline, ParagraphStyle, Run, TextGrid } from '../model/model';
import { NO_END, NO_START, isWestern } from '../model/punctuation';
import { openFont } from '../fonts/open-font';
import { drawnFromBase, isScriptForm, scriptMetrics } from '../fonts/script-forms';
import { mayUseSymbolFace, symbolFallback } from '../fonts/symbol-face';
import { VARIATION_SELECTOR } from '../fonts/variation-sequences';
import { hasCombiningMark } from '../fonts/combining-marks';

/** Advance width of one character in `role`, in pt per pt of size (em fraction). */
export type CharWidth = (role: FontRole, char: string) => number;

interface Token {
  text: string;
  /** Width in pt as set in the title's style. */
  width: number;
  /** Characters that count towards a line's length (not spaces). */
  chars: number;
  space: boolean;
  /** A single ideograph the segmenter could not join to a word (perhaps part of a name). */
  single: boolean;
  /** Punctuation only. */
  mark: boolean;
}

export interface TitleSetting {
  style: ParagraphStyle;
  /** Type-area width. */
  measure: number;
  /** The text grid when the style sits on it (an ideograph then takes one cell). */
  grid: TextGrid | null;
  width: CharWidth;
}

/** Fewer characters than this alone on a line look stranded (7.3.3: 长短适宜). */
const MIN_LINE = 3;
/** The most lines a title is broken into; past that it is left to the renderer's wrapping. */
const MAX_LINES = 6;
/** Partitions examined before giving up on a (pathologically long) title. */
const SEARCH_BUDGET = 100_000;
/** A line must fit with this much to spare, so rounding never pushes a character down. */
const SLACK = 0.5;

let segmenter: Intl.Segmenter | null = null;

/** The title's words as `Intl.Segmenter('zh')` finds them (ICU's dictionary, nothing shipped). */
export function titleWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

const IDEOGRAPH = /^\p{Script=Han}$/u;
const PUNCTUATION = /^[\p{P}\p{S}]+$/u;

function tokensOf(text: string, role: FontRole, s: TitleSetting): Token[] {
  const size = s.style.size;
  return titleWords(text).map((word) => {
    const chars = Array.from(word);
    let width = 0;
    for (const ch of chars) {
      const advance = s.width(role, ch) * size;
      width +=
        (s.grid && advance >= 0.75 * size && !isWestern(ch) ? Math.max(1, Math.round(advance / size)) * s.grid.charPitch : advance) +
        s.style.letterSpacing;
    }
    const space = /^\s+$/u.test(word);
    return {
      text: word,
      width,
      chars: space ? 0 : chars.length,
      space,
      single: chars.length === 1 && IDEOGRAPH.test(word),
      mark: PUNCTUATION.test(word),
    };
  });
}

/** Whether a line may end before token i, and how much a break there costs (in em): nothing
 * between words, at a space or next to punctuation; 1 next to a lone ideograph, which may be part
 * of a word the dictionary does not know; 3 between two (a name 林|建|波, 试|点): most likely a split. */
function breakCost(tokens: Token[], i: number): number | null {
  const before = tokens[i - 1];
  const after = tokens[i];
  // A superscript or subscript stays with what it follows (CO₂, m²), as in the PDF's line breaker.
  if (after.space || NO_START.has(after.text[0]) || isScriptForm(after.text[0]) || NO_END.has(before.text[before.text.length - 1]))
    return null;
  if (before.space || before.mark || after.mark) return 0;
  return before.single && after.single ? 3 : before.single || after.single ? 1 : 0;
}

/** Width of tokens [start, end) without the spaces at either end (they do not print there). */
function lineWidth(tokens: Token[], start: number, end: number): number {
  while (start < end && tokens[start].space) start++;
  while (end > start && tokens[end - 1].space) end--;
  let w = 0;
  for (let i = start; i < end; i++) w += tokens[i].width;
  return w;
}

/** A trapezoid (lines grow or shrink steadily) or a diamond (grow, then shrink) costs nothing;
 * any other shape (an hourglass) is what 7.3.3 rules out. `tolerance`: lengths this close count as equal. */
function shapeCost(widths: number[], tolerance: number): number {
  let i = 1;
  while (i < widths.length && widths[i] >= widths[i - 1] - tolerance) i++;
  while (i < widths.length && widths[i] <= widths[i - 1] + tolerance) i++;
  return i < widths.length ? 2 : 0;
}

/** Token indices where lines start (after the first), or null when the text fits one line or
 * no whole-word break fits. */
export function titleBreaks(tokens: Token[], s: TitleSetting): number[] | null {
  const em = s.style.size;
  const first = s.measure - s.style.indent * (s.grid?.charPitch ?? em);
  const fits = (start: number, end: number, line: number) => lineWidth(tokens, start, end) <= (line === 0 ? first : s.measure) - SLACK;
  if (fits(0, tokens.length, 0)) return null;
  const costs = tokens.map((_, i) => (i === 0 ? null : breakCost(tokens, i)));
  const charsTo: number[] = [0];
  const widthTo: number[] = [0];
  tokens.forEach((t, i) => {
    charsTo.push(charsTo[i] + t.chars);
    widthTo.push(widthTo[i] + t.width);
  });
  // What is left after a line must fit the lines left (a bound: spaces at line ends count here).
  const restFits = (from: number, linesLeft: number) => widthTo[tokens.length] - widthTo[from] <= linesLeft * s.measure + SLACK * linesLeft;
  let budget = SEARCH_BUDGET;
  const fewest = Math.max(2, Math.ceil((widthTo[tokens.length] - (first - s.measure)) / (s.measure + SLACK) - 1e-9));
  for (let lines = fewest; lines <= MAX_LINES; lines++) {
    let best: { cost: number; starts: number[] } | null = null;
    const starts: number[] = [];
    const search = (start: number, line: number, cost: number) => {
      if (--budget < 0) return;
      if (line === lines - 1) {
        if (charsTo[tokens.length] - charsTo[start] < MIN_LINE || !fits(start, tokens.length, line)) return;
        const bounds = [0, ...starts, tokens.length];
        const widths = bounds.slice(1).map((end, k) => lineWidth(tokens, bounds[k], end) / em);
        const total =
          cost + Math.max(...widths) - Math.min(...widths) + shapeCost(widths, 0.5) + (widths[0] < widths[widths.length - 1] ? 0.01 : 0);
        if (!best || total < best.cost - 1e-9) best = { cost: total, starts: [...starts] };
        return;
      }
      for (let end = start + 1; end < tokens.length && fits(start, end, line); end++) {
        const c = costs[end];
        if (c === null || charsTo[end] - charsTo[start] < MIN_LINE || !restFits(end, lines - line - 1)) continue;
        starts.push(end);
        search(end, line + 1, cost + c);
        starts.pop();
      }
    };
    search(0, 0, 0);
    if (budget < 0) return null;
    if (best) return (best as { starts: number[] }).starts;
  }
  return null;
}

/** The runs of one author's line with breaks inserted before the character offsets `at`. */
function splitRuns(runs: Run[], at: number[]): Inline[] {
  const out: Inline[] = [];
  let offset = 0;
  let next = 0;
  for (const run of runs) {
    let from = 0;
    while (next < at.length && at[next] - offset < run.text.length) {
      const cut = at[next] - offset;
      if (cut > from) out.push({ ...run, text: run.text.slice(from, cut) });
      out.push({ kind: 'break' });
      from = cut;
      next++;
    }
    if (from < run.text.length) out.push(from === 0 ? run : { ...run, text: run.text.slice(from) });
    offset += run.text.length;
  }
  return out;
}

/** The inlines of a title with its long lines broken (the author's breaks kept). */
export function breakTitle(inlines: Inline[], role: FontRole, s: TitleSetting): Inline[] {
  if (inlines.some((i) => i.kind === 'tab')) return inlines;
  const segments: Run[][] = [[]];
  for (const inline of inlines) {
    if (inline.kind === 'break') segments.push([]);
    else if (inline.kind === 'text') segments[segments.length - 1].push(inline);
  }
  const out: Inline[] = [];
  segments.forEach((runs, n) => {
    if (n > 0) out.push({ kind: 'break' });
    const text = runs.map((r) => r.text).join('');
    // A line that fits even at a full em (or cell) a character needs no measuring, so a DOCX-only
    // build with short titles never opens a font; a symbol-face glyph may be wider than an em (☼).
    const em = Math.max(s.style.size, s.grid?.charPitch ?? 0) + s.style.letterSpacing;
    const fitsAtEm = Array.from(text).length * em <= s.measure - s.style.indent * (s.grid?.charPitch ?? s.style.size) - SLACK;
    if (fitsAtEm && !mayUseSymbolFace(text)) return out.push(...runs);
    const tokens = tokensOf(text, runs[0]?.font ?? role, s);
    const starts = tokens.length > 1 ? titleBreaks(tokens, s) : null;
    if (!starts) return out.push(...runs);
    const offsets = starts.map((t) => tokens.slice(0, t).reduce((o, tok) => o + tok.text.length, 0));
    out.push(...splitRuns(runs, offsets));
  });
  return out;
}

/** Breaks every centred `title` paragraph of the blocks in place. */
export function breakTitles(
  blocks: Block[],
  styles: Record<string, ParagraphStyle>,
  measure: number,
  grid: TextGrid | null,
  width: CharWidth,
): void {
  for (const block of blocks) {
    const style = styles[block.kind === 'paragraph' ? block.style : ''];
    if (block.kind !== 'paragraph' || block.style !== 'title' || !style || style.align !== 'center') continue;
    block.inlines = breakTitle(block.inlines, style.font, { style, measure, grid: grid && style.grid ? grid : null, width });
  }
}

/** Advance widths read from the resolved fonts (em fractions). */
export function fontWidths(fonts: Record<FontRole, FontFace>): CharWidth {
  return (role, char) => {
    // A variation selector or a combining mark is drawn with the character before it, as one
    // glyph (variation-sequences.ts, combining-marks.ts) or over it.
    if (VARIATION_SELECTOR.test(char) || hasCombiningMark(char)) return 0;
    const { font } = openFont(fonts[role]);
    // A symbol the face lacks is drawn from the bundled symbol face (symbol-face.ts): its width is that face's.
    const symbol = symbolFallback(font, char);
    if (symbol) return symbol.glyphForCodePoint(char.codePointAt(0)!).advanceWidth / symbol.unitsPerEm;
    // A script form the face lacks is drawn as its base at a smaller size (script-forms.ts).
    const script = drawnFromBase(font, char);
    const drawn = script ? script.base : char;
    const scale = script ? scriptMetrics(font, script.position).scale : 1;
    return (scale * font.glyphForCodePoint(drawn.codePointAt(0)!).advanceWidth) / font.unitsPerEm;
  };
}
