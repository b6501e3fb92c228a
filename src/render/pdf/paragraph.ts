// Owns the layout of one paragraph block into line boxes: runs → atoms → measured → set (grid
// cells, compression) → broken into lines → pieces (consecutive atoms of one run) → placed. A tab sets what follows it flush
// right on the paragraph's last line (编印单位 left, date right). A hanging closing mark is placed
// after the line is justified, just past its last cell, and drawn last (reading order).
import type { Font } from 'fontkit';
import type { FontRole, Inline, ParagraphBlock, ParagraphStyle, PunctuationCompression, Run } from '../../model/model';
import { centreInCell, setAtoms, type StretchFit } from './cells';
import { quoteFromSong } from './full-width-quotes';
import type { OpenedFont } from '../../fonts/open-font';
import { fullWidthForm } from '../../fonts/full-width-forms';
import { drawnFromBase, scriptMetrics, type ScriptForm } from '../../fonts/script-forms';
import { VARIATION_SELECTOR } from '../../fonts/variation-sequences';
import { symbolFallback } from '../../fonts/symbol-face';
import { composesIn, hasCombiningMark } from '../../fonts/combining-marks';
import { measureSequence } from './sequence-glyphs';
import { placeLine } from './justify';
import { breakLines, keepTogether, type LineRange, type MeasuredAtom } from './linebreak';
import { measureText } from './measure';
import { cutOverlong } from './overlong';
import { shapeText } from './plain-shaping';
import { segment } from './segment';
import type { LineBox, Piece, PlacedPiece } from './types';

export type Fonts = Record<FontRole, OpenedFont>;

interface RunAtom extends MeasuredAtom {
  run: Run;
  /** Glyph spacing that fills the atom's slot (grid cells, compressed marks). */
  extra: number;
  /** A script form the face lacks, drawn from its base (fonts/script-forms.ts); else null. */
  script: ScriptForm | null;
  /** On the grid, the stretch of narrow glyphs fitted to whole cells it belongs to (cells.ts). */
  fit?: StretchFit;
  /** A symbol the role's face lacks, drawn from the bundled symbol face (fonts/symbol-face.ts). */
  symbol?: Font | null;
  /** Drawn from the role's sequence face: a character with its variation selector, or a letter
   * with combining marks drawn as its precomposed glyph (sequence-glyphs.ts). */
  sequence?: boolean;
  lead?: number;
}

/** How a paragraph is set: on the grid (a cell pitch) or proportionally, and its compression. */
export interface Setting {
  pitch: number | null;
  compression: PunctuationCompression;
  /** Hanging punctuation: one closing mark may hang past the right edge of a full line. */
  hang?: boolean;
}
export const PROPORTIONAL: Setting = { pitch: null, compression: 'consecutive' };

