// The 年度总目录 as a document model, built directly (no Handlebars): the series name and
// "YYYY 年度总目录" at the top, then per issue a heading (第 N 期（总第 M 期）, date flush right)
// and one line per article (its 本期要目 line). It borrows the series template's page, fonts and
// paragraph styles, picking for each role the first style the template defines, so a custom
// template's look carries over without a partial of its own.
import type { Block, DocumentModel, FontFace, FontRole, Inline, ParagraphBlock } from '../model/model';
import { documentModel } from '../layout/document-model';
import type { Issue } from '../schema/issue-schema';
import type { LoadedTemplate } from '../templates/load-template';
import { chineseDate } from '../templates/helpers';
import { tocLine } from '../templates/template-data';

/** Style preferences per role (kexie names first); `default` always exists. */
const ROLES = {
  name: ['masthead', 'title', 'default'],
  heading: ['title', 'section-heading', 'default'],
  issue: ['section-label', 'subheading', 'default'],
  article: ['toc-item', 'body', 'default'],
} as const;

function pick(template: LoadedTemplate, role: keyof typeof ROLES): string {
  return ROLES[role].find((s) => template.manifest.paragraphStyles[s]) ?? 'default';
}

const para = (style: string, inlines: Inline[]): ParagraphBlock => ({ kind: 'paragraph', style, inlines });
const text = (t: string): Inline => ({ kind: 'text', text: t });

export function issueHeading(issue: Issue): string {
  const { number, total } = issue.issue;
  return [number ? `第 ${number} 期` : '', total ? `（总第 ${total} 期）` : ''].join('') || chineseDate(issue.issue.date);
}

export interface IndexModelInput {
  year: number;
  issues: Issue[];
  template: LoadedTemplate;
  fonts: Record<FontRole, FontFace>;
  /** Fixed document date; default 31 December of the year (reproducible bytes). */
  date?: Date;
}

export function annualIndexModel({ year, issues, template, fonts, date }: IndexModelInput): DocumentModel {
  const publication = issues[0].publication;
  const { manifest } = template;
  const blocks: Block[] = [para(pick(template, 'name'), [text(publication.name)])];
  if (manifest.ruleStyles.masthead) blocks.push({ kind: 'rule', style: 'masthead' });
  blocks.push(para(pick(template, 'heading'), [text(`${year} 年度总目录`)]));
  for (const issue of issues) {
    blocks.push(para(pick(template, 'issue'), [text(issueHeading(issue)), { kind: 'tab' }, text(chineseDate(issue.issue.date))]));
    for (const article of issue.articles) blocks.push(para(pick(template, 'article'), [text(tocLine(article))]));
  }
  const meta = {
    title: `${publication.name} ${year} 年度总目录`,
    author: publication.editor,
    date: date ?? new Date(Date.UTC(year, 11, 31)),
  };
  return documentModel(manifest, fonts, meta, blocks);
}
