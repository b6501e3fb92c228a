// Body content: the model's blocks in order → docx paragraphs. Paragraphs point at their named
// style; the only direct formatting is what belongs to one occurrence, not to a style: a run's
// bold/colour/font override, a page break before with no space above it where the PDF starts a
// page, the PDF's grid-snapping gap below an off-grid paragraph, a gap with space on both sides
// written after the first paragraph (summed-gaps.ts), character spacing that sets a line as the
// PDF does (pdf-lines.ts), the text box of photos the PDF floated to a page's top (figure-box.ts)
// and the text box of the 报尾.
import { ImageRun, Paragraph, Tab, TextRun, type IRunOptions, type ParagraphChild, type Table } from 'docx';
import type { Block, DocumentModel, FontRole, ImageBlock, Inline, ParagraphBlock, RuleBlock } from '../../model/model';
import { SYMBOL_FAMILY } from '../../fonts/symbol-face';
import { bottomParagraph } from './bottom';
import { figureBox } from './figure-box';
import type { LineSpacing } from './pdf-lines';
import type { Placement as PdfPlacement } from './pdf-placement';
import { characterSpacing, fontFamilies } from './styles';
import { IMAGE_STYLE_ID, paragraphStyleId, ruleStyleId } from './style-ids';
import { symbolStretches } from './symbol-runs';
import { tableOf } from './table';
import { styleSpacing, summedGaps, type Spacing } from './summed-gaps';
import { hexColor, pixels, twips } from './units';

/** Properties that the surrounding block sequence, not the block itself, decides. */
interface Placement {
  pageBreakBefore?: boolean;
  /** Twips; where the PDF's layout differs from the style (see pdf-placement.ts). */
  spacing?: { before?: number; after?: number };
  /** Twips; only to tell apart two adjacent rules of one style (see buildParagraphs). */
  indent?: { right: number };
}

const SYMBOL_FONTS = { ascii: SYMBOL_FAMILY, eastAsia: SYMBOL_FAMILY, hAnsi: SYMBOL_FAMILY, cs: SYMBOL_FAMILY };

/** The same run format over stretches of equal character spacing. */
function spacedRuns(text: string, base: number, spacing: ReadonlyMap<number, number>, format: IRunOptions): TextRun[] {
  if (spacing.size === 0) return [new TextRun({ text, ...format })];
  const out: TextRun[] = [];
  let start = 0;
  const at = (i: number) => spacing.get(base + i);
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && (at(i) === at(start) || (at(i) !== undefined && at(start) !== undefined && twips(at(i)!) === twips(at(start)!))))
      continue;
    if (i < text.length && /[\udc00-\udfff]/.test(text[i])) continue; // never split a surrogate pair
    const s = at(start);
    out.push(new TextRun({ text: text.slice(start, i), ...format, ...(s !== undefined ? { characterSpacing: twips(s) } : {}) }));
    start = i;
  }
  return out;
}

/** `spacing`: character spacing (pt) by offset in the paragraph's text (the PDF's line ends),
 * instead of the style's; the run formatting of each inline otherwise. */
function runs(model: DocumentModel, inlines: Inline[], role: FontRole, spacing: ReadonlyMap<number, number> = new Map()): TextRun[] {
  let offset = 0;
  return inlines.flatMap((inline) => {
    if (inline.kind === 'tab') return [new TextRun({ children: [new Tab()] })];
    // A line break (w:br) keeps a two-line title one paragraph, as an editor would type it.
    if (inline.kind === 'break') return [new TextRun({ break: 1 })];
    const format: IRunOptions = {
      ...(inline.bold !== undefined ? { bold: inline.bold } : {}),
      ...(inline.color ? { color: hexColor(inline.color) } : {}),
      ...(inline.font ? { font: fontFamilies(model, inline.font) } : {}),
    };
    const base = offset;
    offset += inline.text.length;
    const stretches = symbolStretches(model, inline.font ?? role, inline.text);
    if (stretches.length === 1 && !stretches[0].symbol) return spacedRuns(inline.text, base, spacing, format);
    // A symbol the role's face lacks: in a run of the symbol face, as the PDF draws it (symbol-runs.ts).
    let at = base;
    return stretches.flatMap(({ text, symbol }) => {
      const start = at;
      at += text.length;
      return spacedRuns(text, start, spacing, symbol ? { ...format, font: SYMBOL_FONTS } : format);
    });
  });
}