/** `limit`: the narrowest line's measure; a longer atom is cut where a line may end (overlong.ts). */
function runAtoms(runs: Run[], style: ParagraphStyle, fonts: Fonts, setting: Setting, limit = Infinity): RunAtom[] {
  const measured = runs.flatMap((given) => {
    const own = fonts[given.font ?? style.font].font;
    // A quote the role's face draws narrow is drawn from the Song face, in a run of its own (full-width-quotes.ts).
    let songRun: Run | undefined;
    const widthOf = (text: string) => measureText(own, text, style.size).width;
    return cutOverlong(segment(given.text), widthOf, limit, style.size).map((atom) => {
      const song = quoteFromSong(own, fonts.song.font, atom.text);
      const run = song ? (songRun ??= { ...given, font: 'song' }) : given;
      const font = song ? fonts.song.font : own;
      const symbol = atom.kind === 'cjk' && atom.text.length <= 2 ? symbolFallback(font, atom.text) : null;
      if (symbol) return { atom, run, script: null, symbol, ...measureText(symbol, atom.text, style.size) };
      const script = atom.text.length === 1 ? drawnFromBase(font, atom.text) : null;
      const sequence = atom.text.length > 1 && (holdsSelector(atom) || (hasCombiningMark(atom.text) && composesIn(font, atom.text)));
      // A drawn script form takes the advance of its base at the smaller size, as it is drawn.
      const { width, glyphs } = script
        ? measureText(font, script.base, style.size * scriptMetrics(font, script.position).scale)
        : sequence
          ? measureSequence(font, atom.text, style.size)
          : measureText(font, atom.text, style.size);
      // On the grid, a lone digit or letter may be set in its full-width form (cells.ts).
      const form = setting.pitch !== null && atom.text.length === 1 ? fullWidthForm(font, atom.text) : null;
      if (form)
        return { atom, run, width, glyphs, script, symbol, sequence, fullWidth: (form.advanceWidth * style.size) / font.unitsPerEm };
      return { atom, run, width, glyphs, script, symbol, sequence };
    });
  });
  const set = setAtoms(measured, { ...setting, size: style.size });
  // Fields spelled out rather than `...atom`: V8 builds spread-then-extend literals slowly, and
  // this runs once per character of the issue (measured: toBoxes 48 ms → 12 ms on the sample).
  return measured.map(({ atom, run, glyphs, script, symbol, sequence }, i) => ({
    text: atom.text,
    kind: atom.kind,
    noStart: atom.noStart,
    noEnd: atom.noEnd,
    squeezable: atom.squeezable,
    hangable: atom.hangable,
    run,
    width: set[i].slot + style.letterSpacing * glyphs,
    shrink: set[i].shrink,
    endShrink: set[i].endShrink,
    extra: set[i].extra,
    script,
    fit: set[i].fit,
    lead: set[i].lead,
    symbol,
    sequence,
  }));
}

/**
 * Whether a line is the text's end before an attribution that moved down whole to the last line:
 * set solid like a paragraph's last line, since the text ends there. Stretched over the cells the
 * attribution left (3 to 10 of 28) its glyphs would stand ≥ 0.1 em apart, which text extractors
 * copy as a space between each (a 简讯 item: 4月7日，…罗阳镇 above （泰顺县科协）).
 */
function endsBeforeAttribution(atoms: RunAtom[], line: LineRange, next: LineRange | undefined): boolean {
  if (!next || next.end !== atoms.length || !atoms[next.start + 1]?.glue || atoms[next.start].glue) return false;
  let end = line.end;
  while (end > line.start && atoms[end - 1].kind === 'space') end--;
  return end > line.start;
}

/** The last atom of a line, set narrower when line-end compression applies to it. */
function closeLine(atoms: RunAtom[]): RunAtom[] {
  let last = atoms.length - 1;
  while (last >= 0 && atoms[last].kind === 'space') last--;
  const cut = last >= 0 ? (atoms[last].endShrink ?? 0) : 0;
  if (cut === 0) return atoms;
  const glyphs = Array.from(atoms[last].text).length;
  const narrowed = { ...atoms[last], width: atoms[last].width - cut, extra: atoms[last].extra - cut / glyphs };
  return [...atoms.slice(0, last), narrowed, ...atoms.slice(last + 1)];
}

/** A dash (`——`, a single `—`, `──`): drawn as one joined line over its slot. */
const DASH_PAIR = /^(?:—+|─+)$/u;

/**
 * A dash as one continuous line filling its slot (its grid cells, or its own width): the glyphs
 * are stretched (PDF horizontal scaling) so their ink spans the slot less the font's side bearing
 * at each end, and two dashes are set closer by their blank sides so their strokes join; a single
 * glyph (a lone dash, or the face's own `——` ligature) is spaced to end at its slot, so no gap
 * after it reads as a space. Null when the face's dash has no ink to measure.
 */
