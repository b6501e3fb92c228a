// Reads the parts of an issue back out of the flat document model for the web formats: masthead,
// 本期要目, articles, 简讯, 报尾. The model only names paragraph styles, so the parts are known by
// the style names the built-in templates use (docs/templates.md); a style not listed here is set
// as a plain paragraph of whatever part it falls in, and nothing is ever dropped.
import type { Block, DocumentModel, ParagraphBlock, Run } from '../../model/model';

type Role = 'masthead' | 'name' | 'toc-heading' | 'toc-item' | 'section-label' | 'title' | 'briefs-heading';

const ROLES: Record<string, Role> = {
  mark: 'masthead',
  masthead: 'name',
  name: 'name',
  band: 'name',
  'masthead-number': 'masthead',
  'masthead-meta': 'masthead',
  'issue-line': 'masthead',
  'toc-heading': 'toc-heading',
  'toc-item': 'toc-item',
  'section-label': 'section-label',
  title: 'title',
  'section-heading': 'briefs-heading',
  'briefs-heading': 'briefs-heading',
};

export interface ArticlePart {
  kind: 'article';
  /** Section labels (and their rules) set just before the title. */
  lead: Block[];
  title: ParagraphBlock;
  blocks: Block[];
}
export interface BriefsPart {
  kind: 'briefs';
  heading: ParagraphBlock;
  blocks: Block[];
}
/** Content outside any article (a custom template's own paragraphs). */
export interface LoosePart {
  kind: 'loose';
  blocks: Block[];
}
export type MainPart = ArticlePart | BriefsPart | LoosePart;

export interface IssueStructure {
  /** The masthead or band; `name` is the paragraph that names the publication (the page's h1). */
  header: Block[];
  name: ParagraphBlock | null;
  toc: { heading: ParagraphBlock | null; items: ParagraphBlock[]; rest: Block[] } | null;
  main: MainPart[];
  /** The 报尾 (the model's bottom blocks). */
  colophon: Block[];
  /** The （来源） run that closes an article, shown as the article's source. */
  sources: Set<Run>;
}

const roleOf = (style: string): Role | undefined => (Object.hasOwn(ROLES, style) ? ROLES[style] : undefined);

/** The trailing （…） run of an article in a run style of its own: the source attribution. */
function sourceRun(blocks: Block[]): Run | null {
  const last = blocks[blocks.length - 1];
  if (last?.kind !== 'paragraph') return null;
  const run = last.inlines[last.inlines.length - 1];
  if (run?.kind !== 'text' || !/^（[\s\S]*）$/.test(run.text)) return null;
  return run.font || run.color || last.style === 'source' ? run : null;
}

export function issueStructure(model: DocumentModel): IssueStructure {
  const out: IssueStructure = { header: [], name: null, toc: null, main: [], colophon: [], sources: new Set() };
  let lead: Block[] = [];
  let current: Block[] = out.header;
  let inHeader = true;
  const loose = (): Block[] => {
    const last = out.main[out.main.length - 1];
    if (last?.kind === 'loose') return last.blocks;
    const part: LoosePart = { kind: 'loose', blocks: [] };
    out.main.push(part);
    return part.blocks;
  };
  // The part content falls in once the masthead and 本期要目 are behind: the last one, or a loose one.
  const mainPart = (): Block[] => out.main[out.main.length - 1]?.blocks ?? loose();
  for (const block of model.blocks) {
    if (block.kind === 'pagebreak') continue;
    if (block.kind === 'bottom') {
      out.colophon.push(...block.blocks);
      continue;
    }
    const role = block.kind === 'paragraph' ? roleOf(block.style) : undefined;
    if (block.kind === 'paragraph' && role !== 'masthead' && role !== 'name') inHeader = false;
    // A section label that no title follows (the annual index's issue lines) is ordinary content.
    if (current === lead && role !== 'title' && role !== 'section-label' && block.kind === 'paragraph') {
      const target = mainPart();
      target.push(...lead);
      lead = [];
      current = target;
    }
    if (block.kind === 'paragraph' && role === 'toc-heading' && out.main.length === 0) {
      out.toc = { heading: block, items: [], rest: [] };
      current = out.toc.rest;
    } else if (block.kind === 'paragraph' && role === 'toc-item' && out.main.length === 0 && current !== lead) {
      out.toc ??= { heading: null, items: [], rest: [] };
      out.toc.items.push(block);
      current = out.toc.rest;
    } else if (role === 'section-label') {
      lead.push(block);
      current = lead;
    } else if (block.kind === 'paragraph' && role === 'title') {
      const article: ArticlePart = { kind: 'article', lead, title: block, blocks: [] };
      out.main.push(article);
      lead = [];
      current = article.blocks;
    } else if (block.kind === 'paragraph' && role === 'briefs-heading') {
      const briefs: BriefsPart = { kind: 'briefs', heading: block, blocks: [] };
      out.main.push(briefs);
      current = briefs.blocks;
    } else if (inHeader) {
      if (block.kind === 'paragraph' && role === 'name' && !out.name) out.name = block;
      out.header.push(block);
    } else {
      if (current === out.header) current = loose();
      current.push(block);
    }
  }
  if (lead.length) loose().push(...lead);
  for (const part of out.main) {
    const run = part.kind === 'article' ? sourceRun(part.blocks) : null;
    if (run) out.sources.add(run);
  }
  return out;
}

/** Every character the model prints, paragraph by paragraph, in reading order (for counting). */
export function blockText(block: Block): string {
  if (block.kind === 'paragraph') return block.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join('');
  if (block.kind === 'table')
    return block.rows.flatMap((r) => r.cells.flatMap((c) => c.map((i) => (i.kind === 'text' ? i.text : '')))).join('');
  if (block.kind === 'bottom') return block.blocks.map(blockText).join('');
  return '';
}
