// The real binary: with stdin on a pipe (echo |, < /dev/null, or a pipe that never sends
// anything) `new` exits non-zero within 5 s naming --yes; and in a real terminal (tmux) the
// Chinese wizard asks, Enter accepts the proposals, and the issue is written.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tmux as tmuxTool, testWith } from '../helpers/tools';
import { tmuxTerminal } from '../helpers/tmux-terminal';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'jianbao');
const SAMPLES = path.join(ROOT, 'samples');

function series(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-tty-'));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), path.join(dir, '2022-04.yaml'));
  return dir;
}

// The CI variable alone would stop the questions; these tests are about stdin, so it goes.
const env: NodeJS.ProcessEnv = { ...process.env };
delete env.CI;

function runWithStdin(stdin: 'echo' | 'devnull' | 'silent', cwd: string): Promise<{ code: number | null; ms: number; stderr: string }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const stdio = stdin === 'devnull' ? [fs.openSync('/dev/null', 'r'), 'pipe', 'pipe'] : ['pipe', 'pipe', 'pipe'];
    const child = spawn(process.execPath, [BIN, 'new'], { cwd, env, stdio: stdio as never });
    if (stdin === 'echo') child.stdin?.end('\n');
    // 'silent': the pipe stays open and sends nothing, the case that hangs inquirer.
    let stderr = '';
    child.stderr?.on('data', (c) => (stderr += c));
    const killer = setTimeout(() => child.kill('SIGKILL'), 10000);
    child.on('close', (code) => {
      clearTimeout(killer);
      child.stdin?.destroy();
      resolve({ code, ms: Date.now() - started, stderr });
    });
  });
}

test.each(['echo', 'devnull', 'silent'] as const)(
  '`new` with stdin %s exits non-zero without waiting for input, naming --yes',
  async (stdin) => {
    const dir = series();
    const run = await runWithStdin(stdin, dir);
    expect(run.code).not.toBe(0);
    expect(run.code).not.toBeNull();
    expect(run.stderr).toContain('--yes');
    expect(fs.readdirSync(dir).sort()).toEqual(['2022-04.yaml', 'jianbao.config.yaml']);
  },
);

testWith(tmuxTool(), 'in a real terminal (tmux) the wizard asks in Chinese and Enter accepts the proposals', async () => {
  const dir = series();
  const t = tmuxTerminal(dir, `env -u CI ${process.execPath} ${BIN} new; echo "EXIT=$?"; sleep 30`);
  try {
    await t.waitFor(/出版日期/, 15000);
    expect(t.screen()).toContain('2022-05-31');
    t.keys('Enter');
    await t.waitFor(/期号（第几期/, 15000);
    t.keys('Enter');
    await t.waitFor(/总期号/, 15000);
    t.keys('Enter');
    await t.waitFor(/EXIT=\d+/, 15000);
    expect(t.screen()).toContain('EXIT=0');
    const text = fs.readFileSync(path.join(dir, '2022', '2022-05.yaml'), 'utf8');
    expect(text).toMatch(/^ {2}number: 5\b/m);
    expect(text).toMatch(/^ {2}total: 270\b/m);
  } finally {
    t.close();
  }
});
