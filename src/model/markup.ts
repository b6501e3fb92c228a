// Parses the document markup that templates emit (and article bodies become) into model
// blocks. One real HTML parser does the work, so entities and escaping are right by construction.
//   <p class="style">…</p>  <h2>…</h2> (subheading)  <b>/<strong>  <em> (楷体)  <span class="run-style">
//   <tab/> (rest of the line flush right)  <br/>  <rule class="style"/>  <pagebreak/>
//   <img src alt> (a photo; alt becomes its caption)  <bottom>…</bottom> (foot of the last page)
//   <table class="style"><tr><th>/<td>…</table> (a table; <th> cells are bold, a row of them a header)
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { Block, ImageBlock, Inline, ParagraphBlock, RuleBlock, Run, TableBlock, TableRow } from './model';
import { normaliseInlines, trimLayout } from './whitespace';

export interface RunStyle {
  bold?: boolean;
  color?: string;
  font?: Run['font'];
}

export interface MarkupContext {
  runStyles: Record<string, RunStyle>;
  /** Loads and checks an image; null when it cannot be used (the caller recorded why). */
  image(src: string, alt: string): ImageBlock | null;
  /** A problem with the markup itself (an unknown tag): a template error. */
  problem(detail: string): void;
}

const CONTAINERS = new Set(['div', 'article', 'section', 'header', 'footer', 'main', 'ul', 'ol', 'blockquote', 'figure', 'pre']);
const PARAGRAPHS: Record<string, string> = {
  p: 'body',
  li: 'body',
  figcaption: 'caption',
  h1: 'subheading',
  h2: 'subheading',
  h3: 'subheading',
  h4: 'subheading',
  h5: 'subheading',
  h6: 'subheading',
};
const TRANSPARENT_INLINE = new Set(['a', 'code', 'u', 's', 'sub', 'sup', 'small']);

function isTag(node: ChildNode): node is Element {
  return node.type === 'tag';
}

function inlinesOf(nodes: ChildNode[], inherited: Omit<Run, 'kind' | 'text'>, ctx: MarkupContext): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push({ kind: 'text', text: node.data, ...inherited });
    else if (isTag(node)) {
      const name = node.name;
      if (name === 'tab') out.push({ kind: 'tab' });
      else if (name === 'br') out.push({ kind: 'break' });
      else if (name === 'b' || name === 'strong') out.push(...inlinesOf(node.children, { ...inherited, bold: true }, ctx));
      else if (name === 'em' || name === 'i') out.push(...inlinesOf(node.children, { ...inherited, font: 'kai' }, ctx));
      else if (name === 'span') {
        const style = ctx.runStyles[node.attribs.class ?? ''];
        if (node.attribs.class && !style) ctx.problem(`<span class="${node.attribs.class}">`);
        out.push(...inlinesOf(node.children, { ...inherited, ...style }, ctx));
      } else if (TRANSPARENT_INLINE.has(name)) out.push(...inlinesOf(node.children, inherited, ctx));
      else ctx.problem(`<${name}> inside a paragraph`);
    }
  }
  return out;
}

function paragraph(el: Element, style: string, ctx: MarkupContext): Block[] {
  const onlyImage = el.children.filter((c) => !(c.type === 'text' && !c.data.trim()));
  if (onlyImage.length === 1 && isTag(onlyImage[0]) && onlyImage[0].name === 'img') return image(onlyImage[0], ctx);
  const inlines = normaliseInlines(inlinesOf(el.children, {}, ctx));
  return inlines.length ? [{ kind: 'paragraph', style, inlines }] : [];
}

function image(el: Element, ctx: MarkupContext): Block[] {
  const alt = el.attribs.alt ?? '';
  const block = ctx.image(el.attribs.src ?? '', alt);
  if (!block) return [];
  const text = trimLayout(alt);
  const caption: ParagraphBlock[] = text ? [{ kind: 'paragraph', style: 'caption', inlines: [{ kind: 'text', text }] }] : [];
  return [block, ...caption];
}

/** The rows of a table (through <thead>/<tbody>); a row of <th> cells only is a header row. */
function tableRows(nodes: ChildNode[], ctx: MarkupContext): TableRow[] {
  const rows: TableRow[] = [];
  for (const node of nodes) {
    if (!isTag(node)) continue;
    if (node.name === 'thead' || node.name === 'tbody') rows.push(...tableRows(node.children, ctx));
    else if (node.name === 'tr') {
      const cells = node.children.filter(isTag).filter((c) => c.name === 'th' || c.name === 'td');
      if (cells.length === 0) continue;
      rows.push({
        header: cells.every((c) => c.name === 'th'),
        cells: cells.map((c) => normaliseInlines(inlinesOf(c.children, c.name === 'th' ? { bold: true } : {}, ctx))),
      });
    } else ctx.problem(`<${node.name}> inside a table`);
  }
  return rows;
}

function table(el: Element, ctx: MarkupContext): TableBlock[] {
  const rows = tableRows(el.children, ctx);
  return rows.length ? [{ kind: 'table', style: el.attribs.class ?? 'table', rows }] : [];
}

function blocksOf(nodes: ChildNode[], ctx: MarkupContext): Block[] {
  const out: Block[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.data.trim()) ctx.problem(`text outside a paragraph: “${node.data.trim().slice(0, 20)}”`);
      continue;
    }
    if (!isTag(node)) continue;
    const name = node.name;
    if (name in PARAGRAPHS) out.push(...paragraph(node, node.attribs.class ?? PARAGRAPHS[name], ctx));
    else if (name === 'rule') out.push({ kind: 'rule', style: node.attribs.class ?? 'rule' });
    else if (name === 'pagebreak') out.push({ kind: 'pagebreak' });
    else if (name === 'img') out.push(...image(node, ctx));
    else if (name === 'table') out.push(...table(node, ctx));
    else if (name === 'bottom') {
      const inner = blocksOf(node.children, ctx).filter(
        (b): b is ParagraphBlock | RuleBlock => b.kind === 'paragraph' || b.kind === 'rule',
      );
      if (inner.length) out.push({ kind: 'bottom', blocks: inner });
    } else if (CONTAINERS.has(name)) out.push(...blocksOf(node.children, ctx));
    else ctx.problem(`<${name}>`);
  }
  return out;
}

export function parseMarkup(markup: string, ctx: MarkupContext): Block[] {
  const dom = parseDocument(markup, { recognizeSelfClosing: true, lowerCaseTags: true });
  return blocksOf(dom.children, ctx);
}
