// Hands pdfkit the fontkit faces parsed once per process (src/fonts/open-font.ts): since 0.20
// pdfkit's registerFont takes a parsed face, so a batch or `watch` does not parse a 15 MB CJK
// face again for every document. pdfkit shapes what it draws through the face's layout(); it
// gets a thin wrapper of ours whose layout() is plain-shaping.ts's, the shaping the line breaker
// measured with, so what is drawn is what was measured (and shaping is cached across documents).
import type { Font, GlyphRun } from 'fontkit';
import { FONT_ROLES } from '../../model/model';
import type { Fonts } from './paragraph';
import { shapeText } from './plain-shaping';

/** What registerFont accepts since pdfkit 0.20 (@types/pdfkit still describes 0.17). */
type RegisterFont = (name: string, src: Font, family?: string) => PDFKit.PDFDocument;

const drawingFaces = new WeakMap<Font, Font>();

/** A glyph run as fontkit's layout returns it: the width is summed when read, after pdfkit scaled the positions. */
class DrawnRun {
  constructor(
    readonly glyphs: GlyphRun['glyphs'],
    readonly positions: GlyphRun['positions'],
  ) {}

  get advanceWidth(): number {
    let width = 0;
    for (const p of this.positions) width += p.xAdvance;
    return width;
  }
}

/**
 * The face as pdfkit sees it: every property is the fontkit face's (it is the prototype), except
 * layout(), which shapes plain text as measureText does. pdfkit scales the positions it gets in
 * place, so each call returns fresh position objects around the cached run.
 */
function drawingFace(font: Font): Font {
  let face = drawingFaces.get(font);
  if (!face) {
    const layout = (text: string, features?: unknown): GlyphRun => {
      if (features !== undefined) return font.layout(text, features);
      const run = shapeText(font, text);
      return new DrawnRun(
        run.glyphs as GlyphRun['glyphs'],
        run.positions.map((p) => ({ ...p })),
      );
    };
    face = Object.create(font, { layout: { value: layout } }) as Font;
    drawingFaces.set(font, face);
  }
  return face;
}

/** Registers each role's face under the role's name, for `doc.font(role)`. */
export function installFonts(doc: PDFKit.PDFDocument, fonts: Fonts): void {
  const registerFont = doc.registerFont as unknown as RegisterFont;
  for (const role of FONT_ROLES) registerFont.call(doc, role, drawingFace(fonts[role].font));
}
