// `--to wechat`: only the tags the 公众号 editor keeps, styled inline (no <style>, <script>,
// class=); every character of the issue kept, in order; photos referenced in a folder beside the
// file and copied there; an issue over 20,000 characters split between articles with JB620, an
// article over the limit on its own with JB621.
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic';
import type { DocumentModel } from '../../../src/model/model';
import { renderFiles } from '../../../src/render/registry';
import { blockText } from '../../../src/render/html/structure';
import { charCount, packUnits } from '../../../src/render/wechat/split';
import { runCli } from '../../helpers/run-cli';
import { tempDir } from '../../templates/fixture';
import { issueYaml } from '../../helpers/body-build';
import { dom, elements, modelOf, SAMPLES, typedModel } from '../html/web-fixtures';
import type { ChildNode, Element } from 'domhandler';

const KEPT = new Set(['p', 'span', 'strong', 'section', 'img', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const INLINE_PARENTS = new Set(['p', 'span', 'strong', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** What the model prints, block by block in order (the 报尾 included). */
const modelText = (model: DocumentModel) =>
  model.blocks
    .flatMap((b) => (b.kind === 'bottom' ? b.blocks : [b]))
    .map(blockText)
    .join('');

/** The text of a file's body as the editor would paste it: line ends between block tags are not text. */
function bodyText(html: string): string {
  const body = elements(dom(html), (e) => e.name === 'body')[0];
  const walk = (node: ChildNode, parent: string): string => {
    if (node.type === 'text') return node.data === '\n' && !INLINE_PARENTS.has(parent) ? '' : node.data;
    if (node.type !== 'tag') return '';
    return (node as Element).children.map((c) => walk(c, (node as Element).name)).join('');
  };
  return body.children.map((c) => walk(c, 'body')).join('');
}

async function wechatFiles(model: DocumentModel, stem = path.join(tempDir(), 'issue')) {
  const diagnostics: Diagnostic[] = [];
  const files = await renderFiles(model, 'wechat', stem, { diagnostics });
  return { stem, files, diagnostics, pages: files.filter(([f]) => f.endsWith('.html')).map(([, b]) => b.toString('utf8')) };
}

const long = (n: number, seed: string) => seed.repeat(Math.ceil(n / seed.length)).slice(0, n);

describe.each(SAMPLES)('%s for the 公众号', (sample) => {
  test('one file, only kept tags, inline styles, no <style>, <script> or class=', async () => {
    const { files, pages, diagnostics } = await wechatFiles(modelOf(sample));
    expect(diagnostics).toEqual([]);
    expect(files[0][0]).toMatch(/issue\.wechat\.html$/);
    expect(pages).toHaveLength(1);
    const html = pages[0];
    expect(html).not.toMatch(/<style|<script|<link|class=/i);
    const body = elements(dom(html), (e) => e.name === 'body')[0];
    const tags = new Set(elements(body, () => true).map((e) => e.name));
    expect([...tags].filter((t) => !KEPT.has(t))).toEqual([]);
    expect(elements(body, (e) => e.name === 'p' || e.name === 'h2').every((p) => /\S/.test(p.attribs.style ?? ''))).toBe(true);
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off' } }).validateString(
      html,
    );
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line} ${m.ruleId} ${m.message}`))).toEqual([]);
  });

  test('keeps every character of the issue, in order', async () => {
    const model = modelOf(sample);
    const { pages } = await wechatFiles(model);
    expect(bodyText(pages[0])).toBe(modelText(model));
  });
});

test('photos are copied into a folder beside the file and referenced there by file name', async () => {
  const model = modelOf('samples/feature-page-2021-06.yaml');
  const { stem, files, pages } = await wechatFiles(model);
  const images = model.blocks.filter((b) => b.kind === 'image');
  const copied = files.filter(([f]) => !f.endsWith('.html'));
  expect(copied.map(([f]) => path.dirname(f))).toEqual(images.map(() => `${stem}.wechat-images`));
  expect(copied.map(([, bytes]) => bytes)).toEqual(images.map((b) => (b.kind === 'image' ? b.data : null)));
  const srcs = elements(dom(pages[0]), (e) => e.name === 'img').map((e) => e.attribs.src);
  expect(srcs).toEqual(copied.map(([f]) => `issue.wechat-images/${path.basename(f)}`));
});

test('an issue over 20,000 characters is split between articles into numbered files, with JB620', async () => {
  const articles = [1, 2, 3, 4].map((n) => ({
    title: `第${n}篇`,
    body: `${long(4000, '测试文字，')}\n\n${long(4000, '第二段。')}`,
    source: `来源${n}`,
  }));
  const model = typedModel(articles);
  const { files, pages, diagnostics } = await wechatFiles(model);
  expect(files.map(([f]) => path.basename(f))).toEqual(['issue.wechat-1.html', 'issue.wechat-2.html']);
  expect(diagnostics.map((d) => [d.code, d.args.parts, d.args.files])).toEqual([['JB620', 2, 'issue.wechat-1.html、issue.wechat-2.html']]);
  const texts = pages.map(bodyText);
  for (const text of texts) expect(charCount(text)).toBeLessThanOrEqual(20_000);
  expect(texts.join('')).toBe(modelText(model));
  expect(texts[0]).toContain('测试简报');
  expect(texts[1]).not.toContain('测试简报');
  expect(texts[1].startsWith('第3篇')).toBe(true);
  for (const page of pages) expect(page).not.toMatch(/<style|<script|class=/i);
});

test('an article over the limit on its own is never cut: it stays whole, with JB621', async () => {
  const body = [long(7000, '很长的段落。'), long(7000, '第二段落。'), long(7000, '第三段落。')].join('\n\n');
  const model = typedModel([
    { title: '长文', body },
    { title: '短文', body: '一段。' },
  ]);
  const { pages, diagnostics } = await wechatFiles(model);
  expect(diagnostics.map((d) => d.code).sort()).toEqual(['JB620', 'JB621']);
  expect(diagnostics.find((d) => d.code === 'JB621')?.args.title).toBe('长文');
  const texts = pages.map(bodyText);
  expect(texts.join('')).toBe(modelText(model));
  // The masthead cannot share the long article's file; the short article cannot either.
  expect(texts).toHaveLength(3);
  expect(texts[1].startsWith('长文')).toBe(true);
  expect(texts[2].startsWith('短文')).toBe(true);
});

test('packUnits packs in order, as few groups as fit', () => {
  const u = (chars: number) => ({ chars });
  expect(packUnits([u(8), u(8), u(5), u(1)], 20).map((g) => g.map((x) => x.chars))).toEqual([
    [8, 8],
    [5, 1],
  ]);
  expect(packUnits([u(25), u(1)], 20).map((g) => g.length)).toEqual([1, 1]);
  expect(packUnits([u(20)], 20)).toHaveLength(1);
});

test('jianbao build --to html,wechat writes X.html and X.wechat.html and nothing else', async () => {
  const out = tempDir();
  const run = await runCli(['build', 'samples/wenzhou-kexie-2022-04.yaml', '--to', 'html,wechat', '-o', out]);
  expect(run.code).toBe(0);
  expect(
    fs
      .readdirSync(out)
      .filter((f) => !f.startsWith('.'))
      .sort(),
  ).toEqual(['wenzhou-kexie-2022-04.html', 'wenzhou-kexie-2022-04.wechat.html']);
});

test('a rebuild that splits differently removes the parts the previous build wrote and this one did not', async () => {
  const root = tempDir();
  const file = path.join(root, 'issue.yaml');
  const out = path.join(root, 'out');
  const big = [1, 2, 3].map((n) => ({ title: `第${n}篇`, body: long(9000, '测试文字，') }));
  fs.writeFileSync(file, issueYaml(big));
  const first = await runCli(['build', file, '--to', 'wechat', '-o', out]);
  expect(first.code).toBe(0);
  // The warning names the issue file, not an output that does not exist.
  expect(first.stderr).toMatch(/issue\.yaml: 警告 JB620 .*issue\.wechat-1\.html、issue\.wechat-2\.html/);
  expect(
    fs
      .readdirSync(out)
      .filter((f) => f.endsWith('.html'))
      .sort(),
  ).toEqual(['issue.wechat-1.html', 'issue.wechat-2.html']);
  fs.writeFileSync(path.join(out, 'issue-2.wechat.html'), 'another issue');
  fs.writeFileSync(file, issueYaml(big.slice(0, 1)));
  expect((await runCli(['build', file, '--to', 'wechat', '-o', out])).code).toBe(0);
  expect(
    fs
      .readdirSync(out)
      .filter((f) => f.endsWith('.html'))
      .sort(),
  ).toEqual(['issue-2.wechat.html', 'issue.wechat.html']);
});

test('a table becomes sections (no table tags), bold stays <strong>, every character kept', async () => {
  const body = ['下表是**一季度**的情况。', '', '| 地区 | 场次 |', '|---|---:|', '| 鹿城 | 12 |', '| 瓯海 | **5** |'].join('\n');
  const model = typedModel([{ title: '表格', body }]);
  const { pages } = await wechatFiles(model);
  const body0 = elements(dom(pages[0]), (e) => e.name === 'body')[0];
  expect([...new Set(elements(body0, () => true).map((e) => e.name))].filter((t) => !KEPT.has(t))).toEqual([]);
  expect(elements(body0, (e) => e.name === 'strong').map((e) => e.children.map((c) => (c.type === 'text' ? c.data : '')).join(''))).toEqual(
    ['一季度', '地区', '场次'],
  );
  expect(bodyText(pages[0])).toBe(modelText(model));
});

test('an article just under the limit leaves the masthead a file of its own: no file is over, none reported as over', async () => {
  const model = typedModel([
    { title: '甲', body: long(19_990, '文字。') },
    { title: '乙', body: '一段。' },
  ]);
  const { pages, diagnostics } = await wechatFiles(model);
  expect(diagnostics.map((d) => d.code)).toEqual(['JB620']);
  const texts = pages.map(bodyText);
  expect(texts).toHaveLength(2);
  expect(texts[0].startsWith('测试简报')).toBe(true);
  expect(texts[0]).not.toContain('甲');
  expect(texts[1].startsWith('甲')).toBe(true);
  for (const text of texts) expect(charCount(text)).toBeLessThanOrEqual(20_000);
  expect(texts.join('')).toBe(modelText(model));
});
