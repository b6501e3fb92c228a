// document model → one self-contained web page (`--to html`): masthead, 本期要目 linking to each
// article, articles, 简讯 and 报尾 as semantic HTML in the reading order of the print, photos
// embedded as data: URIs, CSS in one <style> (screen, phone and print), lang="zh-CN".
import type { DocumentModel, ParagraphBlock } from '../../model/model';
import { blocksMarkup, paragraphMarkup, type InlineContext } from './blocks';
import { escapeAttribute, escapeText } from './escape';
import { stylesheet } from './stylesheet';
import { issueStructure, type IssueStructure, type MainPart } from './structure';

const subheading = (style: string) => (style === 'subheading' ? 'h3' : null);

function headerMarkup(s: IssueStructure, ctx: InlineContext, draft: boolean): string {
  if (!s.header.length && !draft) return '';
  const inner = s.header.map((block) => {
    if (block === s.name) return paragraphMarkup(block as ParagraphBlock, ctx, 'h1');
    return blocksMarkup([block], ctx).join('');
  });
  if (draft) inner.unshift('<p class="draft-mark">样稿</p>');
  return `<header class="masthead">\n${inner.join('\n')}\n</header>`;
}

function tocMarkup(s: IssueStructure, ctx: InlineContext, articleIds: string[]): string {
  if (!s.toc) return '';
  const { heading, items, rest } = s.toc;
  const label = heading ? ` aria-labelledby="toc-heading"` : ' aria-label="本期要目"';
  const lines = items.map((item, i) => {
    const text = paragraphMarkup(item, ctx, articleIds[i] ? 'a' : 'span', articleIds[i] ? ` href="#${articleIds[i]}"` : '');
    return `<li>${text}</li>`;
  });
  return [
    `<nav class="toc"${label}>`,
    ...(heading ? [paragraphMarkup(heading, ctx, 'h2', ' id="toc-heading"')] : []),
    `<ol>\n${lines.join('\n')}\n</ol>`,
    ...blocksMarkup(rest, ctx),
    '</nav>',
  ].join('\n');
}

function partMarkup(part: MainPart, id: string, ctx: InlineContext): string {
  if (part.kind === 'loose') return blocksMarkup(part.blocks, ctx, subheading).join('\n');
  if (part.kind === 'briefs') {
    return [
      `<section class="briefs" aria-labelledby="${id}-heading">`,
      paragraphMarkup(part.heading, ctx, 'h2', ` id="${id}-heading"`),
      ...blocksMarkup(part.blocks, ctx, subheading),
      '</section>',
    ].join('\n');
  }
  return [
    ...blocksMarkup(part.lead, ctx),
    `<article id="${id}" aria-labelledby="${id}-title">`,
    paragraphMarkup(part.title, ctx, 'h2', ` id="${id}-title"`),
    ...blocksMarkup(part.blocks, ctx, subheading),
    '</article>',
  ].join('\n');
}

export async function renderHtml(model: DocumentModel): Promise<Buffer> {
  const s = issueStructure(model);
  const ctx: InlineContext = { sources: s.sources };
  let articles = 0;
  const ids = s.main.map((part) => (part.kind === 'article' ? `article-${++articles}` : part.kind === 'briefs' ? 'briefs' : ''));
  const articleIds = ids.filter((id) => id.startsWith('article-'));
  const main = s.main.map((part, i) => partMarkup(part, ids[i], ctx)).filter(Boolean);
  const colophon = s.colophon.length ? `<footer class="colophon">\n${blocksMarkup(s.colophon, ctx).join('\n')}\n</footer>` : '';
  const page = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(model.meta.title)}</title>`,
    ...(model.meta.author ? [`<meta name="author" content="${escapeAttribute(model.meta.author)}">`] : []),
    `<style>\n${stylesheet(model, model.webCss)}\n</style>`,
    '</head>',
    '<body>',
    headerMarkup(s, ctx, Boolean(model.draft)),
    tocMarkup(s, ctx, articleIds),
    `<main>\n${main.join('\n')}\n</main>`,
    colophon,
    '</body>',
    '</html>',
    '',
  ].filter((line) => line !== '');
  return Buffer.from(`${page.join('\n')}\n`, 'utf8');
}