function textParagraph(
  model: DocumentModel,
  block: ParagraphBlock,
  at: Placement,
  lines: LineSpacing = new Map(),
  leading: ParagraphChild[] = [],
): Paragraph {
  const style = model.paragraphStyles[block.style];
  const spacing = new Map<number, number>();
  if (style) {
    // Points, as styles.ts writes the style's (grid tightening included).
    const base = (characterSpacing(model, style).characterSpacing ?? 0) / 20;
    for (const [i, s] of lines) spacing.set(i, base + s);
  }
  return new Paragraph({
    style: paragraphStyleId(model, block.style),
    children: [...leading, ...runs(model, block.inlines, style?.font ?? 'body', spacing)],
    ...at,
  });
}

function ruleParagraph(block: RuleBlock, at: Placement): Paragraph {
  return new Paragraph({ style: ruleStyleId(block.style), children: [], ...at });
}

/** The text of the caption paragraph right after an image, if there is one. */
function captionAfter(model: DocumentModel, i: number): string {
  const next = model.blocks[i + 1];
  if (next?.kind !== 'paragraph' || next.style !== 'caption') return '';
  return next.inlines.map((inline) => (inline.kind === 'text' ? inline.text : inline.kind === 'break' ? '\n' : ' ')).join('');
}

function imageParagraph(block: ImageBlock, at: Placement, index: number, caption: string): Paragraph {
  const image = new ImageRun({
    type: block.format,
    data: block.data,
    transformation: { width: pixels(block.width), height: pixels(block.height) },
    // Alt text from the caption (screen readers, Word's alt-text pane); a name per picture for
    // the selection pane, which is also the alt text of a picture without a caption.
    altText: { name: `图片 ${index}`, title: caption, description: caption || `图片 ${index}` },
  });
  return new Paragraph({ style: IMAGE_STYLE_ID, children: [image], ...at });
}

/**
 * The DOCX paragraphs (and tables) of the whole body, in model order. `pdf`: where the PDF places
 * blocks (by block index), so the DOCX starts its pages where the PDF does; `lines`: the
 * spacing that ends each paragraph's lines where the PDF's end, by block index (pdf-lines.ts).
 */
