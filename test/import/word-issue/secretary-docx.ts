// Back issues as a secretary types them in WPS or Word (not as jianbao writes them), built with the
// `docx` package from an issue's text: a red centred masthead or one in a table, 第N期 and 总第N期
// on one line, a 要目 with dotted tab leaders and page numbers or as a table, 栏目 headings, titles
// in 小标宋, bodies indented with two U+3000, 黑体 subheadings, the （来源） at the end, a 简讯
// section, an 报尾 of 报：送：发： lines and 共印 N 份 between typed rules or in a table.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  LeaderType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { png } from '../intake/make-docx';

type Child = ISectionOptions['children'][number];

export interface TypedArticle {
  section?: string;
  /** The title's lines (a long title typed over two paragraphs). */
  title: string[];
  /** The 要目 line; none: the 要目 leaves this article out. */
  toc?: string | null;
  /** Body lines: `## ` for a 黑体 subheading, `[photo] caption` for a picture and its caption. */
  body: string[];
  /** Typed run in at the end of the last paragraph, or on a line of its own. */
  source?: string;
  sourceAlone?: boolean;
  byline?: string;
}

export interface TypedIssue {
  mark?: string;
  name?: string;
  /** `第4期　　　　总第269期` or similar, as typed. */
  numbers?: string;
  editorLine?: string;
  /** Typed lines of the 要目 that name no article. */
  extraToc?: string[];
  /** The issue has no 要目 at all. */
  noToc?: boolean;
  articles: TypedArticle[];
  briefsHeading?: string;
  briefs: string[];
  /** The 简讯 typed as a table instead, a row a brief (a header row first, if any). */
  briefsTable?: string[][];
  colophon: string[];
}

export const FS = { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
export const XBS = { eastAsia: '方正小标宋简体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
export const HEI = { eastAsia: '黑体', ascii: '黑体', hAnsi: '黑体' };
export const KAI = { eastAsia: '楷体_GB2312', ascii: '楷体_GB2312', hAnsi: '楷体_GB2312' };

const run = (text: string, opts: { font?: typeof FS; size?: number; bold?: boolean; color?: string } = {}) =>
  new TextRun({ text, font: opts.font ?? FS, size: opts.size ?? 32, bold: opts.bold, color: opts.color });
export const para = (text: string, opts: Parameters<typeof run>[1] & { center?: boolean; style?: string } = {}) =>
  new Paragraph({ alignment: opts.center ? AlignmentType.CENTER : undefined, style: opts.style, children: [run(text, opts)] });
export const empty = (): Paragraph => new Paragraph({});
const PHOTO = png(40, 120, 200, 60, 40);

function cellTable(rows: string[][], opts: { center?: boolean; size?: number; color?: string; font?: typeof FS } = {}): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (c) =>
              new TableCell({
                children: [para(c, opts)],
                columnSpan: cells.length === 1 && rows[0].length > 1 ? rows[0].length : undefined,
              }),
          ),
        }),
    ),
  });
}

function articleParagraphs(a: TypedArticle): Child[] {
  const out: Child[] = [];
  if (a.section) out.push(para(a.section, { font: HEI, bold: true, size: 32 }));
  for (const line of a.title) out.push(para(line, { font: XBS, size: 44, center: true }));
  if (a.byline) out.push(para(a.byline, { font: KAI, size: 28, center: true }));
  a.body.forEach((line, i) => {
    if (line.startsWith('## ')) out.push(para(`\u3000\u3000${line.slice(3)}`, { font: HEI, bold: true }));
    else if (line.startsWith('[photo] ')) {
      out.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new ImageRun({ type: 'png', data: PHOTO, transformation: { width: 60, height: 40 } })],
        }),
      );
      out.push(para(line.slice(8), { font: KAI, size: 24, center: true }));
    } else {
      const last = i === a.body.length - 1 && a.source && !a.sourceAlone;
      out.push(para(`\u3000\u3000${line}${last ? `（${a.source}）` : ''}`));
    }
  });
  if (a.source && a.sourceAlone) out.push(para(`（${a.source}）`));
  out.push(empty());
  return out;
}

