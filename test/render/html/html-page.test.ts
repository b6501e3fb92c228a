// `--to html`: both samples pass html-validate's recommended rules; the page is one file (CSS in
// one <style>, photos as data: URIs with their captions as alt text); 本期要目 links to every
// article; every character of typed text (markup characters and quotes included) is shown as typed.
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Block } from '../../../src/model/model';
import { renderHtml } from '../../../src/render/html';
import { blockText } from '../../../src/render/html/structure';
import { templateFrom, tempDir } from '../../templates/fixture';
import { dom, elements, modelOf, SAMPLES, textOf, typedModel } from './web-fixtures';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

describe.each(SAMPLES)('%s as a web page', (sample) => {
  let html: string;
  beforeAll(async () => {
    html = (await renderHtml(modelOf(sample))).toString('utf8');
  });

  test('passes html-validate (recommended rules)', async () => {
    const report = await validator.validateString(html);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    expect(messages).toEqual([]);
    expect(report.valid).toBe(true);
  });

  test('is one self-contained, zh-CN page', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    const doc = dom(html);
    expect(elements(doc, (e) => e.name === 'style')).toHaveLength(1);
    expect(elements(doc, (e) => e.name === 'script' || e.name === 'link' || e.name === 'iframe')).toHaveLength(0);
    for (const img of elements(doc, (e) => e.name === 'img')) expect(img.attribs.src).toMatch(/^data:image\/(png|jpeg);base64,/);
    expect(html).toMatch(/@media print/);
    expect(html).toContain('name="viewport"');
  });

  test('本期要目 links to each article, and each article has its title as <h2>', () => {
    const doc = dom(html);
    const articles = elements(doc, (e) => e.name === 'article');
    expect(articles.length).toBeGreaterThan(1);
    for (const article of articles) {
      const h2 = elements(article, (e) => e.name === 'h2');
      expect(h2).toHaveLength(1);
      expect(article.attribs['aria-labelledby']).toBe(h2[0].attribs.id);
    }
    const links = elements(doc, (e) => e.name === 'a');
    if (links.length) {
      expect(elements(doc, (e) => e.name === 'nav')).toHaveLength(1);
      expect(links.map((a) => a.attribs.href)).toEqual(articles.map((a) => `#${a.attribs.id}`));
    }
  });

  test('every photo is a <figure> whose alt text and caption are the typed caption', () => {
    const model = modelOf(sample);
    const captions = model.blocks.flatMap((b, i) => (b.kind === 'image' ? [blockText(model.blocks[i + 1])] : []));
    const figures = elements(dom(html), (e) => e.name === 'figure');
    expect(figures.map((f) => elements(f, (e) => e.name === 'img')[0].attribs.alt)).toEqual(captions);
    expect(figures.map((f) => textOf(elements(f, (e) => e.name === 'figcaption')[0]))).toEqual(captions);
  });

  test('every character of the model is on the page, in order', () => {
    const model = modelOf(sample);
    const shown = textOf(elements(dom(html), (e) => e.name === 'body')[0]);
    let from = 0;
    for (const block of model.blocks.flatMap((b) => (b.kind === 'bottom' ? b.blocks : [b]))) {
      const text = blockText(block);
      if (!text) continue;
      const at = shown.indexOf(text, from);
      expect({ text, found: at >= 0 }).toEqual({ text, found: true });
      from = at + text.length;
    }
  });
});

test('markup characters and quotes in titles, sources and bodies are shown exactly as typed', async () => {
  const title = '标题 <b>粗</b> & “引号” "quote" \'apos\' &amp; </h2>';
  const body = 'x < y && y > z，<script>alert("x")</script> &lt; 不是实体';
  const source = '办公室 & <研究室>';
  const model = typedModel([{ title, body, source }]);
  const html = (await renderHtml(model)).toString('utf8');
  const doc = dom(html);
  expect(elements(doc, (e) => e.name === 'script')).toHaveLength(0);
  expect(elements(doc, (e) => e.name === 'b')).toHaveLength(0);
  const h2 = elements(doc, (e) => e.name === 'h2' && e.attribs.class === 'p-title');
  expect(h2.map(textOf)).toEqual([title]);
  const paragraphs = elements(doc, (e) => e.name === 'article')[0].children.filter(
    (c) => c.type === 'tag' && (c as { name: string }).name === 'p',
  );
  expect(paragraphs.map(textOf)).toEqual([`${body}（${source}）`]);
  const sourceSpan = elements(doc, (e) => e.name === 'span' && (e.attribs.class ?? '').split(' ').includes('source'));
  expect(sourceSpan.map(textOf)).toEqual([`（${source}）`]);
  expect((await validator.validateString(html)).valid).toBe(true);
});

