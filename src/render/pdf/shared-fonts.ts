// Hands pdfkit the fontkit faces we parsed once per process (src/fonts/open-font.ts). Left to
// itself, pdfkit re-parses the font bytes for every document, so a batch or `watch` decodes the
// tables and shaping data of a 15 MB CJK face again for every issue. pdfkit does not export its
// EmbeddedFont class: we take it from a font pdfkit makes in a throwaway document, then build one
// per role and document around our face, where `doc.font(role)` looks it up. Every document,
// the first included, takes this path, so ids and bytes never depend on what the process did
// before (checked by test/render/pdf/shared-fonts.test.ts). Shaped strings are cached across
// documents by plain-shaping.ts; pdfkit keeps its own per-document cache of their scaled form.
import type { Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import { FONT_ROLES } from '../../layout/model';
import type { Fonts } from './paragraph';
import { shapeText } from './plain-shaping';
import { useGlyphCache } from './subset-cache';

/** The parts of pdfkit's document that its font() method reads; private, pinned by the test. */
interface PdfkitFontTables {
  _registeredFonts: Record<string, { src: unknown; family?: string }>;
  _fontFamilies: Record<string, unknown>;
  _fontCount: number;
}
type EmbeddedFontClass = new (doc: PDFKit.PDFDocument, font: Font, id: string) => unknown;
/** The instance fields of pdfkit's EmbeddedFont that installFonts replaces. */
interface EmbeddedFontFields {
  subset?: unknown;
  scale: number;
  layoutRun(text: string, features?: unknown): unknown;
}

let EmbeddedFont: EmbeddedFontClass | null = null;

/** pdfkit's EmbeddedFont class, taken once per process from a throwaway document. */
function embeddedFontClass(fonts: Fonts): EmbeddedFontClass {
  if (!EmbeddedFont) {
    const probe = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
    const any = fonts[FONT_ROLES[0]];
    probe.registerFont('probe', any.bytes, any.postscriptName);
    probe.font('probe');
    EmbeddedFont = ((probe as unknown as PdfkitFontTables)._fontFamilies.probe as { constructor: EmbeddedFontClass }).constructor;
  }
  return EmbeddedFont;
}

/**
 * pdfkit's layoutRun, shaping through plain-shaping.ts as measureText does: what is drawn is
 * what was measured. Like pdfkit's own, it scales the run to its 1000-unit space in place.
 */
function plainLayoutRun(embedded: EmbeddedFontFields, font: Font): EmbeddedFontFields['layoutRun'] {
  const shapeWithFeatures = embedded.layoutRun.bind(embedded);
  return (text, features) => {
    if (features) return shapeWithFeatures(text, features);
    const run = shapeText(font, text);
    const scale = embedded.scale;
    const positions = run.positions.map((p, i) => ({
      xAdvance: p.xAdvance * scale,
      yAdvance: p.yAdvance * scale,
      xOffset: p.xOffset * scale,
      yOffset: p.yOffset * scale,
      advanceWidth: run.glyphs[i].advanceWidth * scale,
    }));
    return { glyphs: run.glyphs, positions, advanceWidth: positions.reduce((sum, p) => sum + p.xAdvance, 0) };
  };
}

export function installFonts(doc: PDFKit.PDFDocument, fonts: Fonts): void {
  const tables = doc as unknown as PdfkitFontTables;
  const Embedded = embeddedFontClass(fonts);
  for (const role of FONT_ROLES) {
    doc.registerFont(role, fonts[role].bytes, fonts[role].postscriptName);
    const embedded = new Embedded(doc, fonts[role].font, `F${++tables._fontCount}`) as EmbeddedFontFields;
    embedded.layoutRun = plainLayoutRun(embedded, fonts[role].font);
    useGlyphCache(fonts[role].font, embedded.subset);
    tables._fontFamilies[role] = embedded;
  }
}
