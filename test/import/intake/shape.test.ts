// The shape stage on hand-made units: what is taken as what, and what is left as typed.
import { markBold, shapeArticle } from '../../../src/import/intake/shape';
import type { Unit } from '../../../src/import/intake/units';

let n = 0;
const t = (text: string, extra: Partial<Unit> = {}): Unit => ({ no: ++n, kind: 'text', text, ...extra });
const photo = (): Unit => ({ no: ++n, kind: 'photo', text: '', image: { bytes: new Uint8Array([1, 2, 3]), ext: 'jpeg' } });
const lines = (units: Unit[]) =>
  shapeArticle(units, { fileStem: 'f' }).blocks.map((b) => (b.kind === 'photo' ? `![${b.caption}]` : b.line));

describe('shapeArticle', () => {
  beforeEach(() => {
    n = 0;
  });

  it('marks bold stretches with the spaces outside the markers, and never when the text has ** already', () => {
    expect(
      markBold(
        [
          { text: '一是 ', bold: true },
          { text: '加强领导。', bold: false },
        ],
        '一是 加强领导。',
      ),
    ).toBe('**一是** 加强领导。');
    expect(markBold([{ text: 'a**b', bold: true }], 'a**b')).toBe('a**b');
    expect(
      markBold(
        [
          { text: '　', bold: true },
          { text: '正文', bold: false },
        ],
        '　正文',
      ),
    ).toBe('　正文');
  });

  it('takes the source off a paragraph whose end is bold, keeping the bold before it', () => {
    const d = shapeArticle(
      [t('标题', { centered: true }), t('要点在此。（市科协）', { spans: [{ text: '要点在此。（市科协）', bold: true }] })],
      { fileStem: 'f' },
    );
    expect(d.source).toBe('市科协');
    expect(d.blocks.map((b) => b.line)).toEqual(['**要点在此。**']);
  });

  it('a caption holding a bracket stays a paragraph of its own', () => {
    expect(
      lines([
        t('标题', { centered: true }),
        photo(),
        t('图为[现场]', { centered: true, spans: [{ text: '图为[现场]', bold: false }] }),
        t('正文。'),
      ]),
    ).toEqual(['![]', '图为[现场]', '正文。']);
  });

  it('a long bold paragraph is bold text, not a heading; a bold short last line is not a heading', () => {
    const long = '会议指出，要深入学习贯彻党的二十大精神，扎实推进各项工作落地见效，为全市发展作出新的更大贡献。';
    expect(
      lines([
        t('标题', { centered: true }),
        t(long, { spans: [{ text: long, bold: true }] }),
        t('结束语', { spans: [{ text: '结束语', bold: true }] }),
      ]),
    ).toEqual([`**${long}**`, '**结束语**']);
  });

  it('does not take a sentence as a title: the file name is used and noted', () => {
    const d = shapeArticle([t('会议于5月6日召开，审议通过了工作报告。'), t('会议强调，要抓好落实。')], { fileStem: '稿件' });
    expect(d.title).toBe('稿件');
    expect(d.titleInvented).toBe(true);
    expect(d.notes.map((x) => x.code)).toEqual(['JB174']);
  });
});

describe('numbered and 楷体 lines', () => {
  beforeEach(() => {
    n = 0;
  });
  const plain = (text: string, extra: Partial<Unit> = {}) => t(text, { spans: [{ text, bold: false }], ...extra });

  it('a numbered short line in body type is a noted heading; a numbered sentence is not', () => {
    const d = shapeArticle(
      [t('标题', { centered: true }), plain('一、基本情况'), plain('全年完成任务。'), plain('1.召开理事会。'), plain('2.换届选举。')],
      { fileStem: 'f' },
    );
    expect(d.blocks.map((b) => b.line)).toEqual(['## 一、基本情况', '全年完成任务。', '1.召开理事会。', '2.换届选举。']);
    expect(d.notes.map((x) => x.code)).toEqual(['JB183']);
  });

  it('a 楷体 （一） line is a noted heading', () => {
    const d = shapeArticle(
      [t('标题', { centered: true }), plain('前言。'), plain('（一）加强组织领导', { font: '楷体_GB2312' }), plain('正文。')],
      { fileStem: 'f' },
    );
    expect(d.blocks.map((b) => b.line)).toEqual(['前言。', '## （一）加强组织领导', '正文。']);
    expect(d.notes.map((x) => x.code)).toEqual(['JB175']);
  });
});
