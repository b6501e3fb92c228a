// The unit both readers hand to the shape stage: one printed line of a contribution (a paragraph,
// a line after a soft break, a table row, a photo, a footnote) with what its formatting says.
// `no` is the source's paragraph number (non-empty paragraphs counted from 1), for warnings.

export interface Span {
  text: string;
  bold: boolean;
}

export interface Unit {
  no: number;
  kind: 'text' | 'photo' | 'row' | 'footnote';
  /** The text as Word shows it (numbering label included), spaces at both ends removed. */
  text: string;
  /** The same text in bold/non-bold stretches (DOCX only). */
  spans?: Span[];
  /** Heading level from the paragraph style: 0 title, 1.. heading. */
  styleLevel?: number;
  /** The paragraph style's name, lower case (`署名`, `author`, `文章标题`), when not the default. */
  styleName?: string;
  /** An empty paragraph stands right before it (editors part articles with one). */
  afterBlank?: boolean;
  captionStyle?: boolean;
  centered?: boolean;
  /** Set right (a 落款, a date), which the bulletin's body cannot do. */
  right?: boolean;
  /** Half-points of the largest run. */
  size?: number;
  /** East Asian font of the first run with text. */
  font?: string;
  /** Line in a text file, for file:line:col. */
  line?: number;
  /** Started after a soft line break inside a paragraph. */
  soft?: boolean;
  /** row: how many cells the table row has. */
  cells?: number;
  /** row: the first row of a Word table (a table right after another starts a table of its own). */
  tableStart?: boolean;
  /** photo: the image bytes' entry in the package and its extension. */
  image?: { bytes: Uint8Array; ext: string };
}

export interface SourceFlags {
  tracked?: number;
  comments?: number;
  footnotes?: number;
  /** Paragraph numbers of linked (not embedded) pictures. */
  linkedImages?: number[];
  /** Paragraph numbers holding text boxes (their text follows as paragraphs). */
  textBoxes?: number[];
  /** Paragraph numbers of table rows with merged cells. */
  mergedCells?: number[];
  /** Hidden (w:vanish) text left out, as Word shows and prints it: how much, and the first of it. */
  hidden?: { count: number; first: string };
  /** Symbol-font characters (w:sym in Wingdings, Symbol…) that no bulletin font can print. */
  symbols?: { count: number; font: string; char: string };
  /** Words of a Word 97–2003 file's EQ fields that its conversion by LibreOffice lost. */
  lostEq?: string[];
  /** The page headers' and footers' words (not a bare page number), each different text once. */
  furniture?: string;
  /** How many pictures the page headers, footers and background hold (logos, picture watermarks). */
  furniturePictures?: number;
  /** What was not printed as typed, paragraph by paragraph (JB070, JB130–JB133, JB140–JB145, JB149, JB195–JB199). */
  marks?: SourceMark[];
}

/** A note on one paragraph: super/subscript kept as typed, formatting not carried, a field's
 *  snapshot, something that is not text, Word's 目录 or a content control's placeholder left out.
 *  `what` names the kind. */
export interface SourceMark {
  code:
    | 'JB070'
    | 'JB072'
    | 'JB130'
    | 'JB131'
    | 'JB132'
    | 'JB133'
    | 'JB135'
    | 'JB136'
    | 'JB140'
    | 'JB142'
    | 'JB143'
    | 'JB144'
    | 'JB145'
    | 'JB149'
    | 'JB195'
    | 'JB196'
    | 'JB197'
    | 'JB198'
    | 'JB199';
  no: number;
  what: string;
  input: string;
}

/** Ideographic and ASCII space at the ends of a line is layout (typed indentation). */
export const trimLayout = (s: string): string => s.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
