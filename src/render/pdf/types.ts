// Owns the renderer's internal shapes between line layout, pagination and drawing. Positions
// are in pt; x is relative to the left edge of the type area (margins differ on odd and even
// pages, so they are applied only when drawing).
import type { Font } from 'fontkit';
import type { FontRole } from '../../model/model';
import type { ScriptPosition } from '../../fonts/script-forms';

/** A stretch of one line set in one font, size and colour. */
export interface Piece {
  text: string;
  role: FontRole;
  font: Font;
  size: number;
  color: string;
  bold: boolean;
  /** Width the piece occupies (grid cells, compressed marks), before justification. */
  width: number;
  glyphs: number;
  /** Character spacing per glyph that makes the glyphs fill `width` (grid, compression). */
  tracking?: number;
  /** Horizontal scaling of the glyphs (PDF Tz, 1 = none): a dash pair stretched over its cells. */
  scale?: number;
  /** The glyphs keep `tracking` between them whatever the line's justification, which goes
   * around the piece instead (a `——` stays one joined line). */
  joined?: boolean;
  /** Set on digits or Latin fitted to whole grid cells (cells.ts fitStretch): the blank before
   * the glyphs inside `width`. */
  lead?: number;
  /** With `lead`: the glyphs' own width, given back on a line justification spreads (justify.ts). */
  natural?: number;
  /** A lone digit or letter on the grid, drawn in its face's full-width form, one cell
   * (fonts/full-width-forms.ts); `natural` is its ordinary form's width. */
  fullWidth?: boolean;
  /** A character with its variation selector, drawn from the role's sequence face, whose glyphs
   * copy as the character and its selector (shared-fonts.ts). */
  sequence?: boolean;
  /** A symbol the role's face lacks, drawn from the bundled symbol face (fonts/symbol-face.ts). */
  symbol?: boolean;
  /** A script form the face lacks, drawn as its base glyph at `size` (already scaled) from the
   * role's script face (shared-fonts.ts), `rise` pt above the baseline (below when negative). */
  script?: ScriptPosition;
  rise?: number;
}

export interface PlacedPiece extends Piece {
  x: number;
  /** PDF character spacing (Tc) for this piece: letter spacing plus justification. */
  charSpacing: number;
  /** Set in a style with letter spacing (本 期 要 目): its gaps are not word spaces. */
  letterSpaced?: boolean;
}

export interface LineBox {
  pieces: PlacedPiece[];
  /** Exact baseline-to-baseline distance of the paragraph. */
  height: number;
  /** Baseline distance below the top of the line box. */
  baseline: number;
}

/** One table row after layout: each cell's lines (top-aligned inside the padding). */
export interface TableRowBox {
  header: boolean;
  cells: LineBox[][];
  /** Tallest cell plus the padding above and below. */
  height: number;
  padX: number;
  padY: number;
}

/** A block after line layout: what the paginator moves around. `snap`: the line pitch of the
 * baseline grid its first line starts on (grid mode). `style`: the paragraph style's name (the
 * paginator tells a caption and an article's start by it). */
export type Box =
  | { kind: 'lines'; lines: LineBox[]; spaceBefore: number; spaceAfter: number; keepWithNext: boolean; snap?: number; style?: string }
  | { kind: 'rule'; color: string; thickness: number; spaceBefore: number; spaceAfter: number }
  | { kind: 'image'; data: Buffer; width: number; height: number }
  | { kind: 'table'; widths: number[]; rows: TableRowBox[]; color: string; spaceBefore: number; spaceAfter: number; snap?: number }
  | { kind: 'pagebreak' }
  | { kind: 'bottom'; boxes: Box[] };
