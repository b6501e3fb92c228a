// Reads a rendered PDF back for assertions: text items per page (via pdfjs-dist in a child
// process, see pdf-extract.mjs) and the names of the embedded fonts (scanned from the bytes).
import path from 'node:path';
import { runPdfjs } from './pdfjs-child';

export interface PdfTextItem {
  text: string;
  /** Left edge, pt from the left of the page. */
  x: number;
  /** Baseline, pt from the top of the page. */
  y: number;
  width: number;
  height: number;
  /** PostScript name as embedded, e.g. ABCDEF+NotoSerifSC-Regular. */
  fontName: string;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
  /** All item texts joined in content order. */
  text: string;
  /** Images as drawn, pt from the top left of the page (y: top edge). */
  images: Array<{ x: number; y: number; width: number; height: number }>;
}

export function readPdf(bytes: Buffer): PdfPage[] {
  return runPdfjs<PdfPage[]>(path.join(__dirname, 'pdf-extract.mjs'), bytes);
}

/** /FontName entries of the font descriptors (dictionaries are not compressed by pdfkit). */
export function embeddedFontNames(bytes: Buffer): string[] {
  const names = new Set<string>();
  for (const m of bytes.toString('latin1').matchAll(/\/FontName\s*\/([^\s/<>[\]()]+)/g)) names.add(m[1]);
  return [...names].sort();
}
