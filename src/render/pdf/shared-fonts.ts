// Hands pdfkit the fontkit faces parsed once per process (src/fonts/open-font.ts): since 0.20
// pdfkit's registerFont takes a parsed face, so a batch or `watch` does not parse a 15 MB CJK
// face again for every document. pdfkit shapes what it draws through the face's layout(); it
// gets a thin wrapper of ours whose layout() is plain-shaping.ts's, the shaping the line breaker
// measured with, so what is drawn is what was measured (and shaping is cached across documents).
import type { Font, GlyphRun } from 'fontkit';
import { FONT_ROLES, type FontRole } from '../../model/model';
import { fullWidthForm } from '../../fonts/full-width-forms';
import { symbolFontIfOpened } from '../../fonts/symbol-face';
import { scriptForms, type ScriptPosition } from '../../fonts/script-forms';
import type { Fonts } from './paragraph';
import { shapeText, type ShapedGlyph } from './plain-shaping';
import { sequenceGlyphs } from './sequence-glyphs';

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

/**
 * A face of its own name that draws each character with the glyph `glyphOf` picks but reports the
 * character's own code point: the PDF's ToUnicode map then makes what is drawn copy as typed.
 * pdfkit shares one embedded font between faces of the same name, and the role's face maps these
 * glyphs to other characters (a script form's base digit, a full-width ４).
 */
function mappedFace(font: Font, suffix: string, glyphOf: (char: string) => { id: number; advanceWidth: number }): Font {
  const layout = (text: string): GlyphRun => {
    const glyphs: ShapedGlyph[] = [];
    for (const char of text) {
      const { id, advanceWidth } = glyphOf(char);
      glyphs.push({ id, codePoints: [char.codePointAt(0)!], advanceWidth });
    }
    return new DrawnRun(
      glyphs as GlyphRun['glyphs'],
      glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 })),
    );
  };
  return Object.create(font, { layout: { value: layout }, postscriptName: { value: `${font.postscriptName}-${suffix}` } }) as Font;
}

/** The face a role's drawn script forms are set in, one per position: each form gets its base's glyph. */
function scriptFace(font: Font, position: ScriptPosition): Font {
  return mappedFace(font, position === 'super' ? 'Sup' : 'Sub', (char) => {
    const form = scriptForms().get(char);
    return font.glyphForCodePoint((form?.position === position ? form.base : char).codePointAt(0)!);
  });
}

/** The face a role's full-width forms are drawn in: each digit or letter gets the glyph of its ４. */
function fullWidthFace(font: Font): Font {
  return mappedFace(font, 'Fwid', (char) => fullWidthForm(font, char) ?? font.glyphForCodePoint(char.codePointAt(0)!));
}

/**
 * The face a role's variation sequences and letters with combining marks are drawn in
 * (sequence-glyphs.ts): one glyph for the character and its selector (the face's variant, or the
 * usual glyph) or for a letter and its marks (its precomposed form), mapped to all their code
 * points. In the role's own face that glyph would copy as whichever text pdfkit first drew it for.
 */
function sequenceFace(font: Font): Font {
  const layout = (text: string): GlyphRun => {
    const { glyphs, positions } = sequenceGlyphs(font, text);
    return new DrawnRun(glyphs as GlyphRun['glyphs'], positions);
  };
  return Object.create(font, { layout: { value: layout }, postscriptName: { value: `${font.postscriptName}-Seq` } }) as Font;
}

/** The name a role's sequence face is registered under. */
export function sequenceFaceName(role: FontRole): string {
  return `${role}-sequence`;
}

/** The name a role's script face is registered under. */
export function scriptFaceName(role: FontRole, position: ScriptPosition): string {
  return `${role}-${position}script`;
}

/** The name a role's full-width face is registered under. */
export function fullWidthFaceName(role: FontRole): string {
  return `${role}-fullwidth`;
}

/** Per document: the role each role is drawn under (the first role registered with its face). */
const drawnRoles = new WeakMap<PDFKit.PDFDocument, Record<FontRole, FontRole>>();

/**
 * The name `doc.font` takes for a role. Roles sharing one face (宋体 and the body's Noto Serif SC)
 * are drawn under the first one's name: pdfkit would embed them once anyway, but would open and
 * compare the face again on every switch to the second name.
 */
export function drawnFaceName(doc: PDFKit.PDFDocument, role: FontRole): FontRole {
  return drawnRoles.get(doc)?.[role] ?? role;
}

/** The name the bundled symbol face is registered under (fonts/symbol-face.ts). */
export const SYMBOL_FACE = 'symbol-fallback';
/** The name of its sequence face: a symbol with its selector (☑️) copies as both. */
export const SYMBOL_SEQUENCE_FACE = 'symbol-fallback-sequence';

/** Registers each role's face under the role's name, for `doc.font(role)`. */
export function installFonts(doc: PDFKit.PDFDocument, fonts: Fonts): void {
  const registerFont = doc.registerFont as unknown as RegisterFont;
  const drawnAs = {} as Record<FontRole, FontRole>;
  for (const role of FONT_ROLES) {
    drawnAs[role] = FONT_ROLES.find((r) => fonts[r].font === fonts[role].font) ?? role;
    registerFont.call(doc, role, drawingFace(fonts[role].font));
    // pdfkit embeds a registered face only once something is drawn in it.
    for (const position of ['super', 'sub'] as const)
      registerFont.call(doc, scriptFaceName(role, position), scriptFace(fonts[role].font, position));
    registerFont.call(doc, fullWidthFaceName(role), fullWidthFace(fonts[role].font));
    registerFont.call(doc, sequenceFaceName(role), sequenceFace(fonts[role].font));
  }
  // Opened only once a piece needs it (paragraph.ts asks symbolFallback first).
  const symbols = symbolFontIfOpened();
  if (symbols) {
    registerFont.call(doc, SYMBOL_FACE, drawingFace(symbols));
    registerFont.call(doc, SYMBOL_SEQUENCE_FACE, sequenceFace(symbols));
  }
  drawnRoles.set(doc, drawnAs);
}
