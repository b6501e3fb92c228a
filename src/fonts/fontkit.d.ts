// The small part of fontkit's API jianbao uses (fontkit ships no type declarations).
declare module 'fontkit' {
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  export interface GlyphRun {
    glyphs: Array<{ id: number; advanceWidth: number; codePoints: number[] }>;
    positions: GlyphPosition[];
  }
  export interface Font {
    postscriptName: string;
    familyName: string;
    unitsPerEm: number;
    /** Axis name → range; empty for a face that is not variable. */
    variationAxes: Record<string, unknown>;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): {
      id: number;
      advanceWidth: number;
      bbox: { minX: number; minY: number; maxX: number; maxY: number };
    };
    /** One glyph per character; a character and the variation selector after it are one glyph. */
    glyphsForString(text: string): Array<{ id: number; codePoints: number[]; advanceWidth: number }>;
    layout(text: string, features?: unknown): GlyphRun;
    /** The `cmap` table, read through fontkit's per-table getter; format 14 lists variation sequences. */
    cmap?: { tables?: Array<{ table?: { version?: number; varSelectors?: unknown } }> };
    /** What pdfkit embeds; patches/fontkit+2.0.4.patch adds `includeGlyphCopy` to it. */
    createSubset(): { includeGlyph(id: number): number; includeGlyphCopy?: (id: number) => number };
  }
  export interface FontCollection {
    fonts: Font[];
    getFont(postscriptName: string): Font | null;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection;
}
