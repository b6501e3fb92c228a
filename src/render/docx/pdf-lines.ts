// Line endings of the PDF that Word and LibreOffice would not find on their own, read from the
// PDF's line layout and given to the DOCX as character spacing on the line's Chinese characters
// (LibreOffice honours spacing on a run of digits or Latin letters only in part: the «4» of
// «4月28日» lands at the same place with −3.55, 0 and +3 pt).
// On the text grid:
// - a line the PDF stretched (a character pulled down so a paragraph's last line is not one
//   character alone, a mark that may not start a line): its characters are spaced by what the
//   PDF spread over them, less a margin, so the line is full in Word and LibreOffice too and
//   breaks where the PDF's does;
// - a closing mark the PDF hangs past the right edge: LibreOffice 7.4 hangs only some marks
//   (not ” or ）), so the line is set tighter by the mark's width and holds it inside;
// - digits or Latin the PDF fits to whole grid cells (condensed, or with a blank either side,
//   render/pdf/cells.ts): the line is set tighter or looser by what that changed;
// - a line with numbers inside Chinese text: LibreOffice adds space around them whatever the
//   document says, so the line is set tighter by that much; Word's line is then that much short
//   of the PDF's, less than a character, and a stretched line is made full, so Word breaks it the same.
// Set proportionally (justified, no letter spacing): every line but a paragraph's last is spaced
// so that its characters at their full widths (Word and LibreOffice compress no punctuation: the
// PDF's 。” and ），closed up are taken back) plus LibreOffice's space around numbers fill the
// measure less a margin, so the next character cannot join it; a last line only when it would
// not fit. Each line's spacing is whole twips that add up to the line's total.
// Either way, a line the PDF ends short of the measure (before an attribution kept whole) keeps
// its look, the rest of the measure less the margin going after its last character.
import type { DocumentModel } from '../../model/model';
import { segment } from '../pdf/segment';
import type { Box, LineBox, PlacedPiece } from '../pdf/types';
import { twips } from './units';

/** Extra character spacing in points, by character offset in the paragraph's text (its text
 * inlines one after another, tabs and breaks left out). */
export type LineSpacing = Map<number, number>;

/** What LibreOffice 7.4 adds between a Chinese character and a Latin letter or digit whatever
 * w:autoSpaceDE/w:autoSpaceDN say (its DOCX import ignores both), in em of the text size: 3.4–3.8
 * pt at 16 pt in its PDF of the kexie sample. */
export const LIBREOFFICE_AUTOSPACE_EM = 0.225;

const GREEK_CYRILLIC = /^[\u0370-\u04FF]$/u;

/** How many times a word or number meets a Chinese character in a line's text. */
export function latinBoundaries(text: string): number {
  const atoms = segment(text);
  let n = 0;
  // Greek and Cyrillic letters (π) are Western text to LibreOffice too, though the PDF sets them
  // as atoms of their own.
  const western = (a: (typeof atoms)[number] | undefined) => a?.kind === 'word' || (a?.kind === 'cjk' && GREEK_CYRILLIC.test(a.text));
  atoms.forEach((atom, i) => {
    if (!western(atom)) return;
    if (atoms[i - 1]?.kind === 'cjk' && !western(atoms[i - 1])) n++;
    if (atoms[i + 1]?.kind === 'cjk' && !western(atoms[i + 1])) n++;
  });
  return n;
}

/** Ideographs and full-width marks: the characters a proportional line's spacing goes on. */
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u201C\u201D\u2018\u2019\u2014\u2026]|[\u{20000}-\u{3FFFF}]/u;

/** Points of a stretched line's slack left unfilled, for rounding (twips per character) and for
 * what LibreOffice and Word measure differently; far less than a character. */
const MARGIN = 3;

/** Offsets of a paragraph's pieces in its text, line by line; null when a piece is not found
 * where expected (the text was reshaped), which leaves the paragraph unadjusted. */
function pieceOffsets(text: string, lines: readonly LineBox[]): number[][] | null {
  let cursor = 0;
  const out: number[][] = [];
  for (const line of lines) {
    const offsets: number[] = [];
    for (const piece of line.pieces) {
      const at = text.indexOf(piece.text, cursor);
      if (at < 0) return null;
      offsets.push(at);
      cursor = at + piece.text.length;
    }
    out.push(offsets);
  }
  return out;
}

/** Width of a piece as Word and LibreOffice set it: its glyphs' own advances, without the
 * PDF's compression (a joined dash keeps its width: it is never compressed). */
function fullWidth(piece: PlacedPiece): number {
  return piece.joined ? piece.width : piece.width - (piece.tracking ?? 0) * piece.glyphs;
}

/** Per paragraph block (by index), the spacing that pins the PDF's line ends: grid paragraphs,
 *  and justified proportional paragraphs without letter spacing (others are left as Word sets them). */
