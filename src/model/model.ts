// The neutral document model between templates and renderers. A renderer is a plain function
// from this model to bytes: it never sees YAML, never re-validates, never decides what appears.
// All lengths are in PostScript points (1 pt = 1/72 in); sizes already resolved from 号 names.

/** Font roles of GB/T 9704: title 小标宋, heading 黑体, kai 楷体, body 仿宋, and song 宋体 (the
 * folios of 7.5, which are not in the body's 仿宋). */
export type FontRole = 'title' | 'heading' | 'kai' | 'body' | 'song';
export const FONT_ROLES: readonly FontRole[] = ['title', 'heading', 'kai', 'body', 'song'];

export interface FontFace {
  /** Family name written into the DOCX (what Word/WPS looks up), e.g. 仿宋. */
  family: string;
  /** Absolute path of the TrueType/OpenType file the PDF embeds (subset). */
  file: string;
  /** PostScript name of the face inside a .ttc collection; absent for single-face files. */
  postscriptName?: string;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface ParagraphStyle {
  font: FontRole;
  size: number;
  bold: boolean;
  /** #RRGGBB */
  color: string;
  align: Align;
  /** First-line indent in em of this style's size (2 = two characters). */
  indent: number;
  /** Indent of every line after the first, in em (a hanging indent: a wrapped 本期要目 entry's
   * continuation lines start inside it, so they do not read as new entries). Absent means 0. */
  hanging?: number;
  spaceBefore: number;
  spaceAfter: number;
  /** Exact baseline-to-baseline distance. */
  lineHeight: number;
  /** Extra space between characters (e.g. 本 期 要 目 set wide), in pt. */
  letterSpacing: number;
  /** Keep on the same page as the next block (titles, headings). */
  keepWithNext: boolean;
  /** Set on the document's text grid (when the model has one): one cell per ideograph, lines
   * on the baseline grid. Absent means false. */
  grid?: boolean;
}

/** CMYK inks (0–100 each) of a colour a template defines for print, by its #RRGGBB: the PDF
 * paints that colour in DeviceCMYK; the DOCX and HTML keep the RGB. */
export type PrintColors = Record<string, [number, number, number, number]>;

export interface RuleStyle {
  color: string;
  /** Stroke thickness. */
  thickness: number;
  spaceBefore: number;
  spaceAfter: number;
}

export interface Run {
  kind: 'text';
  text: string;
  bold?: boolean;
  /** Overrides the paragraph's colour and font for this run (e.g. the source attribution). */
  color?: string;
  font?: FontRole;
}
/** Pushes the following runs flush to the right edge (编印单位 left, date right). */
export interface Tab {
  kind: 'tab';
}
/** A forced line break inside a paragraph (a two-line title). */
export interface Break {
  kind: 'break';
}
export type Inline = Run | Tab | Break;

export interface ParagraphBlock {
  kind: 'paragraph';
  style: string;
  inlines: Inline[];
}
export interface RuleBlock {
  kind: 'rule';
  style: string;
}
export interface ImageBlock {
  kind: 'image';
  /** Absolute path, already checked to be a PNG/JPEG inside the issue folder. */
  path: string;
  data: Buffer;
  format: 'png' | 'jpg';
  /** Pixel dimensions of the file. */
  pixelWidth: number;
  pixelHeight: number;
  /** Display size, already scaled to fit the type area. */
  width: number;
  height: number;
}
/** One row of a table; a header row is set bold and, in the DOCX, repeated on every page. */
export interface TableRow {
  header: boolean;
  /** Each cell's text: the inlines of one paragraph. */
  cells: Inline[][];
}
/** A table across the type area with thin borders; every cell's text is set in `style`. */
export interface TableBlock {
  kind: 'table';
  style: string;
  rows: TableRow[];
}
export interface PageBreakBlock {
  kind: 'pagebreak';
}
/** Content set at the bottom of the last page (the 报尾 / 版记). */
export interface BottomBlock {
  kind: 'bottom';
  blocks: Array<ParagraphBlock | RuleBlock>;
}
export type Block = ParagraphBlock | RuleBlock | ImageBlock | TableBlock | PageBreakBlock | BottomBlock;

export interface PageSetup {
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  /** Left margin on odd pages (binding side). */
  marginInside: number;
  marginOutside: number;
}

export interface PageNumbers {
  /** Style of the footer paragraph (size and font; alignment alternates). */
  style: string;
  /** Text around the number, e.g. "— " and " —". */
  prefix: string;
  suffix: string;
  /** Odd pages right, even pages left (GB/T 9704); false: always centred. */
  alternate: boolean;
  /** Distance from the bottom edge of the page to the footer baseline area. */
  bottom: number;
  /** How far the folio sits in from the type area's edge on its side, pt (GB/T 9704 7.5: one
   * character, 单页码居右空一字，双页码居左空一字). Absent means flush. */
  inset?: number;
}

/** The GB/T 9704 text grid (Word's w:docGrid "linesAndChars"): a fixed character and line pitch. */
export interface TextGrid {
  /** Characters per full line (GB/T 9704: 28). */
  charsPerLine: number;
  /** Lines per page (GB/T 9704: 22). */
  linesPerPage: number;
  /** Width of one cell: type-area width / charsPerLine. */
  charPitch: number;
  /** Baseline-to-baseline distance: type-area height / linesPerPage. */
  linePitch: number;
  /** Font size the grid is designed for (三号 16 pt). */
  size: number;
}

/**
 * Punctuation compression (clreq §3.2): `none` sets every full-width mark on a full em;
 * `consecutive` sets the first of two adjacent marks at half an em (。” ，“ ）、); `line-end`
 * does that and also sets a mark ending a line at half an em.
 */
export type PunctuationCompression = 'none' | 'consecutive' | 'line-end';
export const PUNCTUATION_COMPRESSIONS: readonly PunctuationCompression[] = ['none', 'consecutive', 'line-end'];

export interface DocumentModel {
  meta: {
    title: string;
    author: string;
    /** Fixed document date (issue date or SOURCE_DATE_EPOCH), for reproducible bytes. */
    date: Date;
    /** The issue as the PDF's metadata names it (期号, 总期号, its date as typed); absent for
     * documents that are no issue (the annual index). */
    issue?: { number?: number | string; total?: number | string; date: string };
  };
  page: PageSetup;
  fonts: Record<FontRole, FontFace>;
  paragraphStyles: Record<string, ParagraphStyle>;
  ruleStyles: Record<string, RuleStyle>;
  pageNumbers: PageNumbers | null;
  /** Text grid, when the template turns grid mode on; absent or null: proportional layout. */
  grid?: TextGrid | null;
  /** Absent: `none` in grid mode, `consecutive` otherwise. */
  punctuation?: PunctuationCompression;
  /** Hanging punctuation in the PDF (clreq 标点悬挂; the DOCX always allows it, render/docx/hanging-punctuation.ts): one closing mark may hang past
   * the right edge of a full line instead of pushing a character down. Absent: on in grid mode,
   * off otherwise. */
  hangingPunctuation?: boolean;
  blocks: Block[];
  /** A `build --draft`: every page is marked 样稿 in its margin (draft-mark.ts in each renderer). */
  draft?: boolean;
  /** Colours the template gives in CMYK; absent or empty: every colour is RGB. */
  printColors?: PrintColors;
  /** The template's web.css, set after the default CSS of the `--to html` page. */
  webCss?: string;
}

/** Every cell of a table as a paragraph of the table's style, row by row: what text a table
 * shows, for font subsetting and the glyph preflight. */
export function cellParagraphs(table: TableBlock): ParagraphBlock[] {
  return table.rows.flatMap((row) => row.cells.map((inlines): ParagraphBlock => ({ kind: 'paragraph', style: table.style, inlines })));
}
