// `jianbao preview` on the command line: a missing file or a folder is refused before any server
// starts; --port takes 1–65535 only; the help names every option, in zh and en.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const ROOT = path.join(__dirname, '..', '..');

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

test.each(['SIGINT', 'SIGTERM'] as const)(
  'the built CLI prints the address, builds, and exits 0 on %s',
  async (signal) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-preview-cli-'));
    fs.copyFileSync(path.join(ROOT, 'samples', 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
    fs.copyFileSync(path.join(ROOT, 'samples', 'wenzhou-kexie-2022-04.yaml'), path.join(dir, 'issue.yaml'));
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'jianbao'), 'preview', 'issue.yaml', '--no-open', '--lang', 'en'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    for (let i = 0; i < 3000 && !out.includes('preview updated'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(out).toMatch(/preview at http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}\n/);
    expect(out).toContain('issue.yaml: preview updated in');
    child.kill(signal);
    expect(await exited).toBe(0);
    // Nothing written beside the issue.
    expect(fs.readdirSync(dir).sort()).toEqual(['issue.yaml', 'jianbao.config.yaml']);
  },
  60000,
);
