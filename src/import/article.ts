// Stage 6: one article from its title and body lines: blocks, then the closing attribution
// `（…）` taken off the last paragraph (or the line it stands on alone), then any byline.
import { readBody } from './paragraphs';
import { splitAttribution } from './text-rules';
import type { ImportedArticle, ImportNote, Join, Line } from './types';

export interface ArticleInput {
  title: string;
  toc?: string;
  section?: string;
  line: number;
  body: readonly Line[];
  captionAtHead: boolean;
}

export function buildArticle(input: ArticleInput): { article: ImportedArticle; joins: Join[]; notes: ImportNote[] } {
  const { blocks, bylines, joins, notes } = readBody(input.body, { captionAtHead: input.captionAtHead });
  const article: ImportedArticle = { title: input.title, blocks, line: input.line };
  if (input.toc) article.toc = input.toc;
  if (input.section) article.section = input.section;
  const last = blocks[blocks.length - 1];
  const attribution = last?.kind === 'paragraph' ? splitAttribution(last.text) : null;
  if (attribution) {
    article.source = attribution.source;
    if (attribution.rest.trim() === '') blocks.pop();
    else last.text = attribution.rest;
  }
  if (bylines.length > 0) {
    article.byline = bylines.map((b) => b.text).join(' ');
    const lastBodyLine = input.body.filter((l) => l.text.trim() !== '').pop()?.no ?? 0;
    for (const b of bylines) {
      if (b.line !== lastBodyLine) notes.push({ code: 'JB161', line: b.line, args: { input: b.text } });
    }
  }
  return { article, joins, notes };
}