export function buildParagraphs(
  model: DocumentModel,
  pdf: ReadonlyMap<number, PdfPlacement> = new Map(),
  lines: ReadonlyMap<number, LineSpacing> = new Map(),
): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  let breakPending = false;
  // Pictures are named 图片 1, 2, … in the order they were typed, wherever they are anchored.
  const imageNumbers = new Map<number, number>();
  model.blocks.forEach((b, i) => b.kind === 'image' && imageNumbers.set(i, imageNumbers.size + 1));
  const isCaptionOf = (i: number) => model.blocks[i - 1]?.kind === 'image' && captionAfter(model, i - 1) !== '';
  // Photos (and their captions) the PDF floated: written in the box of the paragraph they go with.
  const anchored = new Set<number>();
  for (const { figures } of pdf.values())
    for (const f of figures ?? []) {
      anchored.add(f);
      if (isCaptionOf(f + 1)) anchored.add(f + 1);
    }
  const figureParagraphs = (f: number): Paragraph[] => {
    const image = model.blocks[f] as ImageBlock;
    const out = [imageParagraph(image, {}, imageNumbers.get(f)!, captionAfter(model, f))];
    const caption = model.blocks[f + 1];
    if (isCaptionOf(f + 1) && caption.kind === 'paragraph') out.push(textParagraph(model, caption, {}, lines.get(f + 1)));
    return out;
  };
  // Word draws one border for a run of adjacent paragraphs with equal borders and indents, so two
  // rules of one style in a row would print as one; a 1-twip right indent keeps them apart.
  let previousRule: string | null = null;
  const apart = (rule: RuleBlock): Placement => (previousRule === rule.style ? { indent: { right: 1 } } : {});
  // A page break is a property of the paragraph after it: an empty break paragraph would push a
  // blank line onto the top of the next page.
  const placement = (extra: Placement = {}): Placement => {
    const at = breakPending ? { ...extra, pageBreakBefore: true } : extra;
    breakPending = false;
    return at;
  };
  // The PDF drops space before at the top of a page; a page break before keeps it, so it goes.
  const written = (i: number): Spacing => {
    const own = styleSpacing(model, model.blocks[i]);
    const { pageStart, spaceAfter, figures } = pdf.get(i) ?? { pageStart: false };
    // Under photos floated to the page's top the space before stays, as in the PDF.
    return { before: pageStart && !figures ? 0 : own.before, after: spaceAfter ?? own.after };
  };
  const gaps = summedGaps(
    model.blocks,
    written,
    (i) => anchored.has(i),
    (i) => pdf.get(i)?.pageStart ?? false,
  );
  /** Spacing of block i where it differs from its style's: the PDF's placement, summed gaps. */
  const pdfSpacing = (i: number): Placement => {
    const own = styleSpacing(model, model.blocks[i]);
    const { before, after } = { ...written(i), ...gaps.get(i) };
    const spacing: { before?: number; after?: number } = {};
    if (before !== own.before) spacing.before = twips(before);
    if (after !== own.after) spacing.after = twips(after);
    return Object.keys(spacing).length > 0 ? { spacing } : {};
  };
  model.blocks.forEach((block, i) => {
    if (anchored.has(i)) return;
    if (pdf.get(i)?.pageStart) breakPending = true;
    switch (block.kind) {
      case 'paragraph': {
        const at = placement(pdfSpacing(i));
        const { figures, figuresHeight, figuresGap } = pdf.get(i) ?? {};
        const names = `图框（${(figures ?? []).map((f) => `图片 ${imageNumbers.get(f)}`).join('、')}）`;
        const box = figures ? [figureBox(model, figures.flatMap(figureParagraphs), figuresHeight ?? 0, figuresGap ?? 0, names)] : [];
        out.push(textParagraph(model, block, at, lines.get(i), box));
        break;
      }
      case 'rule': {
        const at = placement({ ...apart(block), ...pdfSpacing(i) });
        out.push(ruleParagraph(block, at));
        break;
      }
      case 'image':
        out.push(imageParagraph(block, placement(), imageNumbers.get(i)!, captionAfter(model, i)));
        break;
      case 'table':
        // A table row cannot carry a page break before, and an empty paragraph to carry it would
        // add a line the editor never typed: a table's page start is left to Word.
        breakPending = false;
        out.push(tableOf(model, block, (inlines) => runs(model, inlines, model.paragraphStyles[block.style]?.font ?? 'body')));
        break;
      case 'pagebreak':
        breakPending = true;
        break;
      case 'bottom': {
        // One text box at the foot of the page; a box never splits, so the 报尾 stays whole.
        const content: Paragraph[] = [];
        previousRule = null;
        for (const inner of block.blocks) {
          content.push(inner.kind === 'rule' ? ruleParagraph(inner, apart(inner)) : textParagraph(model, inner, {}));
          previousRule = inner.kind === 'rule' ? inner.style : null;
        }
        out.push(bottomParagraph(model, block, content, placement()));
        break;
      }
    }
    previousRule = block.kind === 'rule' ? block.style : null;
  });
  return out;
}

/** Styles used by a paragraph that contains a tab: they need the flush-right tab stop. */
export function stylesWithTabs(blocks: readonly Block[]): Set<string> {
  const found = new Set<string>();
  for (const block of blocks) {
    const paragraphs = block.kind === 'bottom' ? block.blocks : [block];
    for (const p of paragraphs) {
      if (p.kind === 'paragraph' && p.inlines.some((i) => i.kind === 'tab')) found.add(p.style);
    }
  }
  return found;
}
