// The stages on small inputs: each rule, and the case that must not trigger it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readBriefs } from '../../src/import/briefs';
import { importFile } from '../../src/import/import-file';
import { importText } from '../../src/import/import-text';
import { toLines } from '../../src/import/lines';
import { readMasthead } from '../../src/import/masthead';
import { readBody } from '../../src/import/paragraphs';
import { endsSentence, splitAttribution } from '../../src/import/text-rules';
import { matchTitleAt } from '../../src/import/title-match';
import { importToTemp, SEED_000 } from './round-trip-helpers';

const body = (text: string) => readBody(toLines(text), { captionAtHead: false });

describe('text rules', () => {
  it.each([
    ['做到位。', true],
    ['入选“科创', false],
    ['参加座谈，', false],
    ['“永不落幕”。”', true],
    ['打好“主动仗”', false],
    ['（市科协办公室）', true],
  ])('endsSentence(%s) = %s', (s, want) => expect(endsSentence(s)).toBe(want));

  it('takes an attribution only after a finished sentence', () => {
    expect(splitAttribution('做到位。（市科协学会部）')).toEqual({ rest: '做到位。', source: '市科协学会部' });
    expect(splitAttribution('（市科协办公室）')).toEqual({ rest: '', source: '市科协办公室' });
    expect(splitAttribution('交易大会（数字经济专场）')).toBeNull();
  });
});

describe('title matching', () => {
  const lines = toLines('市科协召开党组会 传达学习贯彻市“两会”精神\n\n正文。\n\n“科创中国”温州站\n\n——泵阀产业技术交流会');
  it('turns a space the TOC line lacks into a display break', () =>
    expect(matchTitleAt(lines, 0, '市科协召开党组会传达学习贯彻市“两会”精神')?.title).toBe('市科协召开党组会\n传达学习贯彻市“两会”精神'));
  it('joins a title split over two lines', () =>
    expect(matchTitleAt(lines, 4, '“科创中国”温州站——泵阀产业技术交流会')).toMatchObject({
      start: 4,
      end: 7,
      title: '“科创中国”温州站\n——泵阀产业技术交流会',
    }));
  it('does not match a different line', () => expect(matchTitleAt(lines, 2, '市科协召开党组会')).toBeNull());
});

describe('paragraphs', () => {
  it('joins a page break with nothing inserted and records it', () => {
    const r = body('中国眼谷入选“科创\n\n中国”省级创新基地。');
    expect(r.blocks).toEqual([{ kind: 'paragraph', text: '中国眼谷入选“科创中国”省级创新基地。', line: 1 }]);
    expect(r.joins).toEqual([{ line: 1, to: 3, at: '国眼谷入选“科创|中国”省级创' }]);
  });
  it('finds run-in subheadings but not a short fragment after an unfinished sentence', () => {
    const r = body('开头一句。\n\n一是立足温州创未来，打好“主动仗”\n\n正文一句。\n\n点对点开展技术需求调查\n\n正文二句。');
    expect(r.blocks.map((b) => b.kind)).toEqual(['paragraph', 'subheading', 'paragraph', 'subheading', 'paragraph']);
    expect(body('句子没有完\n\n短短一行\n\n后文。').blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', '句子没有完短短一行后文。'],
    ]);
  });
  it('does not join into a line that opens a new paragraph, and says so', () => {
    const r = body('多方融合的建会机制,\n\n5月30日,中国科协发布了名单。');
    expect(r.blocks).toHaveLength(2);
    expect(r.notes).toEqual([{ code: 'JB154', line: 1, args: { input: '融合的建会机制,', next: 3 } }]);
  });
  it('lifts a caption (short sentence after a wide gap) out of a split paragraph', () => {
    const r = body('首段。\n\n协助乡镇为\n\n\n\n省科协书记调研试点工作。\n\n企业开展服务。');
    expect(r.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', '首段。'],
      ['paragraph', '协助乡镇为企业开展服务。'],
      ['caption', '省科协书记调研试点工作。'],
    ]);
  });
});

describe('masthead and briefs', () => {
  it('reads 期号, 总期号, 编印单位 and a date sharing its line', () => {
    const { masthead, notes } = readMasthead(
      toLines('内部资料 注意保存\n温州科协信息\n第 4 期\n（总第269期）\n温州市科学技术协会编   2022 年 4 月 30 日\n多余的一行'),
    );
    expect(masthead).toEqual({
      mark: '内部资料 注意保存',
      name: '温州科协信息',
      number: 4,
      total: 269,
      editor: '温州市科学技术协会编',
      date: '2022-04-30',
    });
    expect(notes).toEqual([{ code: 'JB156', line: 6, args: { input: '多余的一行' } }]);
  });
  it('splits date, text and source; joins a continuation; flags half-width marks', () => {
    const r = readBriefs(toLines('6 月 3 日—5 日，开展活动（甲单位）\n\n6月25—27日,开展进文\n\n化礼堂活动(乙单位)'));
    expect(r.briefs.map(({ date, text, source }) => ({ date, text, source }))).toEqual([
      { date: '6 月 3 日—5 日', text: '开展活动', source: '甲单位' },
      { date: '6月25—27日', text: '开展进文化礼堂活动', source: '乙单位' },
    ]);
    expect(r.joins).toHaveLength(1);
    expect(r.notes.map((n) => n.code)).toEqual(['JB164', 'JB164']);
  });
});

describe('text written as is (body format v2: no escapes)', () => {
  const seed = fs.readFileSync(SEED_000, 'utf8');
  const anchor = '4月21日，温州市召开“科创中国”试点城市建设推进会';
  /** Seed 000 with `line` as a paragraph of its own before the first body paragraph. */
  const withLine = (line: string) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jb-import-as-is-')), 'in.txt');
    fs.writeFileSync(file, seed.replace(anchor, `${line}\n\n${anchor}`));
    return file;
  };
  const typed = ['1. 不是列表', '# 不是标题', '*不是强调*', 'A&amp;B <b>x</b>', '- 不是条目', '反斜杠\\号 2*3=6 _x_'];

  it.each(typed)('%s is written into the body exactly as typed', (line) => {
    const { data, diagnostics } = importToTemp(withLine(line));
    expect(diagnostics.map((d) => d.code)).not.toContain('JB163');
    expect(data.articles[0].body.split('\n')).toContain(line);
  });

  it('a line v2 would read as markup fails the round-trip check (JB163) instead of printing changed', () => {
    const result = importFile(withLine('**重点**工作'), { lang: 'zh', outDir: os.tmpdir() });
    expect(result.yaml).toBeNull();
    expect(result.diagnostics.map((d) => d.code)).toContain('JB163');
  });
});

it('reports a text with neither 本期要目 nor sections as not importable', () => {
  expect(importText('只有一段文字。').ok).toBe(false);
});
