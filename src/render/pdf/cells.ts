// Owns how wide each atom is set, as opposed to how wide its glyphs are: on the text grid an
// ideograph or full-width mark takes whole cells (type-area width / 28), and punctuation
// compression takes half an em off marks that follow one another or end a line. Latin words
// and digits keep their measured width; justification later spreads what is left of the line.
import type { PunctuationCompression } from '../../model/model';
import type { Atom } from './segment';

export interface CellSetting {
  /** Cell width when the paragraph sits on the grid; null for proportional setting. */
  pitch: number | null;
  size: number;
  compression: PunctuationCompression;
}

export interface SetAtom {
  /** Width the atom occupies on the line (before letter spacing). */
  slot: number;
  /** What the PDF character spacing must add per glyph so the glyphs fill the slot. */
  extra: number;
  /** How much a squeezed line may take off this atom (prohibition pull-ups). */
  shrink: number;
  /** How much narrower the atom is set when it ends a line (line-end compression); negative for
   * a mark closed up with the next one, which a break between them restores to full width. */
  endShrink: number;
}

/** Full-width glyphs (ideographs, CJK marks, a 2-em ——) fill whole cells; others are measured. */
function cellsOf(atom: Atom, width: number, glyphs: number, size: number): number {
  if (atom.kind !== 'cjk' || glyphs === 0 || width / glyphs < 0.75 * size) return 0;
  return Math.max(1, Math.round(width / size));
}

export function setAtoms(atoms: ReadonlyArray<{ atom: Atom; width: number; glyphs: number }>, s: CellSetting): SetAtom[] {
  const em = s.pitch ?? s.size;
  const set = atoms.map(({ atom, width, glyphs }): SetAtom => {
    const cells = s.pitch === null ? 0 : cellsOf(atom, width, glyphs, s.size);
    const slot = cells > 0 ? cells * s.pitch! : width;
    return { slot, extra: glyphs > 0 ? (slot - width) / glyphs : 0, shrink: 0, endShrink: 0 };
  });
  const compressed = new Set<number>();
  if (s.compression !== 'none') {
    // The first of two adjacent marks loses its blank half: 。” ，“ ）。 （“ all close up.
    for (let i = 0; i + 1 < atoms.length; i++) {
      if (atoms[i].atom.squeezable && atoms[i + 1].atom.squeezable) {
        set[i].slot -= em / 2;
        set[i].extra -= em / 2;
        // A line break between the two parts them: without line-end compression the first mark
        // then ends its line at its full width again (its blank half must not reach past the edge).
        if (s.compression === 'consecutive') set[i].endShrink = -em / 2;
        compressed.add(i);
      }
    }
  }
  atoms.forEach(({ atom }, i) => {
    if (s.compression === 'none' || !atom.squeezable || compressed.has(i)) return;
    set[i].shrink = em / 2;
    if (s.compression === 'line-end' && !atom.noEnd) set[i].endShrink = em / 2;
  });
  return set;
}
