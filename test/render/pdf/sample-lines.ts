// Read-back analysis shared by the sample tests: groups pdfjs text items into lines, and matches
// the lines of justified paragraphs back to the model's paragraphs, so each line is known
// to be its paragraph's last or not (no guessing from indents).
import type { Block, DocumentModel } from '../../../src/model/model';
import type { PdfPage, PdfTextItem } from '../../helpers/pdf-read';

export interface ReadLine {
  page: number;
  y: number;
  items: PdfTextItem[];
  /** Text without whitespace. */
  text: string;
}

export interface ParagraphLine extends ReadLine {
  final: boolean;
}

const squash = (s: string) => s.replace(/\s+/gu, '');

/** Lines of text set at `size`, in reading order, inside the type area (folios excluded). */
export function linesAt(pages: PdfPage[], size: number, bottomOfArea: number): ReadLine[] {
  return pages.flatMap((p, i) => {
    const byY = new Map<number, PdfTextItem[]>();
    for (const it of p.items) {
      if (Math.abs(it.height - size) > 0.01 || it.y > bottomOfArea + 0.5 || !squash(it.text)) continue;
      const key = Math.round(it.y * 100) / 100;
      byY.set(key, [...(byY.get(key) ?? []), it]);
    }
    return [...byY.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([y, items]) => {
        items.sort((a, b) => a.x - b.x);
        return { page: i + 1, y, items, text: squash(items.map((it) => it.text).join('')) };
      });
  });
}

function paragraphTexts(blocks: Block[], model: DocumentModel, size: number): string[] {
  return blocks.flatMap((b): string[] => {
    if (b.kind === 'bottom') return paragraphTexts(b.blocks, model, size);
    if (b.kind !== 'paragraph') return [];
    const style = model.paragraphStyles[b.style];
    if (style.size !== size || style.align !== 'justify' || b.inlines.some((i) => i.kind !== 'text')) return [];
    return [squash(b.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join(''))];
  });
}

/** The lines of the model's justified paragraphs of one size, each marked final or not. */
export function paragraphLines(lines: ReadLine[], model: DocumentModel, size: number): ParagraphLine[] {
  const texts = paragraphTexts(model.blocks, model, size);
  const out: ParagraphLine[] = [];
  let p = 0;
  let acc = '';
  for (const line of lines) {
    if (acc === '') {
      const q = texts.findIndex((t, k) => k >= p && t.startsWith(line.text));
      if (q < 0) continue; // a centred or right-aligned line, not a justified paragraph
      p = q;
    } else if (!texts[p].startsWith(acc + line.text)) {
      throw new Error(`line "${line.text}" does not continue paragraph "${texts[p].slice(0, 20)}…"`);
    }
    acc += line.text;
    const final = acc === texts[p];
    out.push({ ...line, final });
    if (final) {
      acc = '';
      p++;
    }
  }
  return out;
}