function joinedDash(font: Piece['font'], text: string, slot: number, size: number): Pick<Piece, 'tracking' | 'scale' | 'joined'> | null {
  // The face may draw `——` as one ligature glyph (Noto CJK does) or as two dashes.
  const run = shapeText(font, text);
  if (run.glyphs.length === 0) return null;
  // fontkit's glyphs carry their ink box (bbox); our fontkit.d.ts declares only what others use.
  const { bbox } = (font as unknown as { getGlyph(id: number): { bbox?: { minX: number; maxX: number } } }).getGlyph(run.glyphs[0].id);
  const unit = size / font.unitsPerEm;
  const n = run.glyphs.length;
  const advance = run.glyphs[0].advanceWidth * unit;
  const left = (bbox?.minX ?? -1) * unit;
  const right = (bbox?.maxX ?? -1) * unit;
  if (!(right > left) || left < 0) return null;
  const scale = slot / (n * (right - left) + 2 * left);
  // Between strokes: set closer by their blank sides so they join; after the last: to the slot's end.
  const tracking = n === 1 ? slot / scale - advance : right - left - advance;
  return { tracking, scale, joined: true };
}

/** A script form the face lacks: its base glyph, smaller, raised or lowered (kept as typed: the
 * piece's text is the form itself, which the script face maps to the base glyph). */
function scriptPiece(run: Run, atom: RunAtom, script: ScriptForm, style: ParagraphStyle, fonts: Fonts): Piece {
  const role = run.font ?? style.font;
  const font = fonts[role].font;
  const { scale, rise } = scriptMetrics(font, script.position);
  const size = style.size * scale;
  const m = measureText(font, script.base, size);
  const color = run.color ?? style.color;
  const bold = run.bold ?? style.bold;
  const width = m.width + atom.extra * m.glyphs;
  const set = { text: atom.text, role, font, size, color, bold, width, glyphs: m.glyphs, script: script.position, rise: rise * style.size };
  return atom.extra === 0 ? set : { ...set, tracking: atom.extra };
}

function piece(run: Run, atoms: RunAtom[], style: ParagraphStyle, fonts: Fonts): Piece {
  if (atoms.length === 1 && atoms[0].script) return scriptPiece(run, atoms[0], atoms[0].script, style, fonts);
  const text = atoms.map((a) => a.text).join('');
  const role = run.font ?? style.font;
  const font = fonts[role].font;
  const bold = run.bold ?? style.bold;
  const extra = atoms[0].extra;
  const color = run.color ?? style.color;
  // A symbol the role's face lacks: drawn from the symbol face (shared-fonts.ts).
  const symbol = atoms.length === 1 ? atoms[0].symbol : null;
  if (symbol) {
    const s = measureText(symbol, text, style.size);
    // With its selector (☑️): drawn from the symbol face's sequence face, so it copies as both.
    const sequence = holdsSelector(atoms[0]) ? { sequence: true } : {};
    // Narrower than its grid cell (☑ 0.82 em, ✘ 0.77 em): centred in it as an ideograph is, its
    // blanks kept below what text extractors copy as a space (cells.ts centreInCell); given its
    // own width back on a line justification spreads (justify.ts), whose spacing would add to them.
    if (s.glyphs === 1 && extra > 0) {
      const { before, after, scale } = centreInCell(s.width, extra, style.size);
      return {
        text,
        role,
        font: symbol,
        size: style.size,
        color,
        bold,
        width: s.width + extra,
        glyphs: 1,
        tracking: after,
        lead: before,
        natural: s.width,
        ...(scale !== 1 ? { scale } : {}),
        symbol: true,
        ...sequence,
      };
    }
    return {
      ...sequence,
      text,
      role,
      font: symbol,
      size: style.size,
      color,
      bold,
      width: s.width + extra * s.glyphs,
      glyphs: s.glyphs,
      tracking: extra,
      symbol: true,
    };
  }
  // A sequence atom is a piece alone (piecesOf), measured as its sequence face draws it.
  const sequence = atoms[0].sequence === true;
  const m = sequence ? measureSequence(font, text, style.size) : measureText(font, text, style.size);
  if (atoms[0].fit?.full)
    return {
      text,
      role,
      font,
      size: style.size,
      color,
      bold,
      width: atoms[0].width,
      glyphs: 1,
      tracking: extra,
      lead: 0,
      natural: m.width,
      fullWidth: true,
    };
  if (atoms[0].fit)
    return fittedPiece(
      atoms,
      { text, role, font, size: style.size, color, bold, width: 0, glyphs: m.glyphs, ...(sequence ? { sequence } : {}) },
      m.width,
    );
  if (atoms.length === 1 && DASH_PAIR.test(text)) {
    const dash = joinedDash(font, text, m.width + extra * m.glyphs, style.size);
    if (dash) return { text, role, font, size: style.size, color, bold, width: m.width + extra * m.glyphs, glyphs: m.glyphs, ...dash };
  }
  // A character with its variation selector, a letter with its marks: drawn from the role's sequence face (shared-fonts.ts).
  if (sequence)
    return {
      text,
      role,
      font,
      size: style.size,
      color,
      bold,
      width: m.width + extra * m.glyphs,
      glyphs: m.glyphs,
      tracking: extra,
      sequence: true,
    };
  // Literals rather than spreads: V8 builds them far faster, and this runs for every piece.
  if (extra === 0) return { text, role, font, size: style.size, color, bold, width: m.width, glyphs: m.glyphs };
  return { text, role, font, size: style.size, color, bold, width: m.width + extra * m.glyphs, glyphs: m.glyphs, tracking: extra };
}

