// A Word file's text that the body format would read as markup (`**重点**`, a line starting with
// `## `, a `![…](…)` line) cannot be kept as typed: the import stops with JB190 naming the
// paragraph, and writes nothing — never a silent change. A title with `**` or `#` is plain text.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../helpers/run-cli';
import { firstArticle } from './intake-helpers';
import { centredTitle, docxOf, typed } from './make-docx';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'jb-markup-like-'));

test.each([
  ['a bold pair', '讲座内容包括 **重点** 与 *次重点*。'],
  ['a line starting with "## "', '## 井号开头的一行'],
  ['a photo line', '![不是图片](images/x.jpg)'],
])('%s in the body stops the import with JB190 at its paragraph; nothing is written', async (_, line) => {
  const dir = tmp();
  const file = path.join(dir, '稿件.docx');
  fs.writeFileSync(file, await docxOf([centredTitle('市科协举办科普讲座'), typed('第一段正文。'), typed(line), typed('（市科协办公室）')]));
  const run = await runCli(['import', file, '-o', path.join(dir, 'out')]);
  console.log(`input line: ${line}\n${run.stderr}`);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('JB190');
  expect(run.stderr).toContain('第 3 段');
  expect(run.stderr).not.toContain('JB163');
  expect(fs.existsSync(path.join(dir, 'out', '稿件.yaml'))).toBe(false);
});

test('a title with ** and # prints as typed (titles have no markup)', async () => {
  const dir = tmp();
  const file = path.join(dir, '科普日.docx');
  fs.writeFileSync(
    file,
    await docxOf([centredTitle('#科普日# 活动**圆满**结束'), typed('9月15日，活动圆满结束。'), typed('（市科协科普部）')]),
  );
  const run = await runCli(['import', file, '-o', dir]);
  expect(run.stderr).not.toContain('JB163');
  expect(run.code).toBe(0);
  expect(firstArticle(path.join(dir, '科普日.yaml')).title).toBe('#科普日# 活动**圆满**结束');
});
