// Issue #19, rows 1–5 of its table, each built to PDF and DOCX and read back: what the editor
// typed in a body or title is what gets printed. Every test prints its input first.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { buildArticles, buildYaml, linesOf, type Built } from '../helpers/body-build';
import { readPdf } from '../helpers/pdf-read';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderFormat } from '../../src/render/registry';

const show = (label: string, input: string) => console.log(`${label}:\n${JSON.stringify(input)}\n${input}`);
const squash = (s: string) => s.replace(/\s+/g, '');
const errors = (b: Built) => b.diagnostics.filter((d) => d.severity === 'error');

/** The PDF lines and DOCX paragraphs after the article title `title` (its last occurrence: the
 * kexie template lists it in 本期要目 first). */
function after(b: Built, title: string) {
  const p = b.docxParagraphs.lastIndexOf(title);
  const l = b.pdfLines.map((x) => x.text).lastIndexOf(title);
  expect(p).toBeGreaterThanOrEqual(0);
  expect(l).toBeGreaterThanOrEqual(0);
  return { paragraphs: b.docxParagraphs.slice(p + 1), xml: b.docxXml.slice(p + 1), lines: b.pdfLines.slice(l + 1) };
}

describe('row 1: numbering in every Chinese form prints, with the normal indent', () => {
  const NUMBERED = [
    '1. 加强组织领导。',
    '2. 强化责任落实。',
    '1、明确目标。',
    '（1）细化任务。',
    '(1)压实责任。',
    '①统筹推进。',
    '一、总体要求。',
    '（一）工作目标。',
    '第一，提高认识。',
    '2022. 是关键的一年。',
  ];
  const PLAIN = '会议强调。';
  let built: Built;
  beforeAll(async () => {
    const body = [PLAIN, ...NUMBERED].join('\n\n');
    show('body', body);
    // The plain template keeps every line on page 1, so the left edges compare directly.
    built = await buildArticles([{ title: '编号', body }]);
  });

  it('builds without errors', () => expect(errors(built)).toEqual([]));

  it('every numbered line is one DOCX paragraph, number included, styled like a plain one (no list numbering)', () => {
    const { paragraphs, xml } = after(built, '编号');
    expect(paragraphs.slice(0, NUMBERED.length + 1)).toEqual([PLAIN, ...NUMBERED]);
    const plainPPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(xml[0])![0];
    for (const p of xml.slice(1, NUMBERED.length + 1)) {
      expect(/<w:pPr>[\s\S]*?<\/w:pPr>/.exec(p)![0]).toBe(plainPPr);
      expect(p).not.toContain('w:numPr');
    }
  });

  it("every numbered line prints in the PDF, number included, at the plain paragraph's indent", () => {
    const { lines } = after(built, '编号');
    console.log(
      `PDF lines:\n${lines
        .slice(0, NUMBERED.length + 1)
        .map((l) => `${l.x.toFixed(1)} ${l.text}`)
        .join('\n')}`,
    );
    expect(lines.slice(0, NUMBERED.length + 1).map((l) => squash(l.text))).toEqual([PLAIN, ...NUMBERED].map(squash));
    for (const l of lines.slice(1, NUMBERED.length + 1)) {
      expect(l.page).toBe(lines[0].page);
      expect(l.x).toBeCloseTo(lines[0].x, 1);
    }
  });
});

describe('row 2: lines that broke the template build fine and print as typed', () => {
  const CASES: Array<[string, string, string[]]> = [
    ['a `2022.` line', '前言。\n\n2022. 是关键的一年。\n\n后记。', ['前言。', '2022. 是关键的一年。', '后记。']],
    [
      'numbered items separated by blank lines',
      '1. 第一项。\n\n2. 第二项。\n\n\n3. 第三项。',
      ['1. 第一项。', '2. 第二项。', '3. 第三项。'],
    ],
    ['a tab-indented paragraph', '首段。\n\n\t缩进的段落。', ['首段。', '缩进的段落。']],
    [
      'a paragraph indented by 4 spaces',
      '首段。\n\n    缩进的段落。\n        再缩进的段落。',
      ['首段。', '缩进的段落。', '再缩进的段落。'],
    ],
  ];

  it.each(CASES)('%s', async (_name, body, want) => {
    show('body', body);
    const built = await buildArticles([{ title: '标题', body }], 'kexie');
    expect(errors(built)).toEqual([]);
    expect(built.diagnostics.map((d) => d.code)).not.toContain('JB405');
    const { paragraphs, lines } = after(built, '标题');
    expect(paragraphs.slice(0, want.length)).toEqual(want);
    expect(lines.slice(0, want.length).map((l) => squash(l.text))).toEqual(want.map(squash));
    // Indentation typed by the editor is layout: the paragraph sits at the style's indent.
    for (const l of lines.slice(1, want.length)) {
      expect(l.page).toBe(lines[0].page);
      expect(l.x).toBeCloseTo(lines[0].x, 1);
    }
  });
});

