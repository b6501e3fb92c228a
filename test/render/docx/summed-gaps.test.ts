// Space after one paragraph and before the next: written as their sum after the first
// (summed-gaps.ts), since LibreOffice sets only the larger of the two; rules as tall as the PDF's.
import type { Block } from '../../../src/model/model';
import { renderDocx } from '../../../src/render/docx';
import { ruleSpacing } from '../../../src/render/docx/styles';
import { summedGaps, type Spacing } from '../../../src/render/docx/summed-gaps';
import { fixtureModel } from '../../fixtures/model';
import { paragraphElements, readDocx } from '../../helpers/docx-read';

const para = (style: string): Block => ({ kind: 'paragraph', style, inlines: [{ kind: 'text', text: '甲' }] });

test('a gap with space on both sides is written whole after the first paragraph, none before the second', () => {
  const blocks: Block[] = [para('a'), { kind: 'rule', style: 'r' }, para('b'), para('c'), { kind: 'image' } as Block, para('d')];
  const spacing: Spacing[] = [
    { before: 0, after: 6 },
    { before: 4, after: 6 },
    { before: 18, after: 0 },
    { before: 8, after: 5 },
    { before: 0, after: 0 },
    { before: 9, after: 0 },
  ];
  const gaps = summedGaps(blocks, (i) => spacing[i]);
  expect([...gaps]).toEqual([
    [0, { after: 10 }],
    [1, { before: 0, after: 24 }],
    [2, { before: 0 }],
  ]);
});

test('a rule paragraph is as tall as the PDF’s rule: its 1 pt line comes out of its space after, else before', () => {
  expect(ruleSpacing({ color: '#000000', thickness: 3, spaceBefore: 0, spaceAfter: 4 })).toEqual({ before: 0, after: 3 });
  expect(ruleSpacing({ color: '#000000', thickness: 3, spaceBefore: 4, spaceAfter: 0 })).toEqual({ before: 3, after: 0 });
  expect(ruleSpacing({ color: '#000000', thickness: 3, spaceBefore: 2, spaceAfter: 0.5 })).toEqual({ before: 1.5, after: 0 });
});

test('in the DOCX, the masthead rule before a spaced title carries the whole gap', async () => {
  const model = fixtureModel();
  const rule = model.blocks.findIndex((b) => b.kind === 'rule');
  const next = model.blocks[rule + 1];
  expect(next.kind).toBe('paragraph');
  if (next.kind !== 'paragraph') return;
  model.paragraphStyles[next.style] = { ...model.paragraphStyles[next.style], spaceBefore: 10 };
  const xml = readDocx(await renderDocx(model)).xml['word/document.xml'];
  const paragraphs = paragraphElements(xml);
  const at = paragraphs.findIndex((p) => p.includes('w:pStyle w:val="rule-masthead"'));
  // Masthead rule: 12 pt after less its 1 pt line (240 − 20 twips), plus the 10 pt before the next.
  expect(paragraphs[at]).toContain('w:after="420"');
  expect(paragraphs[at + 1]).toContain('w:before="0"');
});
