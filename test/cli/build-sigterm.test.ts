// SIGTERM is not a Ctrl+C: a build it stops exits 143 (128 + 15, as a shell reports it) and is not
// told to press Ctrl+C again; a Ctrl+C (SIGINT) stays 130 with that line.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { featurePageArchive } from '../helpers/feature-archive';
import { buildCommand } from '../../src/cli/commands/build';
import type { CliIO } from '../../src/io/io';

const ROOT = path.join(__dirname, '..', '..');
jest.setTimeout(90_000);

/** buildCommand stopped, with the given signal's name, as soon as its first issue is reported. */
async function stoppedBy(name: 'SIGINT' | 'SIGTERM'): Promise<{ code: number; stdout: string[]; stderr: string[] }> {
  const dir = featurePageArchive('jb-sigterm-');
  const stop = new AbortController();
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIO = {
    stdout: (t) => {
      stdout.push(t);
      if (t.startsWith('[')) stop.abort(name);
    },
    stderr: (t) => stderr.push(t),
    env: {},
    lang: 'zh',
  };
  const code = await buildCommand(io, [dir], { out: path.join(dir, 'out'), to: ['docx'], jobs: 1 }, stop.signal);
  return { code, stdout, stderr };
}

describe('a build stopped by a signal', () => {
  it('SIGTERM: exit 143, no "press Ctrl+C again"', async () => {
    const run = await stoppedBy('SIGTERM');
    expect(run.code).toBe(143);
    expect(run.stderr.join('\n')).toContain('收到 SIGTERM');
    expect(run.stderr.join('\n')).not.toContain('Ctrl+C');
    expect(run.stdout.at(-1)).toMatch(/^已中断：共 4 期，生成 1/);
  });

  it('SIGINT (Ctrl+C): exit 130, a second Ctrl+C quits at once', async () => {
    const run = await stoppedBy('SIGINT');
    expect(run.code).toBe(130);
    expect(run.stderr.join('\n')).toContain('再按一次 Ctrl+C 立即退出');
  });

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('the real process: %s after the first issue exits %i', async (name, expected) => {
    const dir = featurePageArchive('jb-sigterm-');
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'bin', 'jianbao'), 'build', dir, '-o', path.join(dir, 'out'), '--to', 'docx', '--jobs', '1'],
      {
        env: { ...process.env, CI: '1', JIANBAO_LANG: 'zh' },
      },
    );
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    let sent = false;
    child.stdout.on('data', (b: Buffer) => {
      if (!sent && /^\[/m.test(b.toString())) {
        sent = true;
        child.kill(name);
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(sent).toBe(true);
    expect(code).toBe(expected);
    expect(stderr.includes('Ctrl+C')).toBe(name === 'SIGINT');
  });
});

// GNU timeout sends SIGTERM to the process and then to its whole group: jianbao gets it twice. The
// second must not end the run before it reports (Node's default would): it is the same request.
it('the real process: SIGTERM twice (as `timeout` sends it) still stops cleanly, exit 143 and the summary', async () => {
  const dir = featurePageArchive('jb-sigterm-');
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'bin', 'jianbao'), 'build', dir, '-o', path.join(dir, 'out'), '--to', 'docx', '--jobs', '1'],
    { env: { ...process.env, CI: '1', JIANBAO_LANG: 'zh' } },
  );
  let stdout = '';
  let sent = false;
  child.stdout.on('data', (b: Buffer) => {
    stdout += b.toString();
    if (!sent && /^\[/m.test(stdout)) {
      sent = true;
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGTERM'), 50);
    }
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  expect(sent).toBe(true);
  expect(code).toBe(143);
  expect(stdout).toMatch(/^已中断：共 4 期/m);
});
