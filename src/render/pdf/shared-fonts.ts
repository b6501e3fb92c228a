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
import { FONT_ROLES, type FontRole } from '../../layout/model';
import type { Fonts } from './paragraph';
import { shapeText } from './plain-shaping';
import { programNow, useGlyphCache } from './subset-cache';

/** The parts of pdfkit's document that its font() method reads; private, pinned by the test. */
interface PdfkitFontTables {
  _registeredFonts: Record<string, { src: unknown; family?: string }>;
  _fontFamilies: Record<string, unknown>;
  _fontCount: number;
}
type EmbeddedFontClass = new (doc: PDFKit.PDFDocument, font: Font, id: string) => unknown;
interface LaidOutGlyph {
  id: number;
  advanceWidth: number;
  codePoints: readonly number[];
}
type Encoded = [hex: string[], positions: unknown[]];
/** The instance fields of pdfkit's EmbeddedFont that installFonts reads or replaces. */
interface EmbeddedFontFields {
  subset: { includeGlyph(id: number): number };
  scale: number;
  widths: number[];
  unicode: Array<readonly number[]>;
  layoutRun(text: string, features?: unknown): unknown;
  layout(text: string): { glyphs: LaidOutGlyph[]; positions: unknown[] };
  layoutCached(text: string): { glyphs: LaidOutGlyph[]; positions: unknown[] };
  encode(text: string, features?: unknown): Encoded;
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

interface ScaledPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/**
 * pdfkit's layoutRun, shaping through plain-shaping.ts as measureText does: what is drawn is
 * what was measured. Like pdfkit's own, it scales the run to pdfkit's 1000-unit space. Nearly
 * every glyph sits on the baseline and moves by its own advance, so its scaled position depends
 * on that advance alone: one frozen object per advance serves them all (pdfkit only reads
 * positions), instead of a new one per glyph drawn.
 */
function plainLayoutRun(embedded: EmbeddedFontFields, font: Font): EmbeddedFontFields['layoutRun'] {
  const shapeWithFeatures = embedded.layoutRun.bind(embedded);
  const onBaseline = new Map<number, ScaledPosition>();
  return (text, features) => {
    if (features) return shapeWithFeatures(text, features);
    const run = shapeText(font, text);
    const scale = embedded.scale;
    const positions = new Array<ScaledPosition>(run.positions.length);
    let advanceWidth = 0;
    for (let i = 0; i < positions.length; i++) {
      const p = run.positions[i];
      const advance = run.glyphs[i].advanceWidth;
      let position: ScaledPosition | undefined;
      if (p.xAdvance === advance && p.yAdvance === 0 && p.xOffset === 0 && p.yOffset === 0) {
        position = onBaseline.get(advance);
        if (!position) {
          position = Object.freeze({ xAdvance: advance * scale, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance * scale });
          onBaseline.set(advance, position);
        }
      } else {
        position = { xAdvance: p.xAdvance * scale, yAdvance: p.yAdvance * scale, xOffset: p.xOffset * scale, yOffset: p.yOffset * scale, advanceWidth: advance * scale };
      }
      positions[i] = position;
      advanceWidth += position.xAdvance;
    }
    return { glyphs: run.glyphs, positions, advanceWidth };
  };
}

/**
 * pdfkit's encode (glyphs to the subset's ids as 4 hex digits), remembering each glyph's id per
 * document: pdfkit formats the hex and checks the width and ToUnicode tables again for every
 * glyph it draws, ~7,000 in the sample. Same result, same tables, filled on a glyph's first use
 * (test/render/pdf/shared-fonts.test.ts compares the files). A text is encoded once per
 * document: fontProgramsFor encodes every piece before drawing, and drawing asks again; pdfkit
 * only reads what encode returns.
 */
function rememberingEncode(embedded: EmbeddedFontFields): EmbeddedFontFields['encode'] {
  const encodeWithFeatures = embedded.encode.bind(embedded);
  const hexOf = new Map<number, string>();
  const encoded = new Map<string, Encoded>();
  return (text, features) => {
    if (features) return encodeWithFeatures(text, features);
    let done = encoded.get(text);
    if (!done) encoded.set(text, (done = encodePlain(text)));
    return done;
  };

  function encodePlain(text: string): Encoded {
    // pdfkit's layout() splits at spaces and tabs to cache words, walking the text a character
    // at a time and copying the runs it joins; a piece without either (most Chinese text) is
    // one word, whose cached run is read and never written.
    const { glyphs, positions } = /[ \t]/.test(text) ? embedded.layout(text) : embedded.layoutCached(text);
    const hex = new Array<string>(glyphs.length);
    for (let i = 0; i < glyphs.length; i++) {
      const glyph = glyphs[i];
      let code = hexOf.get(glyph.id);
      if (code === undefined) {
        const gid = embedded.subset.includeGlyph(glyph.id);
        code = gid.toString(16).padStart(4, '0');
        hexOf.set(glyph.id, code);
        embedded.widths[gid] ??= glyph.advanceWidth * embedded.scale;
        embedded.unicode[gid] ??= glyph.codePoints;
      }
      hex[i] = code;
    }
    return [hex, positions];
  }
}

export function installFonts(doc: PDFKit.PDFDocument, fonts: Fonts): void {
  const tables = doc as unknown as PdfkitFontTables;
  const Embedded = embeddedFontClass(fonts);
  for (const role of FONT_ROLES) {
    doc.registerFont(role, fonts[role].bytes, fonts[role].postscriptName);
    const embedded = new Embedded(doc, fonts[role].font, `F${++tables._fontCount}`) as EmbeddedFontFields;
    embedded.layoutRun = plainLayoutRun(embedded, fonts[role].font);
    embedded.encode = rememberingEncode(embedded);
    useGlyphCache(fonts[role].font, embedded.subset);
    tables._fontFamilies[role] = embedded;
  }
}

/**
 * Enters the glyphs of `pieces` into their fonts' subsets in drawing order, as drawing them
 * would (pdfkit's text() draws each line of a text; we draw one-line pieces), and returns the
 * font program of each font they use whose subset may be encoded early (subset-cache.ts:
 * programNow): what pdfkit will embed, unless drawing then adds glyphs these pieces did not
 * have. Drawing the same pieces afterwards finds every glyph in place.
 */
export function fontProgramsFor(doc: PDFKit.PDFDocument, pieces: Iterable<{ role: FontRole; text: string }>): Uint8Array[] {
  const families = (doc as unknown as PdfkitFontTables)._fontFamilies as Record<string, EmbeddedFontFields>;
  const used = new Set<EmbeddedFontFields>();
  for (const { role, text } of pieces) {
    const embedded = families[role];
    for (const line of text.split('\n')) if (line) embedded.encode(line);
    used.add(embedded);
  }
  return [...used].map((embedded) => programNow(embedded.subset)).filter((program): program is Uint8Array => program !== null);
}
