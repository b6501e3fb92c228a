// Encodings on the editor's path (issue #25 item 3): --encoding is accepted wherever a source is
// read; a file that is clearly GB18030 or UTF-16 is read with a warning (JB811) and `check --fix`
// re-saves it as UTF-8; a GBK series config beside a UTF-8 issue works.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gbk } from '../helpers/gbk';
import { runCli } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

function series(): { dir: string; issue: string; text: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-enc-'));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  const issue = path.join(dir, '2022-04.yaml');
  const text = fs.readFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), 'utf8');
  fs.writeFileSync(issue, text);
  return { dir, issue, text };
}

test.each(['add', 'watch', 'index', 'new', 'init', 'build', 'check', 'toc', 'import'])('%s accepts --encoding', async (command) => {
  const run = await runCli([command, '--help']);
  expect(run.stdout).toContain('--encoding');
});

test('a GBK issue is read with one warning naming the encoding; check --fix re-saves it as UTF-8', async () => {
  const { issue, text } = series();
  fs.writeFileSync(issue, gbk(text));
  const check = await runCli(['check', issue]);
  expect(check.code).toBe(0);
  expect(check.stderr).toContain('JB811');
  expect(check.stderr).toContain('GBK/GB18030');
  expect(check.stderr).toContain(`jianbao check --fix ${issue}`);
  const fixed = await runCli(['check', '--fix', issue]);
  expect(fixed.code).toBe(0);
  expect(new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(issue))).toBe(text);
  const again = await runCli(['check', issue]);
  expect(again.stderr).not.toContain('JB811');
});

test('a UTF-16 issue (with its byte-order mark) is read with a warning', async () => {
  const { issue, text } = series();
  fs.writeFileSync(issue, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  const check = await runCli(['check', issue]);
  expect(check.code).toBe(0);
  expect(check.stderr).toContain('UTF-16LE');
});

test('a GBK series config beside a UTF-8 issue works: the issue checks and builds', async () => {
  const { dir, issue } = series();
  const config = path.join(dir, 'jianbao.config.yaml');
  fs.writeFileSync(config, gbk(fs.readFileSync(config, 'utf8')));
  const check = await runCli(['check', issue]);
  expect(check.code).toBe(0);
  expect(check.stderr).toContain('JB811');
  expect(check.stderr).not.toContain('check --fix');
  const build = await runCli(['build', issue, '-o', path.join(dir, 'out'), '--to', 'docx']);
  expect(build.code).toBe(0);
  expect(fs.existsSync(path.join(dir, 'out', '2022-04.docx'))).toBe(true);
});

test('bytes that are not clearly Chinese stay an error (JB003)', async () => {
  const { issue } = series();
  fs.writeFileSync(issue, Buffer.from('issue:\n  number: 4\ntitle: caf\xe9 na\xefve\n', 'latin1'));
  const check = await runCli(['check', issue]);
  expect(check.code).toBe(1);
  expect(check.stderr).toContain('JB003');
});

test('add --encoding gb18030 reads a GBK body file', async () => {
  const { dir, issue } = series();
  const body = path.join(dir, 'body.txt');
  fs.writeFileSync(body, gbk('市科协召开会议。\n'));
  const run = await runCli(['add', 'article', issue, '--title', '新文章', '--body-file', body, '--encoding', 'gb18030']);
  expect(run.code).toBe(0);
  expect(fs.readFileSync(issue, 'utf8')).toContain('市科协召开会议。');
});

// Windows calls its Chinese encoding GBK (Notepad's ANSI), and that is the name an editor types.
test.each(['gbk', 'GBK', 'gb2312', 'cp936'])('--encoding %s is read as GB18030, of which GBK is a part', async (name) => {
  const { dir, issue } = series();
  const body = path.join(dir, 'body.txt');
  fs.writeFileSync(body, gbk('市科协召开会议。\n'));
  const run = await runCli(['add', 'article', issue, '--title', '新文章', '--body-file', body, '--encoding', name]);
  expect(run.code).toBe(0);
  expect(fs.readFileSync(issue, 'utf8')).toContain('市科协召开会议。');
});

test('random bytes that happen to decode as GB18030 are not taken for Chinese text', async () => {
  const { issue } = series();
  fs.writeFileSync(issue, Buffer.from([144, 114]));
  const check = await runCli(['check', issue]);
  expect(check.code).toBe(1);
  expect(check.stderr).toContain('JB003');
  expect(check.stderr).not.toContain('JB811');
});
