// jianbao init (issue #25 items 4 and 5): nothing is written before the last answer, Ctrl+C is
// a normal exit, and --yes in an empty folder starts at 第 1 期, 总第 1 期.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { initCommand } from '../../src/cli/commands/init';
import { PromptCancelled, type Prompter } from '../../src/prompt/prompter';
import { runCli } from '../helpers/run-cli';
import { captureIO, scriptedTerminal } from '../wizard/fake-terminal';

const emptyDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-init-'));
const filesIn = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).sort();

test('init --yes --name --editor in an empty folder writes 第 1 期, 总第 1 期; check finds only the example article to replace', async () => {
  const dir = emptyDir();
  const run = await runCli(['init', '--yes', '--name', '测试简报', '--editor', '测试单位编', '--date', '2024-02-29', '--dir', dir], {
    CI: 'true',
  });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const issue = path.join(dir, '2024', '2024-02.yaml');
  const text = fs.readFileSync(issue, 'utf8');
  expect(text).toMatch(/^ {2}number: 1\b/m);
  expect(text).toMatch(/^ {2}total: 1\b/m);
  // The example article is a placeholder (JB331, issue #19): the only thing check reports.
  const check = await runCli(['check', issue, '--format', 'json']);
  expect(check.code).toBe(1);
  const codes = new Set((JSON.parse(check.stdout) as Array<{ code: string }>).map((d) => d.code));
  expect([...codes]).toEqual(['JB331']);
});

test('init --dir into a folder that does not exist yet: both files, no warning', async () => {
  const dir = path.join(emptyDir(), 'new-series');
  const run = await runCli(['init', '--yes', '--name', '测试简报', '--editor', '测试单位编', '--date', '2024-01-31', '--dir', dir], {
    CI: 'true',
  });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(filesIn(dir)).toEqual(['2024', path.join('2024', '2024-01.yaml'), 'jianbao.config.yaml']);
});

test('init --yes beside earlier issues proposes the next after them', async () => {
  const dir = emptyDir();
  const sample = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'wenzhou-kexie-2022-04.yaml'), 'utf8');
  fs.writeFileSync(path.join(dir, '2022-04.yaml'), sample);
  const run = await runCli(['init', '--yes', '--name', '温州科协信息', '--editor', '温州市科学技术协会编', '--dir', dir], { CI: 'true' });
  expect(run.code).toBe(0);
  const text = fs.readFileSync(path.join(dir, '2022', '2022-05.yaml'), 'utf8');
  expect(text).toMatch(/^ {2}number: 5\b/m);
  expect(text).toMatch(/^ {2}total: 270\b/m);
});

test('Ctrl+C at the last question of init writes nothing and exits 130 with one line', async () => {
  const dir = emptyDir();
  const scripted = scriptedTerminal(['测试简报', '测试单位编', '2024-02-29', '1']);
  const prompter: Prompter = {
    input: (q) => (scripted.asked.length === 4 ? Promise.reject(new PromptCancelled()) : scripted.prompter.input(q)),
    confirm: scripted.prompter.confirm,
  };
  const { out, io } = captureIO();
  await expect(initCommand(io, { dir }, { ...scripted, prompter })).rejects.toBeInstanceOf(PromptCancelled);
  expect(filesIn(dir)).toEqual([]);
  expect(out.stderr).not.toContain('JB900');
});

test('main() turns a cancelled prompt into exit 130, one line, no 内部错误', async () => {
  jest.resetModules();
  jest.doMock('../../src/prompt/terminal', () => {
    const actual = jest.requireActual('../../src/prompt/terminal');
    return {
      ...actual,
      processTerminal: () => ({
        stdinIsTTY: true,
        stdin: process.stdin,
        prompter: {
          input: () => Promise.reject(new (jest.requireActual('../../src/prompt/prompter').PromptCancelled)()),
          confirm: () => Promise.resolve(true),
        },
      }),
    };
  });
  const { main: mockedMain } = await import('../../src/cli/main');
  const dir = emptyDir();
  const { out, io } = captureIO();
  const code = await mockedMain(['init', '--dir', dir], io);
  jest.dontMock('../../src/prompt/terminal');
  expect(code).toBe(130);
  expect(out.stderr.trim().split('\n')).toEqual(['已取消，未写入任何文件。']);
  expect(out.stderr).not.toContain('内部错误');
  expect(filesIn(dir)).toEqual([]);
});

test('init refuses at once, before any question, when the folder already has a config', async () => {
  const dir = emptyDir();
  fs.writeFileSync(path.join(dir, 'jianbao.config.yaml'), 'template: kexie\n');
  const terminal = scriptedTerminal([]);
  const { out, io } = captureIO();
  const code = await initCommand(io, { dir }, terminal);
  expect(code).toBe(1);
  expect(terminal.asked).toEqual([]);
  expect(out.stderr).toContain('JB814');
  expect(out.stderr).toContain('jianbao new');
});
