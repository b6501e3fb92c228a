// `add article` on a terminal without $EDITOR/$VISUAL (issue #25 item 1): the body is pasted into
// the terminal (blank lines kept, only Ctrl-D/Ctrl-Z ends it), the message names the missing editor, Windows opens Notepad, and an empty body
// gives back the answers already typed as a command to run again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { addCommand } from '../../src/cli/commands/add';
import { readBody } from '../../src/editor/body-source';
import { readPastedBody } from '../../src/editor/paste-body';
import { PromptCancelled } from '../../src/prompt/prompter';
import { captureIO, scriptedTerminal } from '../wizard/fake-terminal';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

function copy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-paste-'));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  const issue = path.join(dir, 'issue.yaml');
  fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), issue);
  return issue;
}

test('no EDITOR on a terminal: a pasted body with two and three blank lines in a row is taken whole, up to Ctrl-D', async () => {
  const issue = copy();
  const terminal = scriptedTerminal(['市科协召开会议', '市科协办公室'], {
    tty: true,
    // As pasted from Word or a web page: runs of blank lines; Ctrl-D (\u0004) on a new line ends it.
    stdin: '第一段。\n\n\n## 一是抓落实\n\n\n\n第二段。\n\n\n这行也是正文 > 不是命令\n\u0004',
  });
  const { out, io } = captureIO({});
  const code = await addCommand(io, 'article', issue, {}, terminal);
  expect(out.stderr).toContain('VISUAL');
  expect(out.stderr).toContain('EDITOR');
  expect(out.stderr).toContain('Ctrl-D');
  expect(out.stderr).toContain('空行照样保留');
  expect(out.stderr).not.toContain('两次回车');
  // Said before writing: how much is about to be added (4 paragraphs, 24 characters as printed).
  expect(out.stderr).toContain('正文 4 段、24 字');
  expect(code).toBe(0);
  const text = fs.readFileSync(issue, 'utf8');
  expect(text).toContain('      第一段。\n\n\n      ## 一是抓落实\n\n\n\n      第二段。\n\n\n      这行也是正文 > 不是命令\n');
});

test('a pasted body ends at Ctrl-D or Ctrl-Z, on a new line or at the end of a line, and at the end of input', async () => {
  expect(await readPastedBody(Readable.from([Buffer.from('甲\n\n乙\n')]))).toBe('甲\n\n乙');
  expect(await readPastedBody(Readable.from([Buffer.from('甲\n\n\n\n乙\n\u0004丙\n')]))).toBe('甲\n\n\n\n乙');
  expect(await readPastedBody(Readable.from([Buffer.from('甲\n乙\u0004')]))).toBe('甲\n乙');
  expect(await readPastedBody(Readable.from([Buffer.from('甲\n乙\n\u001a丙\n')]))).toBe('甲\n乙');
});

test('Windows line ends in a paste: CRLF and blank CRLF lines are one line end each, nothing doubled or lost', async () => {
  const pasted = '第一段。\r\n\r\n\r\n第二段。\r\n\r\n第三段。\r\n\u001a';
  expect(await readPastedBody(Readable.from([Buffer.from(pasted)]))).toBe('第一段。\n\n\n第二段。\n\n第三段。');
  // A terminal sends a pasted line end as CR alone.
  expect(await readPastedBody(Readable.from([Buffer.from('甲\r\r\r乙\r\u0004')]))).toBe('甲\n\n\n乙');
});

test('a pasted line far longer than a terminal line (1024 bytes on macOS, 4096 on Linux) is kept whole', async () => {
  const long = '长'.repeat(3000);
  expect(await readPastedBody(Readable.from([Buffer.from(`${long}\n\n\n${long}\n\u0004`)]))).toBe(`${long}\n\n\n${long}`);
});

test('Ctrl-C while pasting cancels the command (exit 130 in main), nothing is written', async () => {
  await expect(readPastedBody(Readable.from([Buffer.from('甲\n\u0003')]))).rejects.toThrow(PromptCancelled);
});

test('on Windows without EDITOR the body is written in Notepad', async () => {
  const terminal = scriptedTerminal([], { tty: true });
  const got = await readBody({}, terminal, { PATH: '' }, 'jianbao add article', () => undefined, 'win32');
  // Notepad is not on this machine: what matters is that it was the editor tried (JB808 names it).
  expect(got.ok).toBe(false);
  if (!got.ok) {
    expect(got.diagnostic.code).toBe('JB808');
    expect(got.diagnostic.args?.editor).toBe('notepad');
  }
});

test('an empty pasted body loses no answers: JB810 gives them back as the command to run again', async () => {
  const issue = copy();
  const before = fs.readFileSync(issue, 'utf8');
  const terminal = scriptedTerminal(['市科协召开会议', '市科协办公室'], { tty: true, stdin: '\n\n' });
  const { out, io } = captureIO({});
  const code = await addCommand(io, 'article', issue, {}, terminal);
  expect(code).toBe(1);
  expect(out.stderr).toContain('JB810');
  expect(out.stderr).toContain(`--title 市科协召开会议 --source 市科协办公室 --body-file 正文.txt`);
  expect(fs.readFileSync(issue, 'utf8')).toBe(before);
});
