// DOCX contributions made with the `docx` package the ways editors' files are made: each import is
// checked in its YAML (what was recognised, what got a 请核对 note) and by building the YAML and
// reading the PDF back: every character of the source text, in order.
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../../helpers/run-cli';
import {
  AlignmentType,
  centredTitle,
  docxOf,
  empty,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Paragraph,
  png,
  Table,
  TableCell,
  TableRow,
  TextRun,
  typed,
} from './make-docx';
import { firstArticle, firstMissingInOrder, pdfTexts, tmp } from './intake-helpers';
import { LevelFormat } from 'docx';
import { linesOf } from '../../helpers/body-build';
import { paragraphText, readDocx } from '../../helpers/docx-read';
import { readPdf } from '../../helpers/pdf-read';

interface Case {
  name: string;
  children: () => (Paragraph | Table)[];
  /** The text an editor sees in Word, in order (what the PDF must hold). */
  source: string;
  /** Captions, looked for on their own: a photo that does not fit floats to the next page. */
  captions?: string[];
  footnotes?: Record<number, { children: Paragraph[] }>;
  numbering?: ConstructorParameters<typeof import('docx').Document>[0]['numbering'];
}

const PHOTO = png(200, 30, 30);

const CASES: Case[] = [
  {
    name: 'indent-blank',
    children: () => [
      centredTitle('市科协召开党组会'),
      empty(),
      typed('4月21日，市科协召开党组会。'),
      empty(),
      empty(),
      typed('会议强调，要抓好落实。'),
      new Paragraph({ children: [new TextRun('  \u3000')] }),
    ],
    source: '市科协召开党组会 4月21日，市科协召开党组会。会议强调，要抓好落实。',
  },
  {
    name: 'heiti-heading',
    children: () => [
      centredTitle('科普大篷车进社区'),
      typed('5月10日，科普大篷车走进社区。'),
      new Paragraph({ children: [new TextRun({ text: '一、活动内容丰富', bold: true, font: { eastAsia: '黑体' } })] }),
      typed('展出展品30件。'),
    ],
    source: '科普大篷车进社区 5月10日，科普大篷车走进社区。一、活动内容丰富 展出展品30件。',
  },
  {
    name: 'heading-styles',
    children: () => [
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('全市科技工作者日活动综述')] }),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('学术交流')] }),
      typed('举办学术报告会12场。'),
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('走访慰问')] }),
      typed('走访科技工作者86人。'),
    ],
    source: '全市科技工作者日活动综述 学术交流 举办学术报告会12场。走访慰问 走访科技工作者86人。',
  },
  {
    name: 'photo-caption',
    children: () => [
      centredTitle('青少年科技节开幕'),
      typed('6月1日，青少年科技节开幕。'),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new ImageRun({ type: 'png', data: PHOTO, transformation: { width: 120, height: 90 } })],
      }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('图为开幕式现场。')] }),
      typed('共有3000名学生参加。（市科协青少部）'),
    ],
    source: '青少年科技节开幕 6月1日，青少年科技节开幕。图为开幕式现场。共有3000名学生参加。（市科协青少部）',
    captions: ['图为开幕式现场。'],
  },
  {
    name: 'table',
    children: () => [
      centredTitle('一季度科普活动统计'),
      typed('一季度各县开展活动如下。'),
      new Table({
        rows: [
          ['地区', '场次'],
          ['鹿城', '12'],
          ['瓯海', '9'],
        ].map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
      }),
      typed('合计21场。'),
    ],
    source: '一季度科普活动统计 一季度各县开展活动如下。地区 场次 鹿城 12 瓯海 9 合计21场。',
  },
  {
    name: 'soft-break',
    children: () => [
      centredTitle('院士专家工作站授牌'),
      new Paragraph({ children: [new TextRun('会上为5家单位授牌'), new TextRun({ text: '并签订合作协议。', break: 1 })] }),
    ],
    source: '院士专家工作站授牌 会上为5家单位授牌 并签订合作协议。',
  },
  {
    name: 'footnotes',
    children: () => [
      centredTitle('学会服务能力提升'),
      new Paragraph({ children: [new TextRun('全市共有学会56家'), new FootnoteReferenceRun(1), new TextRun('。')] }),
    ],
    footnotes: { 1: { children: [new Paragraph('含市级学会42家。')] } },
    source: '学会服务能力提升 全市共有学会56家[1]。[1] 含市级学会42家。',
  },
  {
    name: 'numbering',
    numbering: {
      config: [
        {
          reference: 'cn',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '（%1）', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    children: () => [
      centredTitle('工作要点'),
      new Paragraph({ numbering: { reference: 'cn', level: 0 }, children: [new TextRun('加强组织建设，完善制度。')] }),
      new Paragraph({ numbering: { reference: 'cn', level: 1 }, children: [new TextRun('召开理事会。')] }),
      new Paragraph({ numbering: { reference: 'cn', level: 1 }, children: [new TextRun('换届选举。')] }),
      new Paragraph({ numbering: { reference: 'cn', level: 0 }, children: [new TextRun('推进科普工作，扩大覆盖。')] }),
      typed('3. 打字输入的编号也原样保留。'),
    ],
    source: '工作要点（一）加强组织建设，完善制度。1.召开理事会。2.换届选举。（二）推进科普工作，扩大覆盖。3. 打字输入的编号也原样保留。',
  },
  {
    name: 'byline-lead',
    children: () => [
      centredTitle('乡村振兴科技行'),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('本报记者 徐军 通讯员 叶旭光')] }),
      new Paragraph({ children: [new TextRun({ text: '\u3000\u3000一是送技术下乡。', bold: true }), new TextRun('组织专家120人次。')] }),
    ],
    source: '乡村振兴科技行 一是送技术下乡。组织专家120人次。',
  },
];

