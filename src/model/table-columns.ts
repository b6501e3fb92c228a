// Owns how a table's width is shared among its columns, for both renderers: the PDF measures the
// cells' text with the fonts, the DOCX estimates it from the characters (it has no fonts to hand).
import type { Inline, TableBlock } from './model';

/**
 * Widths that fill the type area. A column narrower than an equal share of what is left keeps its
 * natural width (short columns are never wrapped); the wide ones share the rest in proportion to
 * their natural widths, never under `min`. Columns that fit anyway share the slack equally.
 */
export function columnWidths(natural: number[], measure: number, min: number): number[] {
  const n = natural.length;
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= measure) return natural.map((w) => w + (measure - total) / n);
  if (n * min >= measure) return natural.map(() => measure / n);
  const kept = new Set<number>();
  for (;;) {
    const left = measure - [...kept].reduce((a, c) => a + natural[c], 0);
    const open = natural.map((_, c) => c).filter((c) => !kept.has(c));
    const share = left / open.length;
    const more = open.filter((c) => natural[c] <= share);
    if (more.length === 0) {
      const wide = open.reduce((a, c) => a + natural[c], 0);
      const widths = natural.map((w, c) => (kept.has(c) ? w : Math.max(min, (left * w) / wide)));
      // Floors at `min` may overshoot: take the excess from the columns above it.
      const over = widths.reduce((a, b) => a + b, 0) - measure;
      const room = open.reduce((a, c) => a + (widths[c] - min), 0);
      return widths.map((w, c) => (kept.has(c) || room <= 0 ? w : w - (over * (w - min)) / room));
    }
    more.forEach((c) => kept.add(c));
  }
}

/** A cell's width on one line estimated in em: full-width characters one em, others half. */
function estimate(inlines: Inline[]): number {
  let em = 0;
  for (const i of inlines) if (i.kind === 'text') for (const ch of i.text) em += /[\u1100-\uFFEF]/.test(ch) ? 1 : 0.5;
  return em;
}

/** Column widths for a table of `size` pt type across `measure` pt, each cell padded by `pad` pt a side. */
export function estimatedWidths(table: TableBlock, size: number, measure: number, pad: number): number[] {
  const columns = Math.max(...table.rows.map((r) => r.cells.length));
  const natural = Array.from(
    { length: columns },
    (_, c) => Math.max(0, ...table.rows.map((r) => estimate(r.cells[c] ?? []))) * size + 2 * pad,
  );
  return columnWidths(natural, measure, 2 * size + 2 * pad);
}
