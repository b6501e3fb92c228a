// The body's text and rule paragraphs are written as XML by jianbao (src/render/docx/
// paragraph-xml.ts) instead of by docx: the package must be the one docx writes, byte for byte,
// for every kind of paragraph and run the renderer makes.
import path from 'node:path';
import type { DocumentModel } from '../../../src/layout/model';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderDocx } from '../../../src/render/docx';
import * as paragraphXml from '../../../src/render/docx/paragraph-xml';
import { fillParagraphs } from '../../../src/render/docx/paragraph-xml';
import { fixtureModel } from '../../fixtures/model';
import { modelWithImage } from '../../fixtures/model-docx';

const sample = (name: string) => compileIssue(path.resolve(__dirname, '..', '..', '..', 'samples', `${name}.yaml`), { glyphCheck: false }).model!;

/** Every run option, escaping, and the placements the block sequence gives a paragraph. */
function everyKindOfParagraph(): DocumentModel {
  const model = fixtureModel(1);
  const bottom = model.blocks.pop()!;
  model.blocks.push(
    {
      kind: 'paragraph', style: 'body',
      inlines: [
        { kind: 'text', text: 'A & B < C > D "quoted" \'single\' \u0001bell\ttab' },
        { kind: 'text', text: '' },
        { kind: 'text', text: '粗体', bold: true },
        { kind: 'text', text: '不加粗', bold: false },
        { kind: 'text', text: '红字', color: '#e60012' },
        { kind: 'text', text: '楷体粗红', font: 'kai', bold: true, color: '#E60012' },
        { kind: 'tab' },
        { kind: 'break' },
        { kind: 'text', text: '标题字体', font: 'title' },
      ],
    },
    { kind: 'pagebreak' },
    { kind: 'paragraph', style: 'title', inlines: [{ kind: 'text', text: '新的一页' }] },
    { kind: 'rule', style: 'colophon' },
    { kind: 'rule', style: 'colophon' },
    { kind: 'pagebreak' },
    { kind: 'rule', style: 'masthead' },
    { kind: 'paragraph', style: 'brief', inlines: [] },
    bottom,
  );
  return model;
}

async function docxWrites(model: DocumentModel): Promise<Buffer> {
  process.env.JIANBAO_DOCX_PARAGRAPHS = 'docx';
  try {
    return await renderDocx(model);
  } finally {
    delete process.env.JIANBAO_DOCX_PARAGRAPHS;
  }
}

test.each([
  ['the kexie sample', () => sample('wenzhou-kexie-2022-04')],
  ['the feature page', () => sample('feature-page-2021-06')],
  ['a photo with its caption', modelWithImage],
  ['every kind of paragraph and run', everyKindOfParagraph],
])('%s: the package is the one docx writes itself', async (_name, make) => {
  const model = make();
  const fill = jest.spyOn(paragraphXml, 'fillParagraphs');
  const ours = await renderDocx(model);
  // Our paragraphs went in (no fallback to docx's own).
  expect(fill.mock.results.map((r) => typeof r.value)).toEqual(['string']);
  fill.mockRestore();
  const theirs = await docxWrites(model);
  expect(ours.equals(theirs)).toBe(true);
});

test('placeholders are filled in order, and a count that does not match is refused', () => {
  const xml = '<w:body><jianbao-paragraph/><x/><jianbao-paragraph/></w:body>';
  expect(fillParagraphs(xml, ['<w:p>1</w:p>', '<w:p>2</w:p>'])).toBe('<w:body><w:p>1</w:p><x/><w:p>2</w:p></w:body>');
  expect(fillParagraphs(xml, ['<w:p>1</w:p>'])).toBeNull();
  expect(fillParagraphs(xml, ['a', 'b', 'c'])).toBeNull();
});
