// Article bodies are Markdown: markdown-it turns them into the document markup (escaped HTML,
// raw HTML disabled so an editor's `<b>` stays literal text). The attribution is appended here
// because it belongs inside the last paragraph, which a template cannot reach into.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

export function markdownToMarkup(markdown: string): string {
  return md.render(markdown);
}

/** The body with `（source）` run in at the end of its last paragraph (or as its own line). */
export function attributedMarkup(bodyMarkup: string, source: string | undefined): string {
  if (!source) return bodyMarkup;
  const run = `<span class="source">（${md.utils.escapeHtml(source)}）</span>`;
  const lastClose = bodyMarkup.lastIndexOf('</p>');
  const lastParagraphIsLastBlock = lastClose >= 0 && bodyMarkup.slice(lastClose + 4).trim() === '';
  const lastIsImage = lastParagraphIsLastBlock && /<p><img [^>]*><\/p>\s*$/.test(bodyMarkup);
  if (lastParagraphIsLastBlock && !lastIsImage) return `${bodyMarkup.slice(0, lastClose)}${run}${bodyMarkup.slice(lastClose)}`;
  return `${bodyMarkup}<p class="source">${run}</p>`;
}

export interface BodyImage {
  src: string;
  alt: string;
  /** 0-based line within the Markdown text. */
  line: number;
}

/** Every image of a body with its line, so image problems point into the YAML file. */
export function imagesOf(markdown: string): BodyImage[] {
  const found: BodyImage[] = [];
  for (const token of md.parse(markdown, {})) {
    for (const child of token.children ?? []) {
      if (child.type === 'image') {
        found.push({ src: child.attrGet('src') ?? '', alt: child.content, line: token.map?.[0] ?? 0 });
      }
    }
  }
  return found;
}
