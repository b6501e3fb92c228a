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
    layout(text: string, features?: unknown): GlyphRun;
  }
  export interface FontCollection {
    fonts: Font[];
    getFont(postscriptName: string): Font | null;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection;
}
