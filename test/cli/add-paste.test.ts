// `add article` on a terminal without $EDITOR/$VISUAL (issue #25 item 1): the body is pasted into
// the terminal, the message names the missing editor, Windows opens Notepad, and an empty body
// gives back the answers already typed as a command to run again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { addCommand } from '../../src/cli/commands/add';
import { readBody } from '../../src/editor/body-source';
import { readPastedBody } from '../../src/editor/paste-body';
import { captureIO, scriptedTerminal } from '../wizard/fake-terminal';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

function copy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-paste-'));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  const issue = path.join(dir, 'issue.yaml');
  fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), issue);
  return issue;
}

test('no EDITOR on a terminal: the pasted body (ended by two empty lines) is added, the message names VISUAL and EDITOR', async () => {
  const issue = copy();
  const terminal = scriptedTerminal(['市科协召开会议', '市科协办公室'], {
    tty: true,
    stdin: '第一段。\n\n## 一是抓落实\n\n第二段。\n\n\n这行在结束之后\n',
  });
  const { out, io } = captureIO({});
  const code = await addCommand(io, 'article', issue, {}, terminal);
  expect(out.stderr).toContain('VISUAL');
  expect(out.stderr).toContain('EDITOR');
  expect(out.stderr).toContain('两次回车');
  expect(code).toBe(0);
  const text = fs.readFileSync(issue, 'utf8');
  expect(text).toContain('      第一段。\n\n      ## 一是抓落实\n\n      第二段。\n');
  expect(text).not.toContain('这行在结束之后');
});

test('a pasted body ends at Ctrl-D (end of input) and at a Ctrl-Z line (Windows console)', async () => {
  expect(await readPastedBody(Readable.from([Buffer.from('甲\n\n乙\n')]))).toBe('甲\n\n乙');
  expect(await readPastedBody(Readable.from([Buffer.from('甲\r\n乙\r\n\u001a\r\n丙\r\n')]))).toBe('甲\n乙');
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
