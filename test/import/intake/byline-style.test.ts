// A byline known only by its look: a paragraph style of the file's own (署名, Author), or right-aligned
// smaller text right under the title, with no 本报记者/通讯员 words: the article's byline. A look
// alone is a guess, noted (JB087); a date or a long line set right stays in the body.
import { shapedDocx } from './intake-helpers';
import { AlignmentType, centredTitle, docxOf, Paragraph, TextRun, type Child } from './make-docx';

const BODY = '5月6日，台州市科协召开年中工作会议，总结上半年工作，部署下半年任务。';

async function draftOf(under: Child, styles: string[] = []) {
  const paragraphStyles = styles.map((name) => ({ id: name, name, basedOn: 'Normal', quickFormat: true }));
  const bytes = await docxOf([centredTitle('台州市科协召开年中工作会议'), under, body], { styles: { paragraphStyles } });
  return shapedDocx(bytes);
}

const body = new Paragraph({ children: [new TextRun({ text: `\u3000\u3000${BODY}`, size: 32 })] });
const right = (text: string, size = 24) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text, size })] });

it.each(['署名', 'Author'])('a line in the file\'s "%s" style is the byline, not noted', async (style) => {
  const { draft, body, notes, verified } = await draftOf(
    new Paragraph({ style, children: [new TextRun({ text: '张三 李四', size: 32 })] }),
    [style],
  );
  expect(draft.byline).toBe('张三 李四');
  expect(body).toBe(BODY);
  expect(notes.filter((n) => /JB087|JB075/.test(n))).toEqual([]);
  expect(verified).toBe(true);
});

it('right-aligned smaller text under the title is the byline, noted as a guess', async () => {
  const { draft, body, notes, verified } = await draftOf(right('市科协办公室 王五'));
  expect(draft.byline).toBe('市科协办公室 王五');
  expect(body).toBe(BODY);
  expect(notes.filter((n) => n.startsWith('JB087'))).toEqual([
    'JB087 第 2 段“市科协办公室 王五”在标题之下、右对齐、字号较小，作为署名（byline）',
  ]);
  expect(verified).toBe(true);
});

it.each([['2022年5月6日'], ['本文根据会议记录整理，未经本人审阅。']])('%s set right under the title stays in the body', async (text) => {
  const { draft, body } = await draftOf(right(text));
  expect(draft.byline).toBeUndefined();
  expect(body).toBe(`${text}\n\n${BODY}`);
});

it('right-aligned text in the body size is not a byline', async () => {
  const { draft } = await draftOf(right('市科协办公室 王五', 24 + 8));
  expect(draft.byline).toBeUndefined();
});
