// Photos: embedded once, at their display size, in a centred paragraph kept with its caption.
import { renderDocx } from '../../../src/render/docx';
import { modelWithImage, solidPng } from '../../fixtures/model-docx';
import { paragraphElements, readDocx } from '../../helpers/docx-read';

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
