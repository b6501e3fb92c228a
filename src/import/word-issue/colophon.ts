// The 报尾 (版记) at the end of a back issue: `报：…` `送：…` `发：…` lines and `共印 N 份`, typed as
// paragraphs, in a text box or in a table, between rules. They go into the schema's colophon
// fields; a line the schema has no field for (`…印发`, `责任编辑：…`) is kept for a YAML comment.
import { squash } from '../text-rules';
import type { Unit } from '../intake/units';
import { isTypedRule, piecesOf } from './masthead-lines';

const LABELED = /^(报|送|发|抄报|抄送|报送|分送|发送|主送)[ \u3000]*[：:][ \u3000]*(\S[\s\S]*)$/;
const COPIES = /^[（(]?[ \u3000]*共印[ \u3000]*([0-9]{1,6})[ \u3000]*份[ \u3000]*[）)]?$/;
const NO_FIELD = /印发$|^(?:责任编辑|编辑|审核|审稿|签发|校对|联系电话|电话|地址)[ \u3000]*[：:]/;

type Piece =
  | { kind: 'labeled'; label: string; to: string; text: string }
  | { kind: 'copies'; copies: number; text: string }
  | { kind: 'kept'; text: string };

function readPiece(text: string): Piece | null {
  const l = LABELED.exec(text);
  if (l) return { kind: 'labeled', label: l[1], to: l[2].trim(), text };
  const c = COPIES.exec(text);
  if (c) return { kind: 'copies', copies: Number(c[1]), text };
  return NO_FIELD.test(squash(text)) ? { kind: 'kept', text } : null;
}

/** A unit's 报尾 pieces, or null when it is not a 报尾 line. A paragraph or cell that is one
 *  line (`报：…`, `…印发`) keeps its spaces; else it is split where tabs or wide spaces part it. */
function unitPieces(u: Unit): Piece[] | null {
  if (u.kind === 'photo') return null;
  if (isTypedRule(u.text)) return [];
  const cells = u.kind === 'row' ? u.text.replace(/^\|\s?|\s?\|$/g, '').split(' | ') : [u.text];
  const out: Piece[] = [];
  for (const cell of cells.map((c) => c.trim()).filter((c) => c !== '')) {
    const whole = /\t|共印/.test(cell) && !COPIES.test(cell) ? null : readPiece(cell);
    if (whole) {
      out.push(whole);
      continue;
    }
    const parts = piecesOf({ ...u, kind: 'text', text: cell }).map(readPiece);
    if (!parts.every((p): p is Piece => p !== null)) return null;
    out.push(...parts);
  }
  return out;
}

/** Index of the first unit of the trailing 报尾 run (units.length when there is none). */
export function colophonStart(units: Unit[]): number {
  let i = units.length;
  while (i > 0 && unitPieces(units[i - 1]) !== null) i--;
  const found = units.slice(i).some((u) => (unitPieces(u) ?? []).some((p) => p.kind !== 'kept'));
  return found ? i : units.length;
}

export interface ColophonRead {
  distribution: { label: string; to: string; no: number; text: string }[];
  copies?: { copies: number; no: number; text: string };
  /** 报尾 lines with no field: kept in a YAML comment, with a note. */
  kept: { no: number; text: string }[];
  /** Typed rule lines (the template draws its own rules). */
  rules: Unit[];
}

export function readColophon(units: Unit[]): ColophonRead {
  const out: ColophonRead = { distribution: [], kept: [], rules: [] };
  for (const u of units) {
    const pieces = unitPieces(u) ?? [];
    if (pieces.length === 0) out.rules.push(u);
    for (const p of pieces) {
      if (p.kind === 'labeled') out.distribution.push({ label: p.label, to: p.to, no: u.no, text: p.text });
      else if (p.kind === 'copies' && !out.copies) out.copies = { copies: p.copies, no: u.no, text: p.text };
      else out.kept.push({ no: u.no, text: p.text });
    }
  }
  return out;
}

/** How the template prints a 报尾 line (templates/kexie/partials/colophon.hbs). */
export const printedDistribution = (label: string, to: string): string => `${label}：${to}`;
export const printedCopies = (copies: number): string => `（共印 ${copies} 份）`;
