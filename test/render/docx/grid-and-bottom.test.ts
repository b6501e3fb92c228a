// The page structure GB/T 9704 asks of the DOCX: the 28 × 22 document grid, titles kept with the
// next paragraph, the 报尾 in a text box at the foot of the last page, and adjacent equal rules
// kept apart so Word draws both.
import type { DocumentModel } from '../../../src/model/model';
import { renderDocx } from '../../../src/render/docx';
import { fixtureModel } from '../../fixtures/model';
import { paragraphElements, readDocx } from '../../helpers/docx-read';
import { splitTextBoxes } from './text-box';

const mm = (v: number) => (v * 72) / 25.4;
const typeWidth = mm(210 - 28 - 26);
const typeHeight = mm(297 - 37 - 35);

function gridModel(): DocumentModel {
  const model = fixtureModel();
  model.grid = { charsPerLine: 28, linesPerPage: 22, charPitch: typeWidth / 28, linePitch: typeHeight / 22, size: 16 };
  for (const s of Object.values(model.paragraphStyles)) s.grid = s.size === 16;
  return model;
}

const attr = (xml: string, name: string): number => Number(new RegExp(`${name}="(-?\\d+)"`).exec(xml)![1]);

test('w:docGrid gives 22 lines a page; grid styles are spaced to 28 characters of 三号 a line', async () => {
  const docx = readDocx(await renderDocx(gridModel()));
  const grid = /<w:docGrid [^>]*\/>/.exec(docx.xml['word/document.xml'])![0];
  // The pitch is kept, the grid off: LibreOffice loses a line on pages with a title when it is on (grid.ts).
  expect(grid).toContain('w:type="default"');
  expect(Math.floor((typeHeight * 20) / attr(grid, 'w:linePitch') + 1e-6)).toBe(22);
  // Character spacing (twentieths of a point) makes each ideograph just narrower than a cell.
  const styles = docx.xml['word/styles.xml'];
  // The template's body style is Word's Normal.
  const body = /<w:style [^>]*w:styleId="Normal"[^>]*>[\s\S]*?<\/w:style>/.exec(styles)![0];
  const advance = 16 + attr(/<w:rPr>[\s\S]*<\/w:rPr>/.exec(body)![0].replace(/<w:spacing w:after[^>]*>/g, ''), 'w:spacing w:val') / 20;
  expect(Math.floor(typeWidth / advance + 1e-6)).toBe(28);
  // The default size must be the grid's, or Word's pitch arithmetic starts from another size.
  expect(docx.xml['word/styles.xml']).toMatch(/<w:docDefaults>[\s\S]*<w:sz w:val="32"\/>[\s\S]*<\/w:docDefaults>/);
});

test('off-grid styles (title, masthead) do not snap to the character grid; body styles do', async () => {
  const styles = readDocx(await renderDocx(gridModel())).xml['word/styles.xml'];
  const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)![0];
  // Off the line grid (paragraph) and the character grid (run): LibreOffice rounds the line of a
  // paragraph without the first up to whole grid lines.
  expect(style('title')).toMatch(/<w:pPr>[\s\S]*<w:snapToGrid w:val="false"\/>[\s\S]*<\/w:pPr>/);
  expect(style('title')).toMatch(/<w:rPr>[\s\S]*<w:snapToGrid w:val="false"\/>[\s\S]*<\/w:rPr>/);
  expect(style('masthead')).toContain('<w:snapToGrid w:val="false"/>');
  expect(style('Normal')).not.toContain('snapToGrid');
  expect(style('title')).toContain('<w:keepNext/>');
  expect(style('subheading')).toContain('<w:keepNext/>');
});

test('without a grid there is no linesAndChars grid and no snapToGrid', async () => {
  const docx = readDocx(await renderDocx(fixtureModel()));
  expect(docx.xml['word/document.xml']).not.toContain('linesAndChars');
  expect(docx.xml['word/styles.xml']).not.toContain('snapToGrid');
});

test('the 报尾 is one text box at the bottom margin, type-area wide, sized to its lines, text kept clear', async () => {
  const model = fixtureModel();
  const xml = readDocx(await renderDocx(model)).xml['word/document.xml'];
  const anchors = xml.match(/<wp:anchor [\s\S]*?<\/wp:anchor>/g) ?? [];
  expect(anchors).toHaveLength(1);
  const box = anchors[0] ?? '';
  expect(box).toMatch(/<wp:positionV relativeFrom="margin"><wp:align>bottom<\/wp:align><\/wp:positionV>/);
  expect(box).toMatch(/<wp:positionH relativeFrom="margin"><wp:align>center<\/wp:align><\/wp:positionH>/);
  expect(box).toContain('<wp:wrapTopAndBottom');
  expect(box).toContain('<a:spAutoFit/>');
  const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(box)!;
  const emuPt = 12700;
  expect(Math.abs(Number(extent[1]) / emuPt - typeWidth)).toBeLessThan(1);
  // Fixture 报尾: two rules (2 pt, a 1 pt stroke, 2 pt) and two colophon lines of 22 pt.
  expect(Math.abs(Number(extent[2]) / emuPt - (2 * 5 + 2 * 22))).toBeLessThan(1);
  // The anchor is the last body paragraph: the box goes on the last page.
  const body = paragraphElements(splitTextBoxes(xml).body);
  expect(body[body.length - 1]).toContain('jianbao-bottom-anchor');
});

test('two adjacent rules of one style differ in indent, so Word does not merge their borders', async () => {
  const model = fixtureModel();
  const bottom = model.blocks.find((b) => b.kind === 'bottom')!;
  if (bottom.kind !== 'bottom') throw new Error('fixture has no 报尾');
  bottom.blocks.push({ kind: 'rule', style: 'colophon' });
  const { boxes } = splitTextBoxes(readDocx(await renderDocx(model)).xml['word/document.xml']);
  const rules = paragraphElements(boxes[0]).filter((p) => p.includes('rule-colophon'));
  expect(rules).toHaveLength(3);
  expect(rules[1]).not.toContain('<w:ind');
  expect(rules[2]).toMatch(/<w:ind w:right="1"\/>/);
});
