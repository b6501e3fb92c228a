// A case the property test (printed-as-typed.property.test.ts, seed 20220430, case 10) generated
// that fails on the markdown-it body parser: there the two lines ran into one paragraph, `&lt;`
// printed as `<`, `\*` lost its backslash, and the PDF title had no line break. Kept as a plain
// test with its expected output written out by hand.
import { buildArticles, type Built } from '../helpers/body-build';

const TITLE = '。\n2022.第一，会议强调';
const BODY = '（市科协）\r\n\t1、　&lt;，会议强调**{{x}}\\*　****|（1）**1.1、 \n';
// `**{{x}}\*　**` ends with a space, so its `**` print; `****|（1）**`: the first pair is empty
// and prints, the second makes `|（1）` bold.
const PRINTED = ['（市科协）', '1、　&lt;，会议强调**{{x}}\\*　**|（1）1.1、'];

let built: Built;
beforeAll(async () => {
  console.log(`title: ${JSON.stringify(TITLE)}\nbody:  ${JSON.stringify(BODY)}`);
  built = await buildArticles([{ title: TITLE, body: BODY }]);
});

test('builds without errors', () => expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]));

test('the DOCX prints the title with its break and each line as typed, `|（1）` bold', () => {
  const at = built.docxParagraphs.indexOf(TITLE);
  expect(built.docxParagraphs.slice(at + 1)).toEqual(PRINTED);
  // Bold runs, joined: a line the DOCX sets as the PDF's may cut runs (pdf-lines.ts).
  const bold = [
    ...built.docxXml[at + 2].matchAll(
      /<w:r><w:rPr><w:b\/><w:bCs\/>(?:<w:spacing [^>]*\/>)?<\/w:rPr><w:t xml:space="preserve">([^<]*)<\/w:t>/g,
    ),
  ];
  expect(bold.map((m) => m[1]).join('')).toBe('|（1）');
});

test('the PDF prints the same text, the title on two lines', () => {
  const lines = built.pdfLines.map((l) => l.text.replace(/\s+/g, ''));
  const at = lines.indexOf('。');
  expect(lines[at + 1]).toBe('2022.第一，会议强调');
  expect(lines.slice(at + 2).join('')).toBe(PRINTED.join('').replace(/\s+/g, ''));
});