/**
 * Digits or Latin fitted to whole cells: the glyphs at their natural spacing (condensed when the
 * stretch was rounded down), the blank before them as the piece's lead and the rest after them.
 * A stretched line spaces them as it spaces the ideographs: justification put around them
 * instead would widen the gaps at their ends, which text extractors then read as spaces.
 */
function fittedPiece(atoms: RunAtom[], base: Piece, natural: number): Piece {
  const { scale } = atoms[0].fit!;
  const width = atoms.reduce((w, a) => w + a.width, 0);
  return { ...base, width, natural, tracking: 0, lead: atoms[0].lead ?? 0, ...(scale !== 1 ? { scale } : {}) };
}

/** An atom of a character and its variation selector (segment.ts keeps them together). */
function holdsSelector(atom: { text: string }): boolean {
  return atom.text.length > 1 && VARIATION_SELECTOR.test(atom.text);
}

/** Consecutive atoms of one run and one glyph spacing become one piece, without edge spaces. */
function piecesOf(atoms: RunAtom[], style: ParagraphStyle, fonts: Fonts): Piece[] {
  let start = 0;
  let end = atoms.length;
  while (start < end && atoms[start].kind === 'space') start++;
  while (end > start && atoms[end - 1].kind === 'space') end--;
  const pieces: Piece[] = [];
  for (let i = start; i < end;) {
    let j = i;
    // A dash pair is a piece of its own (it is drawn joined, see joinedDash), and so is a drawn
    // script form (its own size and baseline), a full-width form and a variation sequence (their own faces).
    if (DASH_PAIR.test(atoms[i].text) || atoms[i].script || atoms[i].fit?.full || atoms[i].sequence || atoms[i].symbol) j++;
    else
      while (
        j < end &&
        atoms[j].run === atoms[i].run &&
        Math.abs(atoms[j].extra - atoms[i].extra) < 1e-9 &&
        atoms[j].fit === atoms[i].fit &&
        (j === i || !atoms[j].lead) &&
        !DASH_PAIR.test(atoms[j].text) &&
        !atoms[j].script &&
        !atoms[j].sequence &&
        !atoms[j].symbol
      )
        j++;
    pieces.push(piece(atoms[i].run, atoms.slice(i, j), style, fonts));
    i = j;
  }
  return pieces;
}

/** The runs before the tab, cut into the segments a forced break (`<br/>`) ends, and the runs
 * after it. */
