// The markup templates emit becomes model blocks: escaping right by construction, Chinese soft
// breaks joined without spaces, tabs, breaks, photos with captions, unknown tags reported.
import type { ImageBlock } from '../../src/model/model';
import { parseMarkup, type MarkupContext } from '../../src/model/markup';
import { attributedMarkup, bodyToMarkup } from '../../src/markdown/body';

function parse(markup: string) {
  const problems: string[] = [];
  const images: string[] = [];
  const ctx: MarkupContext = {
    runStyles: { source: { font: 'kai' } },
    problem: (d) => problems.push(d),
    image: (src) => {
      images.push(src);
      return {
        kind: 'image',
        path: src,
        data: Buffer.alloc(0),
        format: 'png',
        pixelWidth: 10,
        pixelHeight: 10,
        width: 10,
        height: 10,
      } as ImageBlock;
    },
  };
  return { blocks: parseMarkup(markup, ctx), problems, images };
}

test('a body: paragraphs, a subheading, bold, and entities decoded exactly once', () => {
  const { blocks, problems } = parse(bodyToMarkup('甲 A&B <x>\n\n## 一是立足\n\n**加粗**正文'));
  expect(problems).toEqual([]);
  expect(blocks).toEqual([
    { kind: 'paragraph', style: 'body', inlines: [{ kind: 'text', text: '甲 A&B <x>' }] },
    { kind: 'paragraph', style: 'subheading', inlines: [{ kind: 'text', text: '一是立足' }] },
    {
      kind: 'paragraph',
      style: 'body',
      inlines: [
        { kind: 'text', text: '加粗', bold: true },
        { kind: 'text', text: '正文' },
      ],
    },
  ]);
});

test('a line break in template markup between Chinese characters disappears; between Latin words it is a space', () => {
  const { blocks } = parse('<p>温州市召开\n“科创中国”</p><p>World\nYouth</p>');
  expect(blocks.map((b) => b.kind === 'paragraph' && b.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join(''))).toEqual([
    '温州市召开“科创中国”',
    'World Youth',
  ]);
});

test('typed spaces inside a line are kept for the linter to judge', () => {
  const { blocks } = parse('<p>谋实 2022 青科会</p>');
  expect(blocks[0]).toEqual({ kind: 'paragraph', style: 'body', inlines: [{ kind: 'text', text: '谋实 2022 青科会' }] });
});

test('the attribution runs in at the end of the last paragraph in its run style', () => {
  const { blocks } = parse(attributedMarkup('第一段\n\n第二段', '市科协学会部'));
  expect(blocks[1]).toEqual({
    kind: 'paragraph',
    style: 'body',
    inlines: [
      { kind: 'text', text: '第二段' },
      { kind: 'text', text: '（市科协学会部）', font: 'kai' },
    ],
  });
});

test('tab, line break, rule, page break and the bottom block', () => {
  const { blocks, problems } = parse(
    '<p class="meta">\n  温州市科学技术协会编<tab/>2022 年 4 月 30 日\n</p><p class="title">甲<br/>乙</p><rule class="red"/><pagebreak/><bottom><p class="c">报：省科协</p></bottom>',
  );
  expect(problems).toEqual([]);
  expect(blocks).toEqual([
    {
      kind: 'paragraph',
      style: 'meta',
      inlines: [{ kind: 'text', text: '温州市科学技术协会编' }, { kind: 'tab' }, { kind: 'text', text: '2022 年 4 月 30 日' }],
    },
    { kind: 'paragraph', style: 'title', inlines: [{ kind: 'text', text: '甲' }, { kind: 'break' }, { kind: 'text', text: '乙' }] },
    { kind: 'rule', style: 'red' },
    { kind: 'pagebreak' },
    { kind: 'bottom', blocks: [{ kind: 'paragraph', style: 'c', inlines: [{ kind: 'text', text: '报：省科协' }] }] },
  ]);
});

test('a photo paragraph becomes an image followed by its caption', () => {
  const { blocks, images } = parse(bodyToMarkup('![中国科协党组书记参观中国基因药谷。](images/a.png)'));
  expect(images).toEqual(['images/a.png']);
  expect(blocks.map((b) => b.kind)).toEqual(['image', 'paragraph']);
  expect(blocks[1]).toEqual({
    kind: 'paragraph',
    style: 'caption',
    inlines: [{ kind: 'text', text: '中国科协党组书记参观中国基因药谷。' }],
  });
});

test('unknown tags and run styles are reported, not silently dropped', () => {
  const { problems } = parse('<p>甲<blink>乙</blink><span class="nope">丙</span></p><marquee/>');
  expect(problems).toEqual(['<blink> inside a paragraph', '<span class="nope">', '<marquee>']);
});
