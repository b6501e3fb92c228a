// What an editor sees in Word/WPS: the text in order, every paragraph on a named style, and the
// styles carrying the fonts, sizes, spacing and rules of the template.
import { renderDocx } from '../../../src/render/docx';
import { LONG_PARAGRAPH, fixtureModel } from '../../fixtures/model';
import { paragraphElements, paragraphText, readDocx } from '../../helpers/docx-read';
import { splitTextBoxes } from './text-box';

const model = fixtureModel();
let docx: ReturnType<typeof readDocx>;
beforeAll(async () => {
  docx = readDocx(await renderDocx(model));
});

/** The style a model style becomes: its own name as id, but `body` is Word's Normal. */
const styleXml = (name: string): string => {
  const id = name === 'body' ? 'Normal' : name;
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(docx.xml['word/styles.xml']);
  if (!m) throw new Error(`style ${id} not defined`);
  return m[0];
};

test('paragraph texts come out in model order, tabs included; the 报尾 in its text box', () => {
  const { body, boxes } = splitTextBoxes(docx.xml['word/document.xml']);
  expect(paragraphElements(body).map(paragraphText)).toEqual([
    '温州科协信息',
    '第 4 期',
    '(总第 269 期)',
    '温州市科学技术协会编\t2022 年 4 月 30 日',
    '',
    '本期要目',
    '温州市“科创中国”试点城市建设推进会召开',
    '温州市“科创中国”试点城市建设推进会召开',
    LONG_PARAGRAPH,
    LONG_PARAGRAPH,
    LONG_PARAGRAPH,
    '一是立足温州创未来，打好“主动仗”',
    '李校堃院士指出，要坚持创新驱动。（市科协学会部）',
    '4月7日-8日，市科协举办第十一期“农技云培训”（市科协科普部）',
    '',
  ]);
  expect(boxes).toHaveLength(1);
  expect(paragraphElements(boxes[0]).map(paragraphText)).toEqual(['', '报：省科协办公室', '发：各县（市、区）科协\t（共印 200 份）', '']);
});

test('every body paragraph names its style, rules their rule style', () => {
  const { body: bodyXml, boxes } = splitTextBoxes(docx.xml['word/document.xml']);
  const styleOf = (p: string) => /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1];
  expect(paragraphElements(bodyXml).map(styleOf)).toEqual([
    'masthead',
    'masthead-number',
    'masthead-number',
    'masthead-meta',
    'rule-masthead',
    'toc-heading',
    'toc-item',
    'title',
    'Normal',
    'Normal',
    'Normal',
    'subheading',
    'Normal',
    'brief',
    'jianbao-bottom-anchor',
  ]);
  expect(paragraphElements(boxes[0]).map(styleOf)).toEqual(['rule-colophon', 'colophon', 'colophon', 'rule-colophon']);
  const body = docx.xml['word/document.xml'];
  // Paragraph formatting lives in the styles: no direct fonts, sizes or indents in the body; the
  // only direct spacing is where the PDF's pagination puts it (see pdf-placement.ts): none above
  // a block that starts a page, and the grid-snapping gap below a block set off the grid; in runs,
  // character spacing that sets a line as the PDF does (pdf-lines.ts).
  expect(body).not.toMatch(/<w:sz |<w:ind /);
  for (const m of body.matchAll(/<w:pPr>[\s\S]*?<\/w:pPr>/g))
    for (const spacing of m[0].matchAll(/<w:spacing [^>]*\/>/g))
      expect(spacing[0]).toMatch(/^<w:spacing (w:before="0"|w:after="\d+")( w:before="0")?\/>$/);
  for (const m of body.matchAll(/<w:rPr>[\s\S]*?<\/w:rPr>/g))
    for (const spacing of m[0].matchAll(/<w:spacing [^>]*\/>/g)) expect(spacing[0]).toMatch(/^<w:spacing w:val="-?\d+"\/>$/);
});

