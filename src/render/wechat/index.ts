// document model → HTML for the 公众号 editor (`--to wechat`): the same parts as the web page,
// styled inline on the tags the editor keeps, photos referenced in a folder beside the file so
// the editor can upload them. One file is one 公众号 article: the whole issue when it is within
// 20,000 characters, else consecutive articles packed per file (masthead and 本期要目 open the
// first, 简讯 and 报尾 close the last).
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { diag } from '../../diagnostics/make';
import type { Block, DocumentModel, ImageBlock, ParagraphBlock } from '../../model/model';
import { escapeText } from '../html/escape';
import { blockText, issueStructure, type MainPart } from '../html/structure';
import { blocksMarkup, paragraphMarkup, type WechatContext } from './inline-markup';
import { charCount, packUnits, WECHAT_CHAR_LIMIT } from './split';

export interface WechatOptions {
  /** Folder of the copied photos as the file refers to it (relative to the output file). */
  imageFolder: string;
  /** What the split warning names: the issue file, else the output as asked for (X.wechat.html). */
  file?: string;
  /** Names of the files written when split, in order (for the warning). */
  partNames?: (count: number) => string[];
  diagnostics?: Diagnostic[];
}

export interface WechatOutput {
  /** One HTML file per 公众号 article, in order. */
  parts: Buffer[];
  /** Photos to copy into the image folder, by file name. */
  images: Array<{ name: string; data: Buffer }>;
}

interface Unit {
  chars: number;
  html: string[];
  /** An article's title, named when it alone is over the limit. */
  title: string | null;
}

const SECTION = 'margin: 0 0 2em';
const WRAPPER = "font-size: 16px; line-height: 1.8; color: #1a1a1a; font-family: 'Noto Serif SC', 'Songti SC', SimSun, serif";

function partUnit(part: MainPart, ctx: WechatContext): Unit {
  const heading = (b: ParagraphBlock) => (b.style === 'subheading' ? 'h3' : 'p');
  if (part.kind === 'loose')
    return { chars: charCount(part.blocks.map(blockText).join('')), html: blocksMarkup(part.blocks, ctx, heading), title: null };
  const head = part.kind === 'article' ? part.title : part.heading;
  const blocks: Block[] = [...(part.kind === 'article' ? part.lead : []), head, ...part.blocks];
  const inner = [
    ...blocksMarkup(part.kind === 'article' ? part.lead : [], ctx),
    paragraphMarkup(head, ctx, 'h2'),
    ...blocksMarkup(part.blocks, ctx, heading),
  ];
  return {
    chars: charCount(blocks.map(blockText).join('')),
    html: [`<section style="${SECTION}">`, ...inner, '</section>'],
    title: blockText(head),
  };
}

function page(title: string, body: string[]): Buffer {
  const html = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeText(title)}</title>`,
    '</head>',
    '<body>',
    `<section style="${WRAPPER}">`,
    ...body,
    '</section>',
    '</body>',
    '</html>',
    '',
  ];
  return Buffer.from(html.join('\n'), 'utf8');
}

export async function renderWechat(model: DocumentModel, options: WechatOptions): Promise<WechatOutput> {
  const s = issueStructure(model);
  const ctx: WechatContext = { model, imageFolder: options.imageFolder, images: new Map() };
  const front: Block[] = [...s.header, ...(s.toc ? [...(s.toc.heading ? [s.toc.heading] : []), ...s.toc.items, ...s.toc.rest] : [])];
  const frontHtml = [
    ...(model.draft ? ['<p style="color: #cc0000; font-weight: bold">样稿</p>'] : []),
    ...blocksMarkup(front, ctx, (b) => (b === s.name ? 'h1' : b === s.toc?.heading ? 'h2' : 'p')),
  ];
  // The masthead and 本期要目 are packed first, the 报尾 last: they open the first file and close
  // the last, and go in a file of their own only when the article beside them leaves no room.
  const units: Unit[] = [
    ...(frontHtml.length ? [{ chars: charCount(front.map(blockText).join('')), html: frontHtml, title: null }] : []),
    ...s.main.map((part) => partUnit(part, ctx)),
    ...(s.colophon.length
      ? [{ chars: charCount(s.colophon.map(blockText).join('')), html: blocksMarkup(s.colophon, ctx), title: null }]
      : []),
  ];
  const total = units.reduce((n, u) => n + u.chars, 0);
  const groups = packUnits(units.length ? units : [{ chars: 0, html: [], title: null }]);
  const file = options.file ?? model.meta.title;
  if (groups.length > 1) {
    const files = options.partNames?.(groups.length).join('、') ?? String(groups.length);
    options.diagnostics?.push(diag('JB620', file, null, { chars: total, limit: WECHAT_CHAR_LIMIT, parts: groups.length, files }));
  }
  for (const unit of units) {
    if (unit.chars > WECHAT_CHAR_LIMIT)
      options.diagnostics?.push(diag('JB621', file, null, { title: unit.title ?? '', chars: unit.chars, limit: WECHAT_CHAR_LIMIT }));
  }
  const parts = groups.map((group, i) =>
    page(
      groups.length > 1 ? `${model.meta.title}（${i + 1}/${groups.length}）` : model.meta.title,
      group.flatMap((u) => u.html),
    ),
  );
  const images = model.blocks.filter((b): b is ImageBlock => b.kind === 'image');
  const copied = [...ctx.images].map(([imagePath, name]) => ({
    name,
    data: (images.find((b) => b.path === imagePath) as ImageBlock).data,
  }));
  return { parts, images: copied };
}