describe('jianbao import: .docx contributions', () => {
  const dir = tmp('docx');
  const yaml = (name: string) => path.join(dir, 'out', `${name}.yaml`);
  let stdout = '';
  let stderr = '';
  let pdf = new Map<string, string>();

  beforeAll(async () => {
    for (const c of CASES)
      fs.writeFileSync(path.join(dir, `${c.name}.docx`), await docxOf(c.children(), { footnotes: c.footnotes, numbering: c.numbering }));
    const run = await runCli(['import', ...CASES.map((c) => path.join(dir, `${c.name}.docx`)), '-o', path.join(dir, 'out')]);
    stdout = run.stdout;
    stderr = run.stderr;
    expect(run.code).toBe(0);
    pdf = await pdfTexts(CASES.map((c) => yaml(c.name)));
  }, 120_000);

  it('writes one YAML per file, many at once, with a summary line each', () => {
    for (const c of CASES) {
      expect(fs.existsSync(yaml(c.name))).toBe(true);
      expect(stdout).toContain(`${c.name}.docx → ${yaml(c.name)}：1 篇文章`);
    }
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s: every source character prints in order in the PDF', (_name, c) => {
    expect(firstMissingInOrder(c.source, pdf.get(yaml(c.name))!, c.captions)).toBeNull();
  });

  it('drops typed indentation and blank paragraphs', () => {
    const a = firstArticle(yaml('indent-blank'));
    expect(a.title).toBe('市科协召开党组会');
    expect(a.body).toBe('4月21日，市科协召开党组会。\n\n会议强调，要抓好落实。\n');
    expect(fs.readFileSync(yaml('indent-blank'), 'utf8')).not.toContain('# 请核对：');
  });

  it('takes a bold 黑体 line with no style as a subheading, with a 请核对 note naming the paragraph', () => {
    expect(firstArticle(yaml('heiti-heading')).body).toContain('\n## 一、活动内容丰富\n');
    expect(fs.readFileSync(yaml('heiti-heading'), 'utf8')).toMatch(/# 请核对：第 3 段“一、活动内容丰富”按加粗或黑体短行识别为小标题/);
    expect(stderr).toMatch(/heiti-heading\.docx: 警告 JB175 第 3 段/);
  });

  it('reads Title and Heading styles without guessing', () => {
    const a = firstArticle(yaml('heading-styles'));
    expect(a.title).toBe('全市科技工作者日活动综述');
    expect(a.body.split('\n').filter((l) => l.startsWith('## '))).toEqual(['## 学术交流', '## 走访慰问']);
    expect(fs.readFileSync(yaml('heading-styles'), 'utf8')).not.toContain('# 请核对：');
  });

  it('extracts the photo by content hash beside the YAML, its caption under it, and the closing source', () => {
    const a = firstArticle(yaml('photo-caption'));
    const m = /^!\[图为开幕式现场。\]\((images\/[0-9a-f]{16}\.png)\)$/m.exec(a.body);
    expect(m).not.toBeNull();
    expect(fs.readFileSync(path.join(dir, 'out', m![1])).equals(PHOTO)).toBe(true);
    expect(a.source).toBe('市科协青少部');
    expect(a.body).toMatch(/共有3000名学生参加。\n$/);
    expect(fs.readFileSync(yaml('photo-caption'), 'utf8')).toMatch(/# 请核对：第 4 段“图为开幕式现场。”作为上一张图片的说明/);
  });

  it('keeps a table as a table: header row, separator line, one line per row, with a note', () => {
    const a = firstArticle(yaml('table'));
    expect(a.body).toContain('一季度各县开展活动如下。\n\n| 地区 | 场次 |\n|---|---|\n| 鹿城 | 12 |\n| 瓯海 | 9 |\n\n合计21场。');
    expect(fs.readFileSync(yaml('table'), 'utf8')).toContain('# 请核对：第 3 段起的表格已作为表格导入（首行为表头）');
    expect(stderr).toMatch(/table\.docx: 警告 JB176 第 3 段起的表格已作为表格导入/);
  });

  it('an imported Word table is a real table in the built PDF and DOCX', async () => {
    const out = tmp('intake-table');
    const run = await runCli(['build', yaml('table'), '-o', out, '--draft']);
    expect(run.code).toBe(0);
    const docx = readDocx(fs.readFileSync(path.join(out, 'table.docx'))).xml['word/document.xml'] ?? '';
    const tables = docx.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(1);
    const table = tables[0] ?? '';
    const rows = (table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).map((tr) => (tr.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(paragraphText));
    expect(rows).toEqual([
      ['地区', '场次'],
      ['鹿城', '12'],
      ['瓯海', '9'],
    ]);
    expect(table).toContain('<w:tblHeader/>');
    // In the PDF each row's cells share one baseline, and no pipe or separator prints.
    const lines = linesOf(readPdf(fs.readFileSync(path.join(out, 'table.pdf')))).map((l) => l.text.replace(/\s+/g, ''));
    expect(lines).toEqual(expect.arrayContaining(['地区场次', '鹿城12', '瓯海9']));
    expect(lines.join('')).not.toMatch(/[|-]{2}|\|/);
  }, 60_000);

  it('splits a soft line break into two paragraphs and warns when it cuts a sentence', () => {
    expect(firstArticle(yaml('soft-break')).body).toBe('会上为5家单位授牌\n\n并签订合作协议。\n');
    expect(stderr).toMatch(/soft-break\.docx: 警告 JB177 第 2 段在句中有软回车/);
  });

  it('keeps footnotes as text at the end, marked [n] in the text, with a warning', () => {
    expect(firstArticle(yaml('footnotes')).body).toBe('全市共有学会56家[1]。\n\n[1] 含市级学会42家。\n');
    expect(stderr).toMatch(/footnotes\.docx: 警告 JB180/);
  });

  it('keeps Word numbering labels (（一） 1.) and typed numbers as text', () => {
    const lines = firstArticle(yaml('numbering')).body.split('\n').filter(Boolean);
    expect(lines).toEqual([
      '（一）加强组织建设，完善制度。',
      '1.召开理事会。',
      '2.换届选举。',
      '（二）推进科普工作，扩大覆盖。',
      '3. 打字输入的编号也原样保留。',
    ]);
  });

  it('takes a byline under the title and marks a run-in bold lead', () => {
    const a = firstArticle(yaml('byline-lead'));
    expect(a.byline).toBe('本报记者 徐军 通讯员 叶旭光');
    expect(a.body).toBe('**一是送技术下乡。**组织专家120人次。\n');
  });
});
