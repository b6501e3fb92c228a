// Footnotes and endnotes of a whole back issue: Word keeps them apart from the text, and the reader
// hands them over after the last paragraph, where an issue has its 简讯 and 报尾. Each goes back to
// the article whose text carries its mark; the 报尾 and the last brief keep only their own words
// (a user trial found the notes joined to the last brief and the 报尾 lost).
import fs from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import { runCli } from '../../helpers/run-cli';
import { loaded, tmp } from './round-trip-helpers';

const para = (text: string, opts: { center?: boolean; bold?: boolean; size?: number } = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : undefined,
    children: [new TextRun({ text, bold: opts.bold, size: opts.size ?? 32 })],
  });
const withNote = (before: string, id: number, after: string) =>
  new Paragraph({
    children: [new TextRun({ text: before, size: 32 }), new FootnoteReferenceRun(id), new TextRun({ text: after, size: 32 })],
  });

test('each note goes to the article that carries its mark; 简讯 and 报尾 keep their own words', async () => {
  const doc = new Document({
    footnotes: { 1: { children: [para('本次会议为今年第二次全体会议。')] }, 2: { children: [para('含学校食堂35家。')] } },
    sections: [
      {
        children: [
          para('鹿城卫健简报', { center: true, size: 72 }),
          para('第3期', { center: true }),
          para('鹿城区卫健局编\t\t2024年3月31日'),
          para('区卫健局召开全体会议', { center: true, bold: true }),
          withNote('\u3000\u30003月5日，区卫健局召开全体会议', 1, '。（局办公室）'),
          para('全区开展食品安全检查', { center: true, bold: true }),
          withNote('\u3000\u3000本月检查餐饮单位120家', 2, '。（区卫生监督所）'),
          para('简讯', { center: true, bold: true }),
          para('3月8日，区妇保院开展义诊活动（区妇保院）'),
          para('报：市卫健委'),
          para('送：区委、区政府'),
          para('共印100份'),
        ],
      },
    ],
  });
  const dir = tmp();
  const file = path.join(dir, '2024-03.docx');
  fs.writeFileSync(file, await Packer.toBuffer(doc));
  const run = await runCli(['import', file, '-o', path.join(dir, 'out')]);
  expect(run.code).toBe(0);
  const got = loaded(path.join(dir, 'out', '2024-03.yaml'));
  expect(got.articles.map((a) => a.title)).toEqual(['区卫健局召开全体会议', '全区开展食品安全检查']);
  expect(got.articles[0].body).toContain('[1] 本次会议为今年第二次全体会议。');
  expect(got.articles[1].body).toContain('[2] 含学校食堂35家。');
  expect(got.articles[0].body).not.toContain('[2] ');
  expect(got.briefs.map((b) => [b.date, b.text, b.source])).toEqual([['3月8日', '区妇保院开展义诊活动', '区妇保院']]);
  expect(got.colophon?.distribution?.map((d) => [d.label, d.to])).toEqual([
    ['报', '市卫健委'],
    ['送', '区委、区政府'],
  ]);
  expect(got.colophon?.copies).toBe(100);
});