test('styles.xml defines every model style with its East Asian font, size and spacing', () => {
  for (const [id, s] of Object.entries(model.paragraphStyles)) {
    const xml = styleXml(id);
    expect(xml).toContain(`w:eastAsia="${model.fonts[s.font].family}"`);
    expect(xml).toContain(`<w:sz w:val="${Math.round(s.size * 2)}"/>`);
    expect(xml).toMatch(new RegExp(`<w:spacing [^>]*w:line="${Math.round(s.lineHeight * 20)}"[^>]*w:lineRule="exact"`));
    expect(xml).toMatch(/<w:name w:val="[^"]+"\/>/);
  }
  expect(styleXml('body')).toMatch(/<w:ind w:firstLine="640" w:firstLineChars="200"\/>/);
  expect(styleXml('body')).toContain('<w:jc w:val="both"/>');
  expect(styleXml('masthead')).toContain('<w:color w:val="E60012"/>');
  expect(styleXml('title')).toContain('<w:keepNext/>');
  expect(styleXml('toc-heading')).toMatch(/<w:rPr>[\s\S]*<w:spacing w:val="160"\/>/);
});

test('style names are unique ignoring case, so none is taken for a built-in', () => {
  const names = [...docx.xml['word/styles.xml'].matchAll(/<w:name w:val="([^"]+)"\/>/g)].map((m) => m[1].toLowerCase());
  expect(new Set(names).size).toBe(names.length);
});

test('a tab paragraph style has a right tab stop at the type-area width (156 mm)', () => {
  expect(styleXml('masthead-meta')).toMatch(/<w:tab w:val="right" w:pos="8844"\/>/);
  expect(styleXml('colophon')).toMatch(/<w:tab w:val="right" w:pos="8844"\/>/);
  expect(styleXml('body')).not.toContain('<w:tabs>');
});

test('the masthead rule is a red bottom border in eighths of a point', () => {
  expect(styleXml('rule-masthead')).toMatch(/<w:bottom w:val="single" w:color="E60012" w:sz="16" w:space="0"\/>/);
  expect(styleXml('rule-colophon')).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="8"/);
});

test('run overrides: bold and the 楷体 source attribution', () => {
  const p = paragraphElements(docx.xml['word/document.xml']).find((x) => x.includes('要坚持创新驱动'))!;
  expect(p).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t[^>]*>要坚持创新驱动。<\/w:t>/);
  expect(p).toMatch(/<w:rFonts w:ascii="楷体" w:cs="楷体" w:eastAsia="楷体" w:hAnsi="楷体"\/><\/w:rPr><w:t[^>]*>（市科协学会部）/);
});

test('a page break becomes page-break-before on the next paragraph, with no space above it', () => {
  const ps = paragraphElements(splitTextBoxes(docx.xml['word/document.xml']).body);
  expect(ps[7]).toContain('<w:pageBreakBefore/>');
  expect(ps[7]).toContain('<w:spacing w:before="0"/>');
});

test('every page of the PDF starts on a page break before in the DOCX, and no other', async () => {
  const { readPdf } = await import('../../helpers/pdf-read');
  const { renderPdf } = await import('../../../src/render/pdf');
  const pages = readPdf(await renderPdf(model));
  const ps = paragraphElements(splitTextBoxes(docx.xml['word/document.xml']).body);
  // The fixture's PDF starts each page with a whole block (title, then the 报尾 on a page of its own).
  expect(ps.filter((p) => p.includes('<w:pageBreakBefore/>'))).toHaveLength(pages.length - 1);
});

test('page: exact A4, GB/T 9704 margins, mirrored', () => {
  const sect = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(docx.xml['word/document.xml'])![0];
  expect(sect).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
  expect(sect).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  expect(docx.xml['word/settings.xml']).toContain('<w:mirrorMargins/>');
});

test('a forced line break stays inside its paragraph as w:br', async () => {
  const twoLines = fixtureModel();
  twoLines.blocks.push({
    kind: 'paragraph',
    style: 'title',
    inlines: [{ kind: 'text', text: '市科协召开党组会' }, { kind: 'break' }, { kind: 'text', text: '传达学习贯彻市“两会”精神' }],
  });
  const read = readDocx(await renderDocx(twoLines));
  expect(read.paragraphs[read.paragraphs.length - 1]).toBe('市科协召开党组会\n传达学习贯彻市“两会”精神');
  expect(read.xml['word/document.xml']).toContain('<w:br/>');
});