function splitAtTab(inlines: Inline[]): { left: Run[][]; right: Run[] | null } {
  const tab = inlines.findIndex((i) => i.kind === 'tab');
  const runs = (list: Inline[]) => list.filter((i): i is Run => i.kind === 'text');
  const segments: Run[][] = [[]];
  for (const inline of tab < 0 ? inlines : inlines.slice(0, tab)) {
    if (inline.kind === 'break') segments.push([]);
    else if (inline.kind === 'text') segments[segments.length - 1].push(inline);
  }
  return { left: segments, right: tab < 0 ? null : runs(inlines.slice(tab + 1)) };
}

export function layoutParagraph(
  block: ParagraphBlock,
  style: ParagraphStyle,
  fonts: Fonts,
  measure: number,
  setting: Setting = PROPORTIONAL,
): LineBox[] {
  const { left, right } = splitAtTab(block.inlines);
  const em = setting.pitch ?? style.size; // two characters are two cells on the grid
  const indent = style.indent * em;
  const hanging = (style.hanging ?? 0) * em;
  const align = right ? 'left' : style.align;
  // Each segment is set like a paragraph of its own, its last line unstretched; only the first
  // line of the whole paragraph is indented.
  const placed: PlacedPiece[][] = left.flatMap((runs, s) => {
    // A short attribution ending the paragraph (its last segment) is one unit: （陈雄） never splits.
    const first = s === 0 ? indent : hanging;
    const limit = measure - Math.max(first, hanging);
    const set = runAtoms(runs, style, fonts, setting, limit);
    const atoms = s === left.length - 1 ? keepTogether(set) : set;
    const ranges = breakLines(atoms, (n) => measure - (n === 0 ? first : hanging), { hang: setting.hang });
    if (ranges.length === 0) return [[]]; // an empty segment is an empty line, as in Word
    return ranges.map((range, n) => {
      const last = n === ranges.length - 1 || endsBeforeAttribution(atoms, range, ranges[n + 1]);
      const spec = { measure, indent: n === 0 ? first : hanging, align, last, letterSpacing: style.letterSpacing };
      if (!range.hang) return placeLine(piecesOf(closeLine(atoms.slice(range.start, range.end)), style, fonts), spec);
      // The line is set and justified without its hanging mark, which then follows its last cell.
      const line = placeLine(piecesOf(atoms.slice(range.start, range.end - 1), style, fonts), spec);
      const mark = atoms[range.end - 1];
      return [...line, hangingPiece(piece(mark.run, [mark], style, fonts), line, spec.indent, style.letterSpacing)];
    });
  });
  if (placed.length === 0) placed.push([]);
  if (right) setFlushRight(placed, piecesOf(runAtoms(right, style, fonts, setting), style, fonts), style, measure);

  const baseline = style.lineHeight / 2 + 0.38 * style.size; // centre the em box on the line
  return placed.map((pieces) => ({ pieces, height: style.lineHeight, baseline }));
}

/** Places a hanging mark where the next cell would start: just past the right edge on a
 * justified line (its width and spacing are not part of the line's justification). */
function hangingPiece(mark: Piece, line: PlacedPiece[], indent: number, letterSpacing: number): PlacedPiece {
  const last = line[line.length - 1];
  // The pen after the last piece, less the justification spacing PDF adds after its last glyph.
  const x = last
    ? last.x - (last.lead ?? 0) + last.width + (last.glyphs - 1) * (last.charSpacing - (last.tracking ?? 0)) + letterSpacing
    : indent;
  return { ...mark, x, charSpacing: mark.tracking ?? 0 };
}

/** Puts the pieces after a tab at the right edge of the last line, or a line of their own. */
function setFlushRight(lines: PlacedPiece[][], pieces: Piece[], style: ParagraphStyle, measure: number): void {
  const right = placeLine(pieces, { measure, indent: 0, align: 'right', last: true, letterSpacing: style.letterSpacing });
  const last = lines[lines.length - 1];
  const end = last.reduce((x, p) => Math.max(x, p.x - (p.lead ?? 0) + p.width + p.glyphs * (p.charSpacing - (p.tracking ?? 0))), 0);
  const start = right.length > 0 ? right[0].x : measure;
  if (last.length === 0 || end + style.size <= start) last.push(...right);
  else lines.push(right);
}
