// Model blocks as semantic HTML: paragraphs keep their template style as a class, a photo and
// its caption become one <figure>, a table keeps its header row in <thead>.
import type { Block, ImageBlock, Inline, ParagraphBlock, Run, TableBlock } from '../../model/model';
import { safeColor } from './declarations';
import { escapeAttribute, escapeText } from './escape';

const CLASS_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** The class a paragraph style gets on the page (none for a name CSS cannot use). */
export const styleClass = (style: string): string | null => (CLASS_NAME.test(style) ? `p-${style}` : null);

export interface InlineContext {
  sources: Set<Run>;
}

function runMarkup(run: Run, ctx: InlineContext): string {
  let html = escapeText(run.text);
  if (run.bold) html = `<strong>${html}</strong>`;
  const classes = [
    ...(ctx.sources.has(run) ? ['source'] : []),
    ...(run.font ? [`f-${run.font}`] : []),
    ...(safeColor(run.color) ? [`c-${safeColor(run.color)?.slice(1)}`] : []),
  ];
  return classes.length ? `<span class="${classes.join(' ')}">${html}</span>` : html;
}

/** Inlines of one paragraph, each run written by `run`; a tab splits the line into parts set
 *  apart (left … right). Shared by the web page and the 公众号 file, which style runs differently. */
export function splitInlines(inlines: Inline[], run: (r: Run) => string): { html: string; split: boolean } {
  const segments: string[] = [''];
  for (const inline of inlines) {
    if (inline.kind === 'tab') segments.push('');
    else if (inline.kind === 'break') segments[segments.length - 1] += '<br>';
    else segments[segments.length - 1] += run(inline);
  }
  if (segments.length === 1) return { html: segments[0], split: false };
  return { html: segments.map((s) => `<span>${s}</span>`).join(''), split: true };
}

export const inlineMarkup = (inlines: Inline[], ctx: InlineContext) => splitInlines(inlines, (r) => runMarkup(r, ctx));

export function paragraphMarkup(block: ParagraphBlock, ctx: InlineContext, tag = 'p', attributes = ''): string {
  const { html, split } = inlineMarkup(block.inlines, ctx);
  const classes = [styleClass(block.style), split ? 'split' : null].filter(Boolean).join(' ');
  return `<${tag}${attributes}${classes ? ` class="${classes}"` : ''}>${html}</${tag}>`;
}

function imageMarkup(image: ImageBlock, caption: ParagraphBlock | null, ctx: InlineContext): string {
  const alt = caption ? caption.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join('') : '';
  const mime = image.format === 'png' ? 'image/png' : 'image/jpeg';
  const img = `<img src="data:${mime};base64,${image.data.toString('base64')}" alt="${escapeAttribute(alt)}" width="${image.pixelWidth}" height="${image.pixelHeight}">`;
  return `<figure class="photo">${img}${caption ? paragraphMarkup(caption, ctx, 'figcaption') : ''}</figure>`;
}

function tableMarkup(table: TableBlock, ctx: InlineContext): string {
  const row = (cells: Inline[][], cell: string) =>
    `<tr>${cells.map((c) => `<${cell}>${inlineMarkup(c, ctx).html}</${cell}>`).join('')}</tr>`;
  const head = table.rows.filter((r) => r.header);
  const body = table.rows.filter((r) => !r.header);
  const thead = head.length ? `<thead>${head.map((r) => row(r.cells, 'th')).join('')}</thead>` : '';
  const cls = styleClass(table.style);
  return `<div class="table"><table${cls ? ` class="${cls}"` : ''}>${thead}<tbody>${body.map((r) => row(r.cells, 'td')).join('')}</tbody></table></div>`;
}

const isCaption = (b: Block | undefined): b is ParagraphBlock => b?.kind === 'paragraph' && b.style === 'caption';

/** Blocks of one part; `heading` maps a paragraph style to a heading tag (subheadings). */
export function blocksMarkup(blocks: Block[], ctx: InlineContext, heading: (style: string) => string | null = () => null): string[] {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'paragraph') out.push(paragraphMarkup(block, ctx, heading(block.style) ?? 'p'));
    else if (block.kind === 'rule') out.push(`<hr${styleClass(block.style) ? ` class="r-${block.style}"` : ''}>`);
    else if (block.kind === 'table') out.push(tableMarkup(block, ctx));
    else if (block.kind === 'image') {
      const caption = isCaption(blocks[i + 1]) ? (blocks[i + 1] as ParagraphBlock) : null;
      if (caption) i++;
      out.push(imageMarkup(block, caption, ctx));
    } else if (block.kind === 'bottom') out.push(...blocksMarkup(block.blocks, ctx, heading));
  }
  return out;
}
