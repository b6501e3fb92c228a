// Owns the layout of one paragraph block into line boxes: runs → atoms → measured → broken
// into lines → pieces (consecutive atoms of one run) → placed. A tab sets what follows it flush
// right on the paragraph's last line (编印单位 left, date right).
import type { FontRole, Inline, ParagraphBlock, ParagraphStyle, Run } from '../../layout/model';
import type { OpenedFont } from './font-cache';
import { placeLine } from './justify';
import { breakLines, type MeasuredAtom } from './linebreak';
import { measureText } from './measure';
import { segment } from './segment';
import type { LineBox, Piece, PlacedPiece } from './types';

export type Fonts = Record<FontRole, OpenedFont>;

interface RunAtom extends MeasuredAtom {
  run: Run;
}

function runAtoms(runs: Run[], style: ParagraphStyle, fonts: Fonts): RunAtom[] {
  return runs.flatMap((run) => {
    const font = fonts[run.font ?? style.font].font;
    return segment(run.text).map((atom) => {
      const m = measureText(font, atom.text, style.size);
      const width = m.width + style.letterSpacing * m.glyphs;
      return { ...atom, run, width, shrink: atom.squeezable ? style.size / 2 : 0 };
    });
  });
}

function piece(run: Run, text: string, style: ParagraphStyle, fonts: Fonts): Piece {
  const role = run.font ?? style.font;
  const font = fonts[role].font;
  const m = measureText(font, text, style.size);
  const bold = run.bold ?? style.bold;
  return { text, role, font, size: style.size, color: run.color ?? style.color, bold, ...m };
}

/** Consecutive atoms of the same run become one piece, without edge spaces. */
function piecesOf(atoms: RunAtom[], style: ParagraphStyle, fonts: Fonts): Piece[] {
  let start = 0;
  let end = atoms.length;
  while (start < end && atoms[start].kind === 'space') start++;
  while (end > start && atoms[end - 1].kind === 'space') end--;
  const pieces: Piece[] = [];
  for (let i = start; i < end; ) {
    let j = i;
    let text = '';
    while (j < end && atoms[j].run === atoms[i].run) text += atoms[j++].text;
    pieces.push(piece(atoms[i].run, text, style, fonts));
    i = j;
  }
  return pieces;
}

function splitAtTab(inlines: Inline[]): { left: Run[]; right: Run[] | null } {
  const tab = inlines.findIndex((i) => i.kind === 'tab');
  const runs = (list: Inline[]) => list.filter((i): i is Run => i.kind === 'text');
  if (tab < 0) return { left: runs(inlines), right: null };
  return { left: runs(inlines.slice(0, tab)), right: runs(inlines.slice(tab + 1)) };
}

export function layoutParagraph(block: ParagraphBlock, style: ParagraphStyle, fonts: Fonts, measure: number): LineBox[] {
  const { left, right } = splitAtTab(block.inlines);
  const atoms = runAtoms(left, style, fonts);
  const indent = style.indent * style.size;
  const ranges = breakLines(atoms, (n) => (n === 0 ? measure - indent : measure));
  const align = right ? 'left' : style.align;
  const placed: PlacedPiece[][] = ranges.map((range, n) =>
    placeLine(piecesOf(atoms.slice(range.start, range.end), style, fonts), {
      measure, indent: n === 0 ? indent : 0, align, last: n === ranges.length - 1,
      letterSpacing: style.letterSpacing,
    }),
  );
  if (placed.length === 0) placed.push([]);
  if (right) setFlushRight(placed, piecesOf(runAtoms(right, style, fonts), style, fonts), style, measure);

  const baseline = style.lineHeight / 2 + 0.38 * style.size; // centre the em box on the line
  return placed.map((pieces) => ({ pieces, height: style.lineHeight, baseline }));
}

/** Puts the pieces after a tab at the right edge of the last line, or a line of their own. */
function setFlushRight(lines: PlacedPiece[][], pieces: Piece[], style: ParagraphStyle, measure: number): void {
  const right = placeLine(pieces, { measure, indent: 0, align: 'right', last: true, letterSpacing: style.letterSpacing });
  const last = lines[lines.length - 1];
  const end = last.reduce((x, p) => Math.max(x, p.x + p.width + p.glyphs * p.charSpacing), 0);
  const start = right.length > 0 ? right[0].x : measure;
  if (last.length === 0 || end + style.size <= start) last.push(...right);
  else lines.push(right);
}
