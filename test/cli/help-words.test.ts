// Help and usage errors (issue #25 item 10): Chinese usage lines, build --to's values, index
// --year marked required, examples, a usage error answered with one usage line and a --help
// hint, English plurals, `add -y` promising nothing it cannot infer, `toc DIR`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

test('zh help: usage line in Chinese, --to lists pdf and docx, examples shown', async () => {
  const root = await runCli(['--help']);
  expect(root.stdout).toContain('[选项] [命令]');
  expect(root.stdout).not.toContain('[options]');
  const build = await runCli(['build', '--help']);
  expect(build.stdout).toMatch(/--to <formats>\s+输出格式：pdf、docx/);
  expect(build.stdout).toContain('示例：');
  expect(build.stdout).toContain('jianbao build . --to pdf');
});

test('index --year is shown as needed unless the folder is named for the year', async () => {
  expect((await runCli(['index', '--help'])).stdout).toMatch(/--year <yyyy>\s+年份，例如 2022；文件夹以年份命名/);
  expect((await runCli(['index', '--help'], {}, 'en')).stdout).toMatch(/--year <yyyy>\s+the year, e\.g\. 2022; may be left out/);
});

test('a usage error prints one usage line and a --help hint, not the whole help', async () => {
  const run = await runCli(['build']);
  expect(run.code).toBe(2);
  const lines = run.stderr.trim().split('\n');
  expect(lines).toEqual([
    "错误：缺少参数 'files'（要处理的期刊文件或文件夹）",
    '用法：jianbao build [选项] <files...>',
    '运行 jianbao build --help 查看全部选项和示例',
  ]);
  const en = await runCli(['check', '--bogus', 'x.yaml'], {}, 'en');
  expect(en.stderr.trim().split('\n')).toHaveLength(3);
  expect(en.stderr).toContain('run jianbao check --help');
});

test('English counts: "1 error, 0 warnings", "1 issue"', async () => {
  const run = await runCli(['check', 'no-such-file.yaml'], {}, 'en');
  expect(run.stderr).toContain('1 error, 0 warnings');
  expect(run.stderr).not.toContain('(s)');
});

test('add -y without --title names the flag and promises no inferred value', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-addy-'));
  const issue = path.join(dir, 'issue.yaml');
  fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), issue);
  const run = await runCli(['add', 'article', issue, '-y']);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('JB812');
  expect(run.stderr).toContain('--title');
  expect(run.stderr).not.toContain('推断');
});

test("toc DIR prints every issue's 本期要目 (no raw EISDIR)", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-tocdir-'));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), path.join(dir, 'a.yaml'));
  fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), path.join(dir, 'b.yaml'));
  const run = await runCli(['toc', dir]);
  expect(run.code).toBe(0);
  expect(run.stderr).not.toContain('EISDIR');
  expect(run.stdout.match(/本 期 要 目/g)).toHaveLength(2);
  const json = await runCli(['toc', dir, '--format', 'json']);
  expect((JSON.parse(json.stdout) as unknown[]).length).toBe(2);
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-tocempty-'));
  const none = await runCli(['toc', empty]);
  expect(none.code).toBe(1);
  expect(none.stderr).toContain('JB801');
});
