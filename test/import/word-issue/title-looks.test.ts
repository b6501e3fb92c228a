// Back issues whose titles are not centred: set apart from the body only by a bigger size, by
// their font (黑体, 小标宋), by a paragraph style, by the 要目 that names them, or only by their
// place (after an empty paragraph, above a 来源 line). Each is a whole issue with one article per
// title, and the titles found so are noted (JB085), since a subheading could look the same.
import { Paragraph } from 'docx';
import { importTyped, loaded } from './round-trip-helpers';
import { empty, FS, HEI, para, XBS } from './secretary-docx';

type Look = Parameters<typeof para>[1];

const BODY = [
  '5月10日，市科协召开党组会议，传达学习省科协全委会精神，研究部署下一阶段重点工作，会议由党组书记主持。',
  '会议指出，要围绕中心服务大局，扎实推进“科创中国”试点城市建设，推动科技经济深度融合发展。',
];
const ARTICLES = [
  { title: '市科协召开党组会议', source: '市科协办公室' },
  { title: '全市科普工作会议召开', source: '市科协科普部' },
  { title: '瓯海区科协开展科技助农活动', source: '瓯海区科协' },
];

const masthead = (): Paragraph[] => [
  para('温州科协信息', { font: XBS, size: 84, color: 'FF0000', center: true }),
  para('第5期\u3000\u3000总第270期', { center: true }),
  para('温州市科学技术协会编\t\t\t2022年5月31日'),
];

/** Each article: its title in `look`, the body in 仿宋 三号, the （来源） at the end. */
function issueWith(titleLook: Look, opts: { blank?: boolean; sourceLine?: boolean; subheading?: boolean } = {}): Paragraph[] {
  const out = masthead();
  for (const a of ARTICLES) {
    if (opts.blank) out.push(empty());
    out.push(para(a.title, titleLook));
    if (opts.sourceLine) out.push(para(`来源：${a.source}`));
    out.push(para(`\u3000\u3000${BODY[0]}`));
    if (opts.subheading) out.push(para('\u3000\u3000一、突出重点抓落实', { font: HEI }));
    out.push(para(`\u3000\u3000${BODY[1]}${opts.sourceLine ? '' : `（${a.source}）`}`));
  }
  return out;
}

async function articlesOf(name: string, children: Paragraph[], styles: string[] = []) {
  const got = await importTyped(name, children, styles);
  expect(got.run.stderr).not.toMatch(/JB163/);
  expect(got.run.stdout).toMatch(/整期，3 篇文章/);
  return { got, articles: loaded(got.yamlFile).articles };
}

const titles = ARTICLES.map((a) => [a.title, a.source]);

test('titles in 小标宋 二号, left-aligned: one article per title, noted', async () => {
  const { got, articles } = await articlesOf('size', issueWith({ font: XBS, size: 44 }));
  expect(articles.map((a) => [a.title, a.source])).toEqual(titles);
  expect(articles[0].body).toBe(`${BODY[0]}\n\n${BODY[1]}\n`);
  expect(got.codes).toContain('JB085');
  expect(got.run.stderr).toMatch(
    /JB085 第 4 段等 3 个标题不是居中的大字、小标宋或加粗，是按比正文大的字号认出的（第一个：“市科协召开党组会议”）/,
  );
});

test('titles only a size bigger than the body, in its font: one article per title', async () => {
  const { articles } = await articlesOf('bigger', issueWith({ font: FS, size: 36 }));
  expect(articles.map((a) => [a.title, a.source])).toEqual(titles);
});

test('titles in 黑体 of the body size after an empty paragraph; a 黑体 一、 subheading stays a subheading', async () => {
  const { articles } = await articlesOf('hei', issueWith({ font: HEI }, { blank: true, subheading: true }));
  expect(articles.map((a) => [a.title, a.source])).toEqual(titles);
  expect(articles[1].body).toBe(`${BODY[0]}\n\n## 一、突出重点抓落实\n\n${BODY[1]}\n`);
});

test('titles in body type, only after an empty paragraph and above a 来源 line', async () => {
  const { got, articles } = await articlesOf('place', issueWith({}, { blank: true, sourceLine: true }));
  expect(articles.map((a) => [a.title, a.source])).toEqual(titles);
  expect(articles[2].body).toBe(`${BODY[0]}\n\n${BODY[1]}\n`);
  expect(got.codes).toContain('JB085');
});

test('titles centred in body type (not bold) after an empty paragraph', async () => {
  const { got, articles } = await articlesOf('centred', issueWith({ center: true }, { blank: true }));
  expect(articles.map((a) => [a.title, a.source])).toEqual(titles);
  expect(got.run.stderr).toMatch(/JB085 第 \d+ 段等 3 个标题不是居中的大字、小标宋或加粗，是按居中且前面是空段落认出的/);
});

test('titles in body type named by the 要目, no empty paragraphs: the 要目 finds them', async () => {
  const children = [
    ...masthead(),
    para('本期要目', { font: HEI, center: true }),
    ...ARTICLES.map((a) => para(a.title)),
    ...issueWith({}).slice(3),
  ];
  const { articles } = await articlesOf('toc', children);
  expect(articles.map((a) => [a.title, a.source])).toEqual(titles);
  expect(articles.every((a) => a.toc === undefined)).toBe(true);
});

test('titles known by a paragraph style of the file (文章标题), left-aligned, body type', async () => {
  const { articles } = await articlesOf('style', issueWith({ style: '文章标题' }), ['文章标题']);
  expect(articles.map((a) => [a.title, a.source])).toEqual(titles);
});
