// Reads what a PDF paints, for colour assertions: inflates each page content stream (pdfkit
// compresses them) and lists the text blocks with the fill colour and font size in force, and
// the stroke colour of each drawn line. No glyph decoding: sizes tell the blocks apart.
import { inflateSync } from 'node:zlib';

export interface PaintedText {
  /** #RRGGBB of the fill colour when the text block was shown. */
  fill: string;
  size: number;
}
export interface PaintedLine {
  stroke: string;
  width: number;
}

function hex(r: string, g: string, b: string): string {
  return `#${[r, g, b].map((c) => Math.round(Number(c) * 255).toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

/** Every FlateDecode stream of the file, inflated (fonts and images included; they do no harm). */
function streams(pdf: Buffer): string[] {
  const out: string[] = [];
  const text = pdf.toString('latin1');
  for (const m of text.matchAll(/\/FlateDecode[^]*?stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = text.indexOf('endstream', start);
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // not a content stream we can read (or trailing EOL bytes): skip
    }
  }
  return out;
}

export function paintedOf(pdf: Buffer): { texts: PaintedText[]; lines: PaintedLine[] } {
  const texts: PaintedText[] = [];
  const lines: PaintedLine[] = [];
  for (const content of streams(pdf)) {
    let fill = '#000000';
    let stroke = '#000000';
    let width = 1;
    const ops = /(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (scn|SCN|rg|RG)\b|(-?[\d.]+) w\b|\/\S+ (-?[\d.]+) Tf\b|\bS\b/g;
    for (const m of content.matchAll(ops)) {
      if (m[4] === 'scn' || m[4] === 'rg') fill = hex(m[1], m[2], m[3]);
      else if (m[4]) stroke = hex(m[1], m[2], m[3]);
      else if (m[5] !== undefined) width = Number(m[5]);
      else if (m[6] !== undefined) texts.push({ fill, size: Number(m[6]) });
      else lines.push({ stroke, width });
    }
  }
  return { texts, lines };
}
