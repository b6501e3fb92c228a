// Model blocks as the 公众号 editor keeps them: only p, span, strong, section, img, br and h1–h6,
// each with its look in an inline style attribute (the editor drops <style>, classes and links).
import path from 'node:path';
import type { Block, DocumentModel, ImageBlock, Inline, ParagraphBlock, Run, TableBlock } from '../../model/model';
import { paragraphDeclarations, pxUnits, ruleDeclarations, runDeclarations } from '../html/declarations';
import { splitInlines } from '../html/blocks';
import { escapeAttribute, escapeText } from '../html/escape';

export interface WechatContext {
  model: DocumentModel;
  /** Folder of the copied photos, relative to the output file (`X.wechat-images`). */
  imageFolder: string;
  /** Photo path → the file name it is copied to; filled as photos are met. */
  images: Map<string, string>;
}

const style = (declarations: string[]) => (declarations.length ? ` style="${escapeAttribute(declarations.join('; '))}"` : '');

function runMarkup(run: Run, ctx: WechatContext): string {
  let html = escapeText(run.text);
  if (run.bold) html = `<strong>${html}</strong>`;
  const decl = runDeclarations(ctx.model, run);
  return decl.length ? `<span${style(decl)}>${html}</span>` : html;
}

const inlineMarkup = (inlines: Inline[], ctx: WechatContext) => splitInlines(inlines, (r) => runMarkup(r, ctx));

export function paragraphMarkup(block: ParagraphBlock, ctx: WechatContext, tag = 'p'): string {
  const paragraphStyle = ctx.model.paragraphStyles[block.style];
  const decl = paragraphStyle ? paragraphDeclarations(ctx.model, paragraphStyle, pxUnits) : [];
  const { html, split } = inlineMarkup(block.inlines, ctx);
  if (split) decl.push('display: flex', 'flex-wrap: wrap', 'justify-content: space-between', 'text-indent: 0');
  return `<${tag}${style(decl)}>${html}</${tag}>`;
}

/** A file name for a copied photo: its position and its own name, in characters any system keeps. */
function imageName(image: ImageBlock, ctx: WechatContext): string {
  const known = ctx.images.get(image.path);
  if (known) return known;
  const own = path.basename(image.path).replace(/[^\p{L}\p{N}._-]+/gu, '_');
  const name = `${String(ctx.images.size + 1).padStart(2, '0')}-${own}`;
  ctx.images.set(image.path, name);
  return name;
}

function imageMarkup(image: ImageBlock, caption: ParagraphBlock | null, ctx: WechatContext): string {
  const alt = caption ? caption.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join('') : '';
  const src = `${ctx.imageFolder}/${encodeURIComponent(imageName(image, ctx))}`;
  const img = `<img src="${escapeAttribute(src)}" alt="${escapeAttribute(alt)}"${style(['max-width: 100%', 'height: auto'])}>`;
  return `<p${style(['text-align: center', 'margin: 1em 0 0.3em', 'text-indent: 0'])}>${img}</p>${caption ? paragraphMarkup(caption, ctx) : ''}`;
}

function tableMarkup(table: TableBlock, ctx: WechatContext): string {
  const cellStyle = style(['flex: 1 1 0', 'min-width: 4em', 'border: 1px solid #666666', 'margin: -1px 0 0 -1px', 'padding: 0.2em 0.4em']);
  const rows = table.rows.map((row) => {
    const cells = row.cells.map(
      (cell) => `<section${cellStyle}><p${style(['margin: 0', 'text-align: left'])}>${inlineMarkup(cell, ctx).html}</p></section>`,
    );
    return `<section${style(['display: flex'])}>${cells.join('')}</section>`;
  });
  return `<section${style(['margin: 1em 0', 'font-size: 14px', 'line-height: 1.5', 'overflow-x: auto'])}>${rows.join('')}</section>`;
}

const isCaption = (b: Block | undefined): b is ParagraphBlock => b?.kind === 'paragraph' && b.style === 'caption';

export function blocksMarkup(blocks: Block[], ctx: WechatContext, tagOf: (block: ParagraphBlock) => string = () => 'p'): string[] {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'paragraph') out.push(paragraphMarkup(block, ctx, tagOf(block)));
    else if (block.kind === 'rule') {
      const rule = ctx.model.ruleStyles[block.style];
      out.push(`<section${style(rule ? ruleDeclarations(rule) : ['border-top: 1px solid #000000', 'height: 0'])}></section>`);
    } else if (block.kind === 'table') out.push(tableMarkup(block, ctx));
    else if (block.kind === 'image') {
      const caption = isCaption(blocks[i + 1]) ? (blocks[i + 1] as ParagraphBlock) : null;
      if (caption) i++;
      out.push(imageMarkup(block, caption, ctx));
    } else if (block.kind === 'bottom') out.push(...blocksMarkup(block.blocks, ctx, tagOf));
  }
  return out;
}
