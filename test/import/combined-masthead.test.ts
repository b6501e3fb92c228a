// A 合刊 (combined issue) masthead as offices type it — 第5-6期, 第5—6期（合刊）, 第5、6期合刊,
// （总第29-30期） — reads as the issue's range, kept as typed, instead of an unrecognised line that
// left the issue without 期号 (and the series check then blamed the issue after it).
import fs from 'node:fs';
import path from 'node:path';
import { readMasthead } from '../../src/import/masthead';
import { isMastheadLine } from '../../src/import/word-issue/masthead-lines';
import { spanOf } from '../../src/schema/issue-range';
import { runCli } from '../helpers/run-cli';
import { loaded, tmp } from './word-issue/round-trip-helpers';
import { redCentred, typedDocx } from './word-issue/secretary-docx';

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));

test.each([
  ['第5-6期', '5-6', undefined],
  ['第5—6期（合刊）', '5—6', '第5—6期（合刊）'],
  ['第 5～6 期', '5～6', undefined],
  ['第5、6期合刊', '5、6', '第5、6期合刊'],
])('%s reads as 期号 %s', (typed, number, noted) => {
  const { masthead, notes } = readMasthead(lines('卫健简报', typed, '（总第29-30期）', '鹿城区卫健局编 2023年6月30日'));
  expect(masthead).toMatchObject({ name: '卫健简报', number, total: '29-30', date: '2023-06-30' });
  expect(spanOf(number)).toEqual({ first: 5, last: 6 });
  // The word 合刊 itself is not written: the template prints the range's mark; the editor is told.
  expect(notes.map((n) => n.code)).toEqual(noted ? ['JB089'] : []);
  if (noted) expect(notes[0].args.input).toBe(noted);
});

test('one issue stays a number, and a range running backwards is not a 合刊', () => {
  expect(readMasthead(lines('第7期', '总第31期')).masthead).toMatchObject({ number: 7, total: 31 });
  const backwards = readMasthead(lines('简报', '第6-5期'));
  expect(backwards.masthead.number).toBeUndefined();
  expect(backwards.notes.map((n) => n.code)).toEqual(['JB156']);
});

test('a Word back issue with a 合刊 masthead imports with its ranges and builds', async () => {
  const dir = tmp();
  const file = path.join(dir, '2023-05.docx');
  const issue = {
    name: '鹿城区卫生健康工作简报',
    numbers: '第5-6期（合刊）\u3000\u3000\u3000\u3000总第29-30期',
    editorLine: '温州市鹿城区卫生健康局编\t\t\t\t\t2023年6月30日',
    articles: [
      { title: ['区卫健局召开半年工作会议'], body: ['6月28日，区卫健局召开上半年工作总结会议。'], source: '局办公室' },
      { title: ['全区开展夏季食品安全检查'], body: ['6月以来，全区开展夏季食品安全专项检查。'], source: '区卫生监督所' },
    ],
    briefs: ['6月3日，区卫健局召开会议（局办公室）'],
    colophon: ['报：市卫健委', '共印150份'],
  };
  fs.writeFileSync(file, await typedDocx(redCentred(issue)));
  const run = await runCli(['import', file, '-o', path.join(dir, 'out')]);
  expect(run.code).toBe(0);
  expect(run.stderr).toMatch(/JB089/);
  expect(run.stderr).not.toMatch(/JB156/);
  const yamlFile = path.join(dir, 'out', '2023-05.yaml');
  expect(loaded(yamlFile).issue).toMatchObject({ number: '5-6', total: '29-30', date: '2023-06-30' });
  const built = await runCli(['build', yamlFile, '-o', path.join(dir, 'pdf'), '--to', 'pdf']);
  expect(built.code).toBe(0);
});

test('a 合刊 line counts as a masthead line where no 要目 closes the masthead', () => {
  const unit = (text: string) => ({ kind: 'text' as const, text, no: 1 });
  for (const text of ['第5-6期（合刊）', '第５—６期', '（总第29、30期）', '第5、6期合刊\u3000\u3000总第29-30期'])
    expect(isMastheadLine(unit(text))).toBe(true);
  expect(isMastheadLine(unit('第5至6项工作'))).toBe(false);
});