export function lineSpacings(model: DocumentModel, boxes: readonly Box[], measure: number): Map<number, LineSpacing> {
  const out = new Map<number, LineSpacing>();
  model.blocks.forEach((block, b) => {
    const box = boxes[b];
    if (block.kind !== 'paragraph' || box?.kind !== 'lines') return;
    const style = model.paragraphStyles[block.style];
    // A tab sets text flush right (the masthead's date): left as Word sets it.
    if (!style || block.inlines.some((i) => i.kind === 'tab')) return;
    const onGrid = Boolean(model.grid && style.grid);
    if (!onGrid && (model.grid || style.align !== 'justify' || style.letterSpacing !== 0)) return;
    const text = block.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join('');
    const offsets = pieceOffsets(text, box.lines);
    if (!offsets) return;
    const spacing: LineSpacing = new Map();
    /** Adds `total` points spread over the Chinese characters of [first, stop) of the text (all
     * of them in a line without any): on the grid evenly, else in whole twips adding up to the
     * total (the first characters one more). */
    const spread = (first: number, stop: number, total: number) => {
      const chars: Array<{ at: number; ch: string }> = [];
      for (let at = first; at < stop;) {
        const ch = String.fromCodePoint(text.codePointAt(at)!);
        chars.push({ at, ch });
        at += ch.length;
      }
      const chinese = chars.filter(({ ch }) => WIDE.test(ch));
      const over = chinese.length === 0 ? chars : chinese;
      const whole = twips(total);
      const each = Math.floor(whole / over.length);
      let more = whole - each * over.length;
      for (const { at } of over) {
        const add = onGrid ? total / over.length : (each + (more-- > 0 ? 1 : 0)) / 20;
        spacing.set(at, (spacing.get(at) ?? 0) + add);
      }
    };
    box.lines.forEach((line, n) => {
      const pieces = line.pieces;
      if (pieces.length === 0) return;
      const first = offsets[n][0];
      const last = pieces[pieces.length - 1];
      const stop = offsets[n][pieces.length - 1] + last.text.length;
      // LibreOffice's space around numbers.
      const autospace = LIBREOFFICE_AUTOSPACE_EM * style.size * latinBoundaries(text.slice(first, stop));
      if (n < box.lines.length - 1 && endOf(line) < measure - 1) {
        // A line the PDF ends short (before an attribution kept whole, at a forced break): set as
        // the PDF sets it, the rest of the measure less the margin going after its last
        // character, where it shows as nothing at the line's end and leaves the next no room.
        const lastChar = /[\udc00-\udfff]/.test(text[stop - 1]) ? stop - 2 : stop - 1;
        let rest: number;
        if (onGrid) {
          const tighter = fitted(line) - autospace;
          if (tighter !== 0) spread(first, stop, tighter);
          rest = measure - MARGIN - endOf(line);
        } else rest = twips(measure - line.pieces[0].x - MARGIN - naturalOf(line, autospace)) / 20;
        if (rest > 0) spacing.set(lastChar, (spacing.get(lastChar) ?? 0) + rest);
        return;
      }
      const total = onGrid
        ? gridTotal(box.lines, n, measure) + fitted(line) - autospace
        : proportionalTotal(line, measure, autospace, n === box.lines.length - 1);
      // Spread over every character of the line, as the PDF's justification spreads it.
      if (total !== 0) spread(first, stop, total);
    });
    if (spacing.size > 0) out.set(b, spacing);
  });
  return out;
}

/** What fitting digits and Latin to whole cells took from or added to a grid line's width, less
 * the margin when it took any: LibreOffice's space around the digits is only near 0.225 em, and a
 * full line it measures a little wider than the PDF's pushes its last character down. */
function fitted(line: LineBox): number {
  const fit = line.pieces.filter((p) => p.lead !== undefined && !p.symbol);
  if (fit.length === 0) return 0;
  return fit.reduce((sum, p) => sum + p.width - (p.natural ?? p.width), 0) - MARGIN;
}

/** A grid line's spacing besides LibreOffice's autospace: a hanging mark taken in, a stretched
 * line's slack given back. */
function gridTotal(lines: readonly LineBox[], n: number, measure: number): number {
  const pieces = lines[n].pieces;
  const last = pieces[pieces.length - 1];
  if (last.x >= measure - 0.5 && last.text.length === 1) {
    // The whole line, mark included, is set that much tighter: LibreOffice measures a line's
    // end in the run it breaks in, so a mark in a run of its own would not fit.
    return -last.width;
  }
  if (n < lines.length - 1) {
    // The justification spacing per glyph (a joined piece keeps its own), over the gaps between glyphs.
    const stretched = pieces.find((p) => !p.joined && p.lead === undefined) ?? pieces.find((p) => !p.joined);
    const glyphs = pieces.reduce((g, p) => g + p.glyphs, 0);
    const slack = stretched ? (stretched.charSpacing - (stretched.tracking ?? 0)) * (glyphs - 1) : 0;
    if (slack > MARGIN) return slack - MARGIN;
  }
  return 0;
}

/** Where the PDF's line ends: past its last glyph and the spacing between its glyphs. */
function endOf(line: LineBox): number {
  const last = line.pieces[line.pieces.length - 1];
  return last.x - (last.lead ?? 0) + last.width + (last.glyphs - 1) * (last.charSpacing - (last.tracking ?? 0));
}

/** A line's width in LibreOffice: its characters at full widths and LibreOffice's `autospace`. */
function naturalOf(line: LineBox, autospace: number): number {
  return line.pieces.reduce((w, p) => w + fullWidth(p), 0) + autospace;
}

/** A proportional line's spacing: what makes it, at full widths and with LibreOffice's
 * `autospace`, the measure (from its indent) less the margin; a paragraph's last line only
 * when it would not fit. */
function proportionalTotal(line: LineBox, measure: number, autospace: number, last: boolean): number {
  const natural = naturalOf(line, autospace);
  const room = measure - line.pieces[0].x;
  if (last && natural <= room) return 0;
  return room - MARGIN - natural;
}