describe('row 3: asterisks, underscores and dashes print', () => {
  const LINES = [
    '2*3=6，结果正确。',
    '*重点*工作要抓实。',
    '_x_ 与 __y__ 与 ~z~ 照印。',
    '- 以减号开头的一行。',
    '+ 加号、> 大于号、| 竖线开头也照印。',
    '*重点*',
  ];
  let built: Built;
  beforeAll(async () => {
    const body = LINES.join('\n');
    show('body', body);
    built = await buildArticles([{ title: '符号', body }]);
  });

  it('the DOCX holds every character', () => {
    expect(errors(built)).toEqual([]);
    expect(after(built, '符号').paragraphs.slice(0, LINES.length)).toEqual(LINES);
  });

  it('the PDF holds every character', () => {
    const { lines } = after(built, '符号');
    expect(lines.slice(0, LINES.length).map((l) => squash(l.text))).toEqual(LINES.map(squash));
  });
});

describe('row 4: a body pasted with one paragraph per line (CRLF, no blank lines) gives one paragraph per line', () => {
  const LINES = ['4月21日，温州市召开推进会。', '会议总结了试点工作。', '会议部署了下一步工作。'];

  async function check(built: Built) {
    expect(errors(built)).toEqual([]);
    const { paragraphs, lines } = after(built, '粘贴');
    expect(paragraphs.slice(0, LINES.length)).toEqual(LINES);
    expect(paragraphs[LINES.length] ?? '').not.toContain('会议');
    expect(lines.slice(0, LINES.length).map((l) => squash(l.text))).toEqual(LINES.map(squash));
    // Each paragraph starts indented, so none was run into the one before.
    for (const l of lines.slice(1, LINES.length)) expect(l.x).toBeCloseTo(lines[0].x, 1);
  }

  it('in a file saved with CRLF line ends (a literal block)', async () => {
    const yaml = [
      'publication: { name: 测试简报, editor: 测试单位编 }',
      'template: plain',
      'issue: { date: "2022-04-30" }',
      'articles:',
      '  - title: 粘贴',
      '    body: |',
      ...LINES.map((l) => `      ${l}`),
      '',
    ].join('\r\n');
    show('file (CRLF)', yaml);
    await check(await buildYaml(yaml));
  });

  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['a lone CR', '\r'],
  ])('in a body value whose lines end with %s', async (_name, eol) => {
    const body = LINES.join(eol);
    show('body', body);
    await check(await buildArticles([{ title: '粘贴', body }]));
  });
});

describe('row 5: a title line break (\\n) breaks the PDF line where it is, as in the DOCX', () => {
  const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'wenzhou-kexie-2022-04.yaml');
  const TITLES = (parse(fs.readFileSync(SAMPLE, 'utf8')) as { articles: Array<{ title: string }> }).articles
    .map((a) => a.title)
    .filter((t) => t.includes('\n'));
  let lines: ReturnType<typeof linesOf>;
  let paragraphs: string[];
  beforeAll(async () => {
    const compiled = compileIssue(SAMPLE);
    expect(compiled.model).not.toBeNull();
    lines = linesOf(readPdf(await renderFormat(compiled.model!, 'pdf')));
    const { readDocx } = await import('../helpers/docx-read');
    paragraphs = readDocx(await renderFormat(compiled.model!, 'docx')).paragraphs;
  });

  it('the sample has two-line titles (p5 printed `…“两会”精` / `神` before)', () => {
    expect(TITLES.length).toBeGreaterThanOrEqual(4);
    expect(TITLES).toContain('市科协召开党组会\n传达学习贯彻市“两会”精神');
  });

  it.each(TITLES)('%s', (title) => {
    show('title', title);
    const [first, second] = title.split('\n');
    const at = lines.findIndex((l) => squash(l.text) === squash(first));
    console.log(`PDF lines: ${JSON.stringify(lines.slice(at, at + 2).map((l) => l.text))}`);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(squash(lines[at + 1].text)).toBe(squash(second));
    expect(lines[at + 1].y).toBeGreaterThan(lines[at].y);
    expect(paragraphs).toContain(title);
  });
});
