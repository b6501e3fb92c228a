// Photos: embedded once, at their display size, in a centred paragraph kept with its caption.
import path from 'node:path';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderDocx } from '../../../src/render/docx';
import { modelWithImage, solidPng } from '../../fixtures/model-docx';
import { paragraphElements, paragraphText, readDocx } from '../../helpers/docx-read';
import { splitTextBoxes } from './text-box';

test('the image is embedded as a PNG part at its display size (EMU = pt × 12700)', async () => {
  const docx = readDocx(await renderDocx(modelWithImage()));
  const media = docx.names.filter((n) => n.startsWith('word/media/'));
  expect(media).toHaveLength(1);
  expect(media[0]).toMatch(/\.png$/);
  expect(Buffer.from(docx.bytes[media[0]]).equals(solidPng(300, 200))).toBe(true);
  const drawing = paragraphElements(docx.xml['word/document.xml']).find((p) => p.includes('<w:drawing>'))!;
  // 240 × 160 pt → 320 × 213 px at 96 dpi → EMU (9525 per px).
  expect(drawing).toContain('<wp:extent cx="3048000" cy="2028825"/>');
  expect(drawing).toContain('<w:pStyle w:val="jianbao-image"/>');
  expect(drawing).toMatch(/<wp:docPr id="1" name="图片 1"/);
});

test('the image style centres, keeps with the caption and does not clip to an exact line', async () => {
  const docx = readDocx(await renderDocx(modelWithImage()));
  const style = /<w:style [^>]*w:styleId="jianbao-image"[\s\S]*?<\/w:style>/.exec(docx.xml['word/styles.xml'])![0];
  expect(style).toContain('<w:jc w:val="center"/>');
  expect(style).toContain('<w:keepNext/>');
  expect(style).not.toContain('w:lineRule="exact"');
  const texts = docx.paragraphs;
  expect(texts[texts.indexOf('推进会现场') - 1]).toBe('');
});

test('a photo the PDF floats is anchored at the top of its PDF page in a text box, with its alt text and caption', async () => {
  const model = compileIssue(path.join(__dirname, '..', '..', '..', 'samples', 'feature-page-2021-06.yaml')).model!;
  const xml = readDocx(await renderDocx(model)).xml['word/document.xml'];
  const { body, boxes } = splitTextBoxes(xml);
  // The 宁波 photo floats to page 3 in the PDF: it is in a box, not in the body where it was typed.
  const caption = '2月25-26日,省科协党组书记谢志远调研“科创中国”宁波试点工作。';
  expect(boxes).toHaveLength(1);
  expect(boxes[0]).toContain(`descr="${caption}"`);
  expect(boxes[0]).toMatch(new RegExp(`<w:pStyle w:val="caption"/></w:pPr><w:r><w:t[^>]*>${caption}</w:t>`));
  expect(body).not.toContain(caption);
  const anchor = /<wp:anchor [\s\S]*?<\/wp:anchor>/.exec(xml)![0];
  expect(anchor).toMatch(/<wp:positionV relativeFrom="margin"><wp:align>top<\/wp:align><\/wp:positionV>/);
  expect(anchor).toContain('<wp:wrapTopAndBottom');
  // Anchored in the paragraph the PDF's page 3 begins after the photo's caption and the text running on.
  const anchoring = paragraphElements(body).find((p) => p.includes('<w:drawing>') && p.includes('wp:anchor'))!;
  expect(paragraphText(anchoring).replace(/\s/g, '')).toMatch(/^2021年,宁波市科协进一步搭建/);
});
