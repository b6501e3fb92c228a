// jianbao add: the file changes only by the appended lines (checked with a line diff), comments
// and formatting stay, the result passes check; bodies from a file, stdin and $EDITOR.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addCommand } from '../../src/cli/commands/add';
import { runCli } from '../helpers/run-cli';
import { captureIO, scriptedTerminal } from '../wizard/fake-terminal';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

function copy(): { dir: string; issue: string; original: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-add-'));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  const issue = path.join(dir, 'issue.yaml');
  fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), issue);
  return { dir, issue, original: fs.readFileSync(issue, 'utf8') };
}

/** The lines of `after` that are not in `before`, asserting that nothing was removed or reordered. */
function insertedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  expect(start + end).toBe(a.length); // every original line is still there, in order
  return b.slice(start, b.length - end);
}

test('add article from --body-file: only the new item is inserted, after the last article', async () => {
  const { dir, issue, original } = copy();
  const body = path.join(dir, 'body.txt');
  fs.writeFileSync(body, '\u3000\u30004月29日，市科协召开会议: 讨论 # 事项。\r\n\r\n## 一是抓落实\r\n\r\n第二段。\r\n');
  const run = await runCli([
    'add',
    'article',
    issue,
    '--title',
    '市科协召开会议: 部署工作',
    '--source',
    '市科协办公室',
    '--body-file',
    body,
  ]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const after = fs.readFileSync(issue, 'utf8');
  expect(insertedLines(original, after)).toEqual([
    '  - title: "市科协召开会议: 部署工作"',
    '    source: 市科协办公室',
    '    body: |',
    '      4月29日，市科协召开会议: 讨论 # 事项。',
    '',
    '      ## 一是抓落实',
    '',
    '      第二段。',
  ]);
  // Inserted before the briefs, i.e. as the last article.
  expect(after.indexOf('市科协召开会议: 部署工作')).toBeLessThan(after.indexOf('\nbriefs:'));
  const toc = await runCli(['toc', issue, '--format', 'json']);
  expect(JSON.parse(toc.stdout).toc.at(-1)).toBe('市科协召开会议: 部署工作');
  expect((await runCli(['check', issue])).code).toBe(0);
});

test('add brief: appended at the end of the briefs, nothing else changes', async () => {
  const { issue, original } = copy();
  const run = await runCli(['add', 'brief', issue, '--date', '4月30日', '--text', '市科协举办科普讲座', '--source', '市科协科普部']);
  expect(run.code).toBe(0);
  expect(insertedLines(original, fs.readFileSync(issue, 'utf8'))).toEqual([
    '  - date: 4月30日',
    '    text: 市科协举办科普讲座',
    '    source: 市科协科普部',
  ]);
});

test('body from stdin, and from $EDITOR on a terminal', async () => {
  const { dir, issue, original } = copy();
  const { io } = captureIO();
  expect(await addCommand(io, 'article', issue, { title: '管道文章' }, scriptedTerminal([], { tty: false, stdin: '管道正文。\n' }))).toBe(
    0,
  );
  const editor = path.join(dir, 'fake-editor.js');
  fs.writeFileSync(editor, "require('fs').writeFileSync(process.argv[2], '编辑器正文。\\n');");
  const { io: io2 } = captureIO({ EDITOR: `"${process.execPath}" "${editor}"` });
  // On a terminal: title and source are asked, the body comes from the editor.
  const terminal = scriptedTerminal(['编辑器文章', '市科协']);
  expect(await addCommand(io2, 'article', issue, {}, terminal)).toBe(0);
  const added = insertedLines(original, fs.readFileSync(issue, 'utf8'));
  expect(added).toEqual([
    '  - title: 管道文章',
    '    body: |',
    '      管道正文。',
    '  - title: 编辑器文章',
    '    source: 市科协',
    '    body: |',
    '      编辑器正文。',
  ]);
});

test('an empty body, a missing title, a broken file: nothing is written', async () => {
  const { dir, issue, original } = copy();
  const { io, out } = captureIO();
  expect(await addCommand(io, 'article', issue, { title: 'x' }, scriptedTerminal([], { tty: false, stdin: '  \n' }))).toBe(1);
  expect(out.stderr).toContain('JB807');
  const noTitle = await runCli(['add', 'article', issue, '--body-file', path.join(dir, 'jianbao.config.yaml')]);
  expect(noTitle.code).toBe(2);
  expect(noTitle.stderr).toContain('--title');
  expect(fs.readFileSync(issue, 'utf8')).toBe(original);
  const broken = original.replace('  number: 4', '  number: "4');
  fs.writeFileSync(issue, broken);
  const run = await runCli(['add', 'brief', issue, '--date', '4月30日', '--text', 't']);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/issue\.yaml:\d+:\d+/);
  expect(fs.readFileSync(issue, 'utf8')).toBe(broken);
});

test('a file without briefs gets a briefs list at its end; CRLF files stay CRLF', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-add-crlf-'));
  const issue = path.join(dir, 'i.yaml');
  const text =
    '# 注释\r\npublication: { name: 刊, editor: 单位编 }\r\nissue:\r\n  number: 1\r\n  total: 1\r\n  date: "2024-01-31"\r\narticles:\r\n  - title: 甲\r\n    body: 正文\r\n';
  fs.writeFileSync(issue, text);
  expect((await runCli(['add', 'brief', issue, '--date', '1月5日', '--text', '乙'])).code).toBe(0);
  expect(fs.readFileSync(issue, 'utf8')).toBe(`${text}briefs:\r\n  - date: 1月5日\r\n    text: 乙\r\n`);
});

test('add brief refuses a date that is not on the calendar, in the words the wizard uses, and writes nothing', async () => {
  const { issue, original } = copy();
  const run = await runCli(['add', 'brief', issue, '--date', '2月30日', '--text', '市科协举办科普讲座']);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('2月30日');
  expect(run.stderr).toContain('日历上有的日期');
  expect(run.stderr).toContain('2月没有30日');
  const en = await runCli(['add', 'brief', issue, '--date', '4月31日', '--text', 't', '--lang', 'en'], {}, 'en');
  expect(en.code).toBe(2);
  expect(en.stderr).toMatch(/4月31日.*\n?.*exists/s);
  expect(fs.readFileSync(issue, 'utf8')).toBe(original);
});
