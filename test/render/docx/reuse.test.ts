// Parts kept from one render for the next (styles, theme, numbering; compressed parts): a second
// render in one process is byte-identical to the first, a document whose styles differ never gets
// the first one's styles, and the shortcut really skips docx's formatting of the kept parts.
import { Document, Packer, Paragraph } from 'docx';
import { unzipSync } from 'fflate';
import { renderDocx } from '../../../src/render/docx';
import { documentParts, type DocxCompiler } from '../../../src/render/docx/compile-parts';
import { forgetReusedParts } from '../../../src/render/docx/reused-parts';
import { fixtureModel } from '../../fixtures/model';
import { readDocx } from '../../helpers/docx-read';

const encoder = new TextEncoder();
const bytesOf = (part: string | Uint8Array) => Buffer.from(typeof part === 'string' ? encoder.encode(part) : part);

function otherStyles() {
  const model = fixtureModel();
  model.fonts = { ...model.fonts, body: { ...model.fonts.body, family: '仿宋_GB2312' } };
  model.paragraphStyles.body = { ...model.paragraphStyles.body, size: 15, color: '#123456' };
  return model;
}

function smallDocument(font: string): Document {
  return new Document({
    styles: { paragraphStyles: [{ id: 'body', name: 'Jianbao Body', run: { font } }] },
    sections: [{ children: [new Paragraph({ style: 'body', text: '正文' })] }],
  });
}

const compiler = (Packer as unknown as { compiler: DocxCompiler }).compiler;
const reusedOf = (doc: Document, key: string) => [
  { name: 'word/styles.xml', component: doc.Styles, key },
  { name: 'word/theme/theme1.xml', component: doc.Theme, key: 'theme' },
];

beforeEach(() => forgetReusedParts());

test('renders of two templates in turn: each byte-identical to its own first render', async () => {
  const first = await renderDocx(fixtureModel());
  const other = await renderDocx(otherStyles());
  const second = await renderDocx(fixtureModel());
  const otherAgain = await renderDocx(otherStyles());
  expect(Buffer.compare(first, second)).toBe(0);
  expect(Buffer.compare(other, otherAgain)).toBe(0);
  const styles = readDocx(other).xml['word/styles.xml'];
  expect(styles).toContain('w:eastAsia="仿宋_GB2312"');
  expect(styles).toContain('<w:color w:val="123456"/>');
  expect(readDocx(first).xml['word/styles.xml']).not.toContain('仿宋_GB2312');
});

test('a render with kept parts equals one in a process that kept nothing', async () => {
  await renderDocx(otherStyles());
  const warm = await renderDocx(fixtureModel());
  forgetReusedParts();
  const cold = await renderDocx(fixtureModel());
  expect(Buffer.compare(warm, cold)).toBe(0);
});

test('kept parts are not formatted again; other components still are', async () => {
  await documentParts(smallDocument('宋体'), reusedOf(smallDocument('宋体'), 'a'));
  const doc = smallDocument('宋体');
  const format = jest.spyOn(Object.getPrototypeOf(compiler.formatter), 'format');
  try {
    const parts = (await documentParts(doc, reusedOf(doc, 'a')))!;
    const inputs = format.mock.calls.map(([input]) => input);
    expect(inputs).not.toContain(doc.Styles);
    expect(inputs).not.toContain(doc.Theme);
    expect(inputs).toContain(doc.Settings);
    expect(parts['word/styles.xml']).toContain('w:eastAsia="宋体"');
    expect(parts['word/theme/theme1.xml']).toContain('<a:theme');
  } finally {
    format.mockRestore();
  }
});

test('the compiler path gives the parts Packer zips', async () => {
  const direct = (await documentParts(smallDocument('黑体')))!;
  const packed = (await documentParts(smallDocument('黑体'), [], null))!;
  expect(Object.keys(direct).sort()).toEqual(Object.keys(packed).sort());
  for (const name of Object.keys(packed)) {
    if (name === 'docProps/core.xml') continue; // docx stamps it with the clock
    expect([name, bytesOf(direct[name]).equals(bytesOf(packed[name]))]).toEqual([name, true]);
  }
  expect(unzipSync(await Packer.toBuffer(smallDocument('黑体')))['word/styles.xml']).toEqual(encoder.encode(direct['word/styles.xml'] as string));
});

test('when docx does not write a kept part through its formatter, the document is compiled as it is', async () => {
  const doc = smallDocument('楷体');
  await documentParts(doc, reusedOf(doc, 'k'));
  // A compiler that writes styles without asking the formatter, as a later docx might.
  const bypassing: DocxCompiler = { compile: (file) => compiler.compile(file), formatter: { format: () => ({ unused: {} }) } };
  const parts = (await documentParts(smallDocument('楷体'), reusedOf(smallDocument('楷体'), 'k'), bypassing))!;
  expect(parts['word/styles.xml']).toContain('w:eastAsia="楷体"');
  expect(parts['word/styles.xml']).not.toContain('jianbao-reused-part');
});

test('a stand-in styles component gets the kept text, and is refused where that cannot be done', async () => {
  const real = smallDocument('楷体');
  const keptText = (await documentParts(real, reusedOf(real, 's')))!['word/styles.xml'];
  // Built without the styles: what renderDocx does once the styles part is kept.
  const standInDoc = () => new Document({ sections: [{ children: [new Paragraph({ style: 'body', text: '正文' })] }] });
  const standIn = (doc: Document, key: string) => [{ ...reusedOf(doc, key)[0], standIn: true }, reusedOf(doc, key)[1]];
  const doc = standInDoc();
  expect((await documentParts(doc, standIn(doc, 's')))!['word/styles.xml']).toBe(keptText);
  // Never kept under this key, a compiler that bypasses the formatter, or Packer's own path: null,
  // and the stand-in's own (wrong) styles are not remembered either.
  const other = standInDoc();
  expect(await documentParts(other, standIn(other, 'never-kept'))).toBeNull();
  const bypassing: DocxCompiler = { compile: (file) => compiler.compile(file), formatter: { format: () => ({ unused: {} }) } };
  const third = standInDoc();
  expect(await documentParts(third, standIn(third, 's'), bypassing)).toBeNull();
  expect(await documentParts(standInDoc(), standIn(standInDoc(), 's'), null)).toBeNull();
  forgetReusedParts();
  const fresh = smallDocument('楷体');
  expect((await documentParts(fresh, reusedOf(fresh, 's')))!['word/styles.xml']).toBe(keptText);
});
