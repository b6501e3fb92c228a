// `jianbao preview` on the command line: a missing file or a folder is refused before any server
// starts; --port takes 1–65535 only; the help names every option, in zh and en.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';
import { spawnCli } from '../helpers/spawn-cli';

const ROOT = path.join(__dirname, '..', '..');

/** The error a connection to `port` on this machine meets ('' when one is accepted). */
const connectError = (port: number) =>
  new Promise<string>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('');
    });
    socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
  });

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

test.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const)(
  'the built CLI prints the address, builds, and on %s closes its port and exits %i',
  async (signal, expected) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-preview-cli-'));
    fs.copyFileSync(path.join(ROOT, 'samples', 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
    fs.copyFileSync(path.join(ROOT, 'samples', 'wenzhou-kexie-2022-04.yaml'), path.join(dir, 'issue.yaml'));
    const cli = spawnCli(['preview', 'issue.yaml', '--no-open', '--lang', 'en'], dir);
    await cli.waitFor(/preview updated/);
    expect(cli.output()).toMatch(/preview at http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}\n/);
    expect(cli.output()).toContain('issue.yaml: preview updated in');
    const port = Number(/127\.0\.0\.1:(\d+)\//.exec(cli.output())?.[1]);
    cli.child.kill(signal);
    // As build: 130 for Ctrl+C, 143 for a service manager's or `timeout`'s SIGTERM.
    expect(await cli.exited).toBe(expected);
    expect(await connectError(port)).toBe('ECONNREFUSED');
    // Nothing written beside the issue.
    expect(fs.readdirSync(dir).sort()).toEqual(['issue.yaml', 'jianbao.config.yaml']);
  },
  60000,
);