test("a template's web.css is set after the default CSS, and cannot close the <style> early", async () => {
  const root = tempDir();
  templateFrom(root, 'webby', 'plain', { 'web.css': '.p-title { color: #123456; }\n/* </style><script>x()</script> */\n' });
  const file = path.join(root, 'issue.yaml');
  fs.writeFileSync(
    file,
    'publication: { name: 测试, editor: 编辑部 }\ntemplate: ./webby\nissue: { number: 1, date: "2022-04-30" }\narticles:\n  - title: 题目\n    body: 正文。\n',
  );
  const html = (await renderHtml(modelOf(file))).toString('utf8');
  const doc = dom(html);
  expect(elements(doc, (e) => e.name === 'script')).toHaveLength(0);
  const css = textOf(elements(doc, (e) => e.name === 'style')[0]);
  expect(css.indexOf('.p-title { color: #123456; }')).toBeGreaterThan(css.indexOf('.p-title {'));
  expect(css).toContain('<\\/style>');
});

test('a web.css that is a link is refused like any other template file', () => {
  const root = tempDir();
  const dir = templateFrom(root, 'linked', 'plain');
  fs.symlinkSync('/etc/hostname', path.join(dir, 'web.css'));
  const file = path.join(root, 'issue.yaml');
  fs.writeFileSync(
    file,
    'publication: { name: 测试, editor: 编辑部 }\ntemplate: ./linked\nissue: { number: 1, date: "2022-04-30" }\narticles:\n  - title: 题目\n    body: 正文。\n',
  );
  expect(() => modelOf(file)).toThrow(/JB408/);
});

test('parts keep the order of the model: lines after the first article stay where they are (the annual index)', async () => {
  const base = modelOf(SAMPLES[0]);
  const p = (style: string, text: string): Block => ({ kind: 'paragraph', style, inlines: [{ kind: 'text', text }] });
  const blocks = [
    p('masthead', '刊名'),
    p('title', '2022 年度总目录'),
    p('section-label', '第 4 期'),
    p('toc-item', '甲文'),
    p('toc-item', '乙文'),
    p('section-label', '第 5 期'),
    p('toc-item', '丙文'),
    p('unknown-style', '别的段落'),
  ];
  const html = (await renderHtml({ ...base, blocks })).toString('utf8');
  const body = textOf(elements(dom(html), (e) => e.name === 'body')[0]).replace(/\s+/g, '');
  expect(body).toBe('刊名2022年度总目录第4期甲文乙文第5期丙文别的段落');
  expect(elements(dom(html), (e) => e.name === 'nav')).toHaveLength(0);
  expect((await validator.validateString(html)).valid).toBe(true);
});

test('a table keeps its header row in <thead>, bold stays <strong>, and the page stays valid', async () => {
  const body = ['下表是**一季度**的情况。', '', '| 地区 | 场次 |', '|---|---:|', '| 鹿城 | 12 |', '| 瓯海 | **5** |'].join('\n');
  const model = typedModel([{ title: '表格', body }]);
  const html = (await renderHtml(model)).toString('utf8');
  const doc = dom(html);
  const table = elements(doc, (e) => e.name === 'table')[0];
  expect(elements(table, (e) => e.name === 'th').map(textOf)).toEqual(['地区', '场次']);
  expect(elements(table, (e) => e.name === 'td').map(textOf)).toEqual(['鹿城', '12', '瓯海', '**5**']);
  expect(elements(doc, (e) => e.name === 'strong').map(textOf)).toEqual(['一季度', '地区', '场次']);
  expect((await validator.validateString(html)).valid).toBe(true);
});

test('a draft is marked 样稿 at the top of the page', async () => {
  const model = { ...typedModel([{ title: '题目', body: '正文。' }]), draft: true };
  const header = elements(dom((await renderHtml(model)).toString('utf8')), (e) => e.name === 'header')[0];
  expect(textOf(header)).toContain('样稿');
});
