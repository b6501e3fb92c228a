// A `来源：…` line under the title (or as the last line) is the article's source: taken with a note,
// the text after the label as typed; a line that only looks like one stays in the body, noted.
import { shapedDocx } from './intake-helpers';
import { p, r, rawDocx } from './raw-docx';

const TITLE = p(r('台州市科协召开年中工作会议'), '<w:jc w:val="center"/>');

const draftOf = (...paras: string[]) => shapedDocx(rawDocx(TITLE + paras.map((t) => p(r(t))).join('')));

describe('a 来源 line is the source', () => {
  it.each([
    ['来源：台州市科协办公室', '台州市科协办公室'],
    ['来源:台州市科协办公室', '台州市科协办公室'],
    ['稿件来源：台州市科协办公室', '台州市科协办公室'],
    ['供稿：台州市科协办公室', '台州市科协办公室'],
    ['来源： 台州市 科协办公室', '台州市 科协办公室'],
  ])('%s under the title', (line, source) => {
    const { draft, notes, body, verified } = draftOf(line, '会议总结了上半年工作。');
    expect(draft.source).toBe(source);
    expect(body).toBe('会议总结了上半年工作。');
    expect(notes.filter((n) => n.startsWith('JB137'))).toEqual([
      `JB137 第 2 段“${line.length > 20 ? `${line.slice(0, 20)}…` : line}”作为文章来源：source 写“${source}”，印在文末为“（${source}）”`,
    ]);
    expect(verified).toBe(true);
  });

  it('（来源：…） under the title moves to the end whole, as typed', () => {
    const { draft, body, notes, verified } = draftOf('（来源：台州市科协办公室）', '会议总结了上半年工作。');
    expect(draft.source).toBe('来源：台州市科协办公室');
    expect(body).toBe('会议总结了上半年工作。');
    expect(notes.some((n) => n.startsWith('JB137'))).toBe(true);
    expect(verified).toBe(true);
  });

  it('as the last line', () => {
    const { draft, body, verified } = draftOf('会议总结了上半年工作。', '来源：台州市科协办公室');
    expect(draft.source).toBe('台州市科协办公室');
    expect(body).toBe('会议总结了上半年工作。');
    expect(verified).toBe(true);
  });

  it.each([
    ['来源：台州市科协办公室，发布时间：2022年5月6日', '会议总结了上半年工作。'],
    ['来源：台州日报（记者站）', '会议总结了上半年工作。'],
    ['* 本文数据由市统计局提供，截至5月底', '会议总结了上半年工作。'],
    ['*来源：市科协，市农业农村局', '会议总结了上半年工作。'],
  ])('a line that only looks like one stays in the body, noted: %s', (line, next) => {
    const { draft, body, notes, verified } = draftOf(line, next);
    expect(draft.source).toBeUndefined();
    expect(body).toBe(`${line}\n\n${next}`);
    expect(notes.filter((n) => n.startsWith('JB137'))).toHaveLength(1);
    expect(notes.find((n) => n.startsWith('JB137'))).toContain('留在正文');
    expect(verified).toBe(true);
  });

  it('a closing （…） wins; the 来源 line at the top stays in the body, noted', () => {
    const { draft, body, notes } = draftOf('来源：台州市科协办公室', '会议总结了上半年工作。（市科协）');
    expect(draft.source).toBe('市科协');
    expect(body).toBe('来源：台州市科协办公室\n\n会议总结了上半年工作。');
    expect(notes.find((n) => n.startsWith('JB137'))).toContain('留在正文');
  });

  it('a 来源 word in a body sentence is body', () => {
    const { draft, notes } = draftOf('来源于群众的智慧是我们工作的基础。', '会议总结了上半年工作。');
    expect(draft.source).toBeUndefined();
    expect(notes.some((n) => n.startsWith('JB137'))).toBe(false);
  });
});

describe('a source line after a marker (*, ＊, ※)', () => {
  it.each([
    ['*（来源：市科协）', '来源：市科协', '*'],
    ['＊来源：市科协办公室', '市科协办公室', '＊'],
    ['* 市科协办公室供稿', '市科协办公室供稿', '*'],
    ['※（市科协学会部）', '市科协学会部', '※'],
  ])('%s as the last line is the source; the marker is not printed, and the note says so', (line, source, marker) => {
    const { draft, body, notes, verified } = draftOf('会议总结了上半年工作。', line);
    expect(draft.source).toBe(source);
    expect(body).toBe('会议总结了上半年工作。');
    const note = notes.find((n) => n.startsWith('JB137'));
    expect(note).toContain(`印在文末为“（${source}）”`);
    expect(note).toContain(`行首的“${marker}”不印出`);
    expect(verified).toBe(true);
  });

  it('a marker line that is no source (a note on the text) is body, not noted', () => {
    const { draft, notes } = draftOf('会议总结了上半年工作。', '* 以上为会议纪要摘编');
    expect(draft.source).toBeUndefined();
    expect(notes.some((n) => n.startsWith('JB137'))).toBe(false);
  });
});
