// `jianbao preview` on the command line: a missing file or a folder is refused before any server
// starts; --port takes 1–65535 only; the help names every option, in zh and en.
import { runCli } from '../helpers/run-cli';

test('a missing file: JB001 and exit 1, no address printed', async () => {
  const run = await runCli(['preview', 'no-such-issue.yaml', '--no-open']);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('JB001');
  expect(run.stdout).not.toContain('127.0.0.1');
});

test('a folder is not an issue file: JB001', async () => {
  const run = await runCli(['preview', 'samples', '--no-open']);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('JB001');
});

test.each(['0', '65536', 'abc', '80.5'])('--port %s is a usage error (exit 2)', async (port) => {
  const run = await runCli(['preview', 'samples/wenzhou-kexie-2022-04.yaml', '--port', port]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('1–65535');
});

test('the help in both languages', async () => {
  const zh = await runCli(['preview', '--help']);
  expect(zh.code).toBe(0);
  for (const option of ['--port', '--no-open', '--grid', '--encoding']) expect(zh.stdout).toContain(option);
  expect(zh.stdout).toContain('边写边看');
  const en = await runCli(['preview', '--help', '--lang', 'en'], {}, 'en');
  expect(en.stdout).toContain('update on every save');
});
