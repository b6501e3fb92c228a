// Owns the PDF's logical structure (tagged PDF) and its bookmarks. Every block of the model gets
// a structure element in reading order before anything is drawn (H1 for titles and 简讯, TOC with
// TOCI for 本期要目, Figure with its caption as Alt, Table, P for the rest); each line or image
// drawn is then marked as content of its block's element, and what is only layout (rules, cell
// borders, folios, 样稿, a table header repeated on a later page) is an Artifact. Blocks are
// known by the lines and image bytes they became (a line by its pieces array, which a copy of
// the line box keeps), so pagination needs to know nothing of it.
// Roles come from the templates' style names (the built-in templates share them).
import type { Block, Inline, ParagraphBlock } from '../../model/model';
import type { PageItem } from './paginate';
import type { Box, PlacedPiece } from './types';
import { drawnApart } from './actual-text';

type Element = PDFKit.PDFStructureElement;

/** The structure type of a paragraph style; any other style is a P. */
const STYLE_ROLES: Record<string, string> = {
  title: 'H1',
  'section-heading': 'H1',
  'briefs-heading': 'H1',
  subheading: 'H2',
  caption: 'Caption',
  'toc-heading': 'Caption',
  'toc-item': 'TOCI',
};

/** Styles of the masthead and the page band (built-in templates): they name the publication
 * on its page, as a letterhead does, and are drawn as Artifacts, not read as content. */
const MASTHEAD_STYLES = new Set(['mark', 'masthead', 'masthead-number', 'masthead-meta', 'band', 'name', 'issue-line']);

/** Where a photo is drawn: [left, top, right, bottom] in pt from the page's top left. */
export type FigureBoxes = Map<Box, [number, number, number, number]>;

/** Styles that make up 本期要目: consecutive blocks of them are one TOC element. */
const TOC_STYLES = new Set(['toc-heading', 'toc-item']);

/** Styles whose block gets a bookmark: each article's title, 本期要目, 简讯. */
const BOOKMARK_STYLES = new Set(['title', 'toc-heading', 'section-heading', 'briefs-heading']);
/** Template-made headings, whose letter-spacing spaces (本 期 要 目) a bookmark leaves out. */
const SPACED_HEADINGS = new Set(['toc-heading', 'section-heading', 'briefs-heading']);

/** A paragraph's text as one line: runs joined, a forced break (a two-line title) joins too. */
export function plainText(inlines: Inline[]): string {
  return inlines.map((i) => (i.kind === 'text' ? i.text : i.kind === 'tab' ? ' ' : '')).join('');
}

/** The blocks in reading order, the 报尾's own blocks in place of its box. */
function leaves(blocks: Block[]): Block[] {
  return blocks.flatMap((b) => (b.kind === 'bottom' ? b.blocks : [b]));
}

function leafBoxes(boxes: Box[]): Box[] {
  return boxes.flatMap((b) => (b.kind === 'bottom' ? b.boxes : [b]));
}

/** The bookmark title of a paragraph, or null when its style gets none. */
export function bookmarkOf(block: ParagraphBlock): string | null {
  if (!BOOKMARK_STYLES.has(block.style)) return null;
  const text = plainText(block.inlines).trim();
  const title = SPACED_HEADINGS.has(block.style) ? text.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '') : text;
  return title || null;
}

interface Owner {
  element: Element;
  role: string;
  bookmark: string | null;
}

export class StructureTagger {
  private readonly root: Element;
  private readonly owners = new Map<PlacedPiece[] | Box, Owner>();
  /** Content already marked once: drawn again (a repeated table header), it is an Artifact. */
  private readonly marked = new Set<PlacedPiece[] | Box>();
  private readonly bookmarked = new Set<Owner>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    blocks: Block[],
    boxes: Box[],
    figures: FigureBoxes,
  ) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
    const flat = leaves(blocks);
    const flatBoxes = leafBoxes(boxes);
    let toc: Element | null = null;
    let images = 0;
    flat.forEach((block, i) => {
      const box = flatBoxes[i];
      if (block.kind !== 'paragraph' || !TOC_STYLES.has(block.style)) toc = null;
      switch (block.kind) {
        case 'paragraph': {
          if (box?.kind !== 'lines' || MASTHEAD_STYLES.has(block.style)) return;
          const role = STYLE_ROLES[block.style] ?? 'P';
          // A heading set wholly apart (本 期 要 目) says its text once more on the element,
          // where readers of the structure tree (pdf.js, screen readers) take it from.
          const apart = box.lines.length > 0 && box.lines.every((line) => line.pieces.some(drawnApart));
          const actual = apart ? plainText(block.inlines).trim() : '';
          const element = doc.struct(role, actual ? { actual } : {});
          if (TOC_STYLES.has(block.style)) {
            if (!toc) this.root.add((toc = doc.struct('TOC')));
            toc.add(element);
          } else this.root.add(element);
          const owner = { element, role, bookmark: bookmarkOf(block) };
          for (const line of box.lines) this.owners.set(line.pieces, owner);
          return;
        }
        case 'image': {
          if (box?.kind !== 'image') return;
          // The caption the markup puts after a photo is what the photo shows, in words; a photo
          // without one is named 图片 N, as the DOCX names it.
          const next = flat[i + 1];
          const caption = next?.kind === 'paragraph' && next.style === 'caption' ? plainText(next.inlines).trim() : '';
          images++;
          const alt = caption || `图片 ${images}`;
          const bbox = figures.get(box);
          // pdfkit turns the BBox into page space with the current page's height: the tagger is
          // made once the first page exists, and every page has the same size.
          const element = doc.struct('Figure', { alt, ...(bbox ? { bbox, placement: 'Block' } : {}) });
          this.root.add(element);
          this.owners.set(box, { element, role: 'Figure', bookmark: null });
          return;
        }
        case 'table': {
          if (box?.kind !== 'table') return;
          const table = doc.struct('Table');
          this.root.add(table);
          for (const row of box.rows) {
            const tr = doc.struct('TR');
            table.add(tr);
            const cellRole = row.header ? 'TH' : 'TD';
            for (const lines of row.cells) {
              const cell = doc.struct(cellRole);
              tr.add(cell);
              for (const line of lines) this.owners.set(line.pieces, { element: cell, role: cellRole, bookmark: null });
            }
          }
          return;
        }
      }
    });
  }

  /** Draws one item of a page inside its marked content. */
  item(item: PageItem, draw: () => void): void {
    const key = item.kind === 'line' ? item.line.pieces : item.kind === 'image' ? item.box : null;
    const owner = key ? this.owners.get(key) : undefined;
    if (!key || !owner || this.marked.has(key)) {
      this.artifact(item.kind === 'line' ? 'Pagination' : 'Layout', draw);
      return;
    }
    this.marked.add(key);
    if (owner.bookmark && !this.bookmarked.has(owner)) {
      this.bookmarked.add(owner);
      this.doc.outline.addItem(owner.bookmark);
    }
    const content = this.doc.markStructureContent(owner.role);
    draw();
    this.doc.endMarkedContent();
    owner.element.add(content);
  }

  /** Draws what only lays the page out (folio, 样稿, rules) as an Artifact. */
  artifact(type: 'Pagination' | 'Layout', draw: () => void): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** Closes the tree; call once, after the last page is drawn. */
  end(): void {
    this.root.end();
  }
}