/** The red, centred masthead, the 要目 with dotted tab leaders, the 报尾 between typed rules. */
export function redCentred(issue: TypedIssue): Child[] {
  const out: Child[] = [];
  if (issue.mark) out.push(para(issue.mark, { font: HEI, size: 28 }));
  out.push(para(issue.name!, { font: XBS, size: 84, color: 'FF0000', center: true }));
  out.push(para(issue.numbers!, { center: true }));
  out.push(para(issue.editorLine!));
  out.push(para('━━━━━━━━━━━━━━━━━━━━━━━━━━', { color: 'FF0000' }));
  if (!issue.noToc) {
    out.push(para('本 期 要 目', { font: HEI, center: true }));
    const tocLines = [...issue.articles.filter((a) => a.toc !== null).map((a) => a.toc ?? a.title.join('')), ...(issue.extraToc ?? [])];
    tocLines.forEach((t, i) => {
      // A long line typed over two paragraphs: the page number after the second.
      const lines = t.split('\n');
      for (const first of lines.slice(0, -1)) out.push(para(first, { font: KAI }));
      out.push(
        new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: 8800, leader: LeaderType.DOT }],
          children: [run(`${lines[lines.length - 1]}\t${i + 1}`, { font: KAI })],
        }),
      );
    });
    out.push(empty());
  }
  for (const a of issue.articles) out.push(...articleParagraphs(a));
  out.push(para(issue.briefsHeading ?? '简讯', { font: HEI, bold: true, center: true }));
  if (issue.briefsTable) out.push(cellTable(issue.briefsTable));
  else for (const b of issue.briefs) out.push(para(`\u3000\u3000${b}`));
  out.push(empty(), para('________________________________________'));
  for (const c of issue.colophon) out.push(para(c, { size: 28 }));
  return out;
}

/** The WPS habit of tables: the masthead, the 要目 (title | page) and the 报尾 each in a table. */
export function inTables(issue: TypedIssue): Child[] {
  const out: Child[] = [];
  const [num, total] = issue.numbers!.split(/\s+/);
  const [editor, date] = issue.editorLine!.split(/\t+/);
  out.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: {
        top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        bottom: { style: BorderStyle.SINGLE, size: 12, color: 'FF0000' },
      },
      rows: [
        new TableRow({
          children: [
            new TableCell({ columnSpan: 2, children: [para(issue.name!, { font: XBS, size: 84, color: 'FF0000', center: true })] }),
          ],
        }),
        new TableRow({
          children: [
            new TableCell({ children: [para(num, { center: true })] }),
            new TableCell({ children: [para(total, { center: true })] }),
          ],
        }),
        new TableRow({ children: [new TableCell({ children: [para(editor)] }), new TableCell({ children: [para(date)] })] }),
      ],
    }),
  );
  out.push(para('本期要目', { font: HEI, bold: true, center: true }));
  const toc = [...issue.articles.filter((a) => a.toc !== null).map((a) => a.toc ?? a.title.join('')), ...(issue.extraToc ?? [])];
  out.push(
    cellTable(
      toc.map((t, i) => [t, String(i + 2)]),
      { font: KAI },
    ),
  );
  out.push(empty());
  for (const a of issue.articles) out.push(...articleParagraphs(a));
  out.push(para(issue.briefsHeading ?? '简讯', { font: HEI, bold: true, center: true }));
  for (const b of issue.briefs) out.push(para(`\u3000\u3000${b}`));
  out.push(
    empty(),
    cellTable(
      issue.colophon.map((c) => [c]),
      { size: 28 },
    ),
  );
  return out;
}

/** A feature page: no masthead or 要目, a header line, then 栏目 (a city) over each article. */
export function featurePage(issue: TypedIssue): Child[] {
  const out: Child[] = [para(issue.editorLine!, { font: HEI, size: 30 })];
  for (const a of issue.articles) out.push(...articleParagraphs(a));
  return out;
}

/** `styles`: paragraph styles of the file's own (a 署名 or 文章标题 style), by id = name. */
export async function typedDocx(children: Child[], styles: string[] = []): Promise<Buffer> {
  const paragraphStyles = styles.map((name) => ({ id: name, name, basedOn: 'Normal', quickFormat: true }));
  return Packer.toBuffer(new Document({ styles: { paragraphStyles }, sections: [{ children }] }));
}

/** A two-article issue under a 第3期 masthead, its titles in body type, centred and bold. */
export function boldTitles(): Paragraph[] {
  return [
    para('瓯海科协简报', { center: true, size: 72, font: XBS }),
    para('第3期', { center: true }),
    para('瓯海区科协办公室\t\t2019年3月31日'),
    para('区科协召开全委会', { center: true, bold: true }),
    para('\u3000\u30003月5日，区科协召开全委会。（区科协）'),
    para('科普讲座进社区', { center: true, bold: true }),
    para('\u3000\u30003月9日，科普讲座走进社区。（区科协）'),
  ];
}
