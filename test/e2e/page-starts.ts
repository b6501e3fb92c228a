// The first line of text on each page of a PDF read back, for comparing where two renderings of
// one issue start their pages (jianbao's PDF against LibreOffice's conversion of the DOCX).
import type { PdfPage } from '../helpers/pdf-read';

// pdfjs may hand back full-width marks in compatibility form (，→ ,): compare in NFKC.
const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** The topmost line inside the type area (the folio below it excluded), its items left to right. */
export function firstLine(page: PdfPage, marginTop: number, marginBottom: number): string {
  const inArea = page.items.filter((i) => i.y >= marginTop - 2 && i.y <= page.height - marginBottom + 2 && squeeze(i.text));
  if (inArea.length === 0) return '';
  // A baseline within a third of the smallest item's height of the topmost one is the same line.
  const top = Math.min(...inArea.map((i) => i.y));
  const tolerance = Math.max(2, Math.min(...inArea.map((i) => i.height)) / 3);
  return squeeze(
    inArea
      .filter((i) => i.y - top <= tolerance)
      .sort((a, b) => a.x - b.x)
      .map((i) => i.text)
      .join(''),
  );
}

export interface PageComparison {
  ours: number;
  theirs: number;
  /** 1-based numbers of the pages whose first lines are equal. */
  matching: number[];
  /** The first lines that differ, side by side. */
  differing: Array<{ page: number; ours: string; theirs: string }>;
}

export function comparePageStarts(ours: PdfPage[], theirs: PdfPage[], marginTop: number, marginBottom: number): PageComparison {
  const matching: number[] = [];
  const differing: PageComparison['differing'] = [];
  for (let n = 0; n < Math.max(ours.length, theirs.length); n++) {
    const a = ours[n] ? firstLine(ours[n], marginTop, marginBottom) : '';
    const b = theirs[n] ? firstLine(theirs[n], marginTop, marginBottom) : '';
    if (a === b) matching.push(n + 1);
    else differing.push({ page: n + 1, ours: a, theirs: b });
  }
  return { ours: ours.length, theirs: theirs.length, matching, differing };
}
