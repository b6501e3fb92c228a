// Two-column back issues: a section set in two columns (w:cols, with a column break), and the
// older layout of one text box per column placed side by side. Read in column order (the left
// column top to bottom, then the right), each paragraph once, a picture in a box once.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ColumnBreak, Document, ImageRun, Packer, Paragraph, Textbox, type ISectionOptions } from 'docx';
import { png } from '../intake/make-docx';
import { importTyped, loaded, tmp } from './round-trip-helpers';
import { para, XBS } from './secretary-docx';
import { runCli } from '../../helpers/run-cli';

const ARTICLES = [
  {
    title: '市科协召开党组会议',
    body: ['5月10日，市科协召开党组会议，传达学习省科协全委会精神，研究部署下一阶段工作。'],
    source: '市科协办公室',
  },
  {
    title: '全市科普工作会议召开',
    body: ['5月12日，全市科普工作会议召开，总结去年科普工作，部署今年科普重点任务。'],
    source: '市科协科普部',
  },
  {
    title: '瓯海区科协开展科技助农活动',
    body: ['5月15日，瓯海区科协组织专家走进田间地头，为农户讲解果树栽培技术。'],
    source: '瓯海区科协',
  },
];

const masthead = () => [
  para('温州科协信息', { font: XBS, size: 84, color: 'FF0000', center: true }),
  para('第5期\u3000\u3000总第270期', { center: true }),
  para('温州市科学技术协会编\t\t\t2022年5月31日'),
];
const articleParas = (a: (typeof ARTICLES)[number]) => [
  para(a.title, { font: XBS, size: 44, center: true }),
  ...a.body.map((b, i) => para(`\u3000\u3000${b}${i === a.body.length - 1 ? `（${a.source}）` : ''}`)),
];
const expected = ARTICLES.map((a) => [a.title, a.source, `${a.body.join('\n\n')}\n`]);
const got = (yamlFile: string) => loaded(yamlFile).articles.map((a) => [a.title, a.source, a.body]);

test('a section in two columns with a column break: the articles in order, each paragraph once', async () => {
  const dir = tmp();
  const file = path.join(dir, 'cols.docx');
  const sections: ISectionOptions[] = [
    { children: masthead() },
    {
      properties: { column: { count: 2, space: 425 } },
      children: [
        ...articleParas(ARTICLES[0]),
        ...articleParas(ARTICLES[1]),
        new Paragraph({ children: [new ColumnBreak()] }),
        ...articleParas(ARTICLES[2]),
      ],
    },
  ];
  fs.writeFileSync(file, await Packer.toBuffer(new Document({ sections })));
  const run = await runCli(['import', file, '-o', dir]);
  expect(run.stdout).toMatch(/整期，3 篇文章/);
  expect(got(path.join(dir, 'cols.yaml'))).toEqual(expected);
});

const PHOTO = png(200, 40, 40, 60, 40);
const box = (left: number, top: number, children: Paragraph[]) =>
  new Textbox({
    style: { position: 'absolute', marginLeft: `${left}pt`, marginTop: `${top}pt`, width: '220pt', height: '400pt' },
    children,
  });

test('one text box per column, the right one anchored first: read in column order; a picture in a box once', async () => {
  const left = [
    ...articleParas(ARTICLES[0]),
    new Paragraph({ children: [new ImageRun({ type: 'png', data: PHOTO, transformation: { width: 60, height: 40 } })] }),
    para('图为会议现场。', { size: 24, center: true }),
    ...articleParas(ARTICLES[1]),
  ];
  const right = articleParas(ARTICLES[2]);
  const made = await importTyped('boxes', [...masthead(), box(240, 0, right), box(0, 0, left)]);
  expect(made.run.stdout).toMatch(/整期，3 篇文章/);
  const articles = loaded(made.yamlFile).articles;
  expect(articles.map((a) => a.title)).toEqual(ARTICLES.map((a) => a.title));
  const hash = createHash('sha256').update(PHOTO).digest('hex');
  const photos = fs.readFileSync(made.yamlFile, 'utf8').match(/!\[[^\]]*\]\([^)]*\)/g) ?? [];
  expect(photos).toHaveLength(1);
  const name = /^!\[图为会议现场。\]\(images\/([0-9a-f]+)\.png\)$/.exec(photos.join(''))?.[1] ?? 'none';
  expect(hash.startsWith(name)).toBe(true);
  expect(articles[2].body).toBe(`${ARTICLES[2].body[0]}\n`);
  expect(made.codes).toContain('JB189');
});
