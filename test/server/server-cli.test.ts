// `jianbao server start|status|stop` through the real bin/jianbao: a started server runs the
// builds of later commands (same bytes as building here), a killed one costs nothing but its
// speed, and one that dies mid-build leaves the client to build the issue itself.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serverAddress } from '../../src/server/address';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'jianbao');
const SAMPLE = path.join(ROOT, 'samples', 'feature-page-2021-06.yaml');

let work: string;
let env: NodeJS.ProcessEnv;

function jianbao(args: string[], extra: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: work, env: { ...env, ...extra }, timeout: 60_000 });
  expect(run.stderr).not.toMatch(/at .*\(.*:\d+:\d+\)/); // never a stack trace
  return run;
}

const runsSoFar = () => Number(/执行了 (\d+) 次命令/.exec(jianbao(['server', 'status']).stdout)?.[1]);
const serverPid = () => Number(/PID (\d+)/.exec(jianbao(['server', 'status']).stdout)![1]);

/** Whether process `pid` has gone within five seconds. */
async function exits(pid: number): Promise<boolean> {
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (let i = 0; i < 100 && alive(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  return !alive();
}

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-server-cli-'));
  // manual: these tests start and stop the server themselves (auto-start has its own tests).
  env = { ...process.env, JIANBAO_CACHE_DIR: path.join(work, 'cache'), JIANBAO_SERVER: 'manual', JIANBAO_LANG: '', JIANBAO_DEBUG: '' };
});

afterEach(async () => {
  // The server writes its code cache into the cache folder as it exits: wait for that.
  const pid = /PID (\d+)/.exec(jianbao(['server', 'stop']).stdout)?.[1];
  if (pid) await exits(Number(pid));
  fs.rmSync(work, { recursive: true, force: true });
});

test('start, build through it, status, stop', () => {
  const none = jianbao(['server', 'status']);
  expect(none.status).toBe(1);
  expect(none.stdout).toContain('没有正在运行的 jianbao 服务进程');

  const start = jianbao(['server', 'start', '--idle', '5']);
  expect(start.status).toBe(0);
  expect(start.stdout).toMatch(/jianbao 服务进程已启动（PID \d+）/);
  expect(fs.readFileSync(path.join(work, 'cache', 'server.log'), 'utf8')).toMatch(/等待命令/);
  // Starting again finds it running.
  expect(jianbao(['server', 'start']).stdout).toMatch(/正在运行：PID \d+/);

  const served = jianbao(['build', SAMPLE, '-o', 'served']);
  expect(served.status).toBe(0);
  expect(served.stdout).toMatch(/生成 1.*输出在 served/);
  expect(runsSoFar()).toBe(1);

  const here = jianbao(['build', SAMPLE, '-o', 'here'], { JIANBAO_SERVER: '0' });
  expect(here.status).toBe(0);
  expect(runsSoFar()).toBe(1); // JIANBAO_SERVER=0 built it here
  for (const ext of ['pdf', 'docx']) {
    expect(fs.readFileSync(path.join(work, 'served', `feature-page-2021-06.${ext}`)).equals(fs.readFileSync(path.join(work, 'here', `feature-page-2021-06.${ext}`)))).toBe(true);
  }
  // Commands that ask questions or watch never go to the server.
  expect(jianbao(['template', 'list']).status).toBe(0);
  expect(runsSoFar()).toBe(1);

  const english = jianbao(['--lang', 'en', 'server', 'status']);
  expect(english.stdout).toMatch(/the jianbao build server is running: PID \d+/);

  const stop = jianbao(['server', 'stop']);
  expect(stop.stdout).toMatch(/已停止 jianbao 服务进程（PID \d+）/);
  expect(jianbao(['server', 'status']).status).toBe(1);
  expect(jianbao(['server', 'stop']).stdout).toContain('没有正在运行');
});

test('stopped in the middle of a build, the server finishes it and exits at once', async () => {
  expect(jianbao(['server', 'start', '--idle', '60']).status).toBe(0);
  const pid = serverPid();
  // Forty issues: the stop arrives while the server is still building them.
  const many = path.join(work, 'many');
  fs.mkdirSync(many);
  fs.cpSync(path.join(ROOT, 'samples', 'images'), path.join(many, 'images'), { recursive: true });
  for (let i = 0; i < 40; i++) fs.copyFileSync(SAMPLE, path.join(many, `issue-${i}.yaml`));
  const build = spawn(process.execPath, [BIN, 'build', many, '--to', 'pdf', '--jobs', '2', '--force', '-o', 'out'], { cwd: work, env, stdio: 'ignore' });
  const built = new Promise<number | null>((resolve) => build.on('close', resolve));
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(jianbao(['server', 'stop']).stdout).toContain(`PID ${pid}`);
  expect(await built).toBe(0);
  expect(fs.readdirSync(path.join(work, 'out')).filter((f) => f.endsWith('.pdf'))).toHaveLength(40);
  // Not kept alive by an idle timer of 60 minutes.
  expect(await exits(pid)).toBe(true);
});

test.each([['through the server', 'manual'], ['without it', '0']])('a reader that stops reading early costs no crash (%s)', async (_, server) => {
  expect(jianbao(['server', 'start']).status).toBe(0);
  const dir = path.join(work, 'issues');
  fs.mkdirSync(dir);
  for (let i = 0; i < 20; i++) fs.copyFileSync(SAMPLE, path.join(dir, `issue-${i}.yaml`));
  fs.cpSync(path.join(ROOT, 'samples', 'images'), path.join(dir, 'images'), { recursive: true });
  // `jianbao check DIR --format json | head -c 100`: the reader leaves after its first bytes.
  const child = spawn(process.execPath, [BIN, 'check', dir, '--format', 'json'], { cwd: work, env: { ...env, JIANBAO_SERVER: server } });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.once('data', () => child.stdout.destroy());
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).not.toMatch(/EPIPE|at .*\(.*:\d+:\d+\)/);
  expect(status).toBe(0); // warnings only: the command's own exit code
});

test('a killed server leaves a socket that neither builds nor a new start trip over', async () => {
  expect(jianbao(['server', 'start']).status).toBe(0);
  const pid = serverPid();
  process.kill(pid, 'SIGKILL');
  expect(await exits(pid)).toBe(true);

  const build = jianbao(['build', SAMPLE, '--to', 'pdf', '-o', 'out']);
  expect(build.status).toBe(0);
  expect(build.stderr).not.toContain('JB821');
  expect(fs.existsSync(path.join(work, 'out', 'feature-page-2021-06.pdf'))).toBe(true);

  expect(jianbao(['server', 'start']).status).toBe(0);
  expect(runsSoFar()).toBe(0);
});

test('a server that dies mid-build: JB821, and the client builds the issue itself', async () => {
  const address = serverAddress(env);
  fs.mkdirSync(address.dir!, { recursive: true });
  const dying = net.createServer((s) => s.end(`${JSON.stringify({ type: 'stdout', text: '…\n' })}\n`, () => s.destroy()));
  await new Promise<void>((resolve) => dying.listen(address.path, resolve));
  try {
    const run = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      // Asynchronous: the dying server lives in this process and must keep answering.
      const child = spawn(process.execPath, [BIN, 'build', SAMPLE, '--to', 'pdf', '-o', 'out'], { cwd: work, env });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (status) => resolve({ status, stderr }));
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/警告 JB821 jianbao 服务进程中途退出/);
    expect(fs.existsSync(path.join(work, 'out', 'feature-page-2021-06.pdf'))).toBe(true);
  } finally {
    dying.close();
  }
});

test('a cache folder nobody can write to: JB820 with the reason, exit 1', () => {
  fs.writeFileSync(path.join(work, 'file'), '');
  const start = jianbao(['server', 'start'], { JIANBAO_CACHE_DIR: path.join(work, 'file', 'cache') });
  expect(start.status).toBe(1);
  expect(start.stderr).toMatch(/错误 JB820 无法启动 jianbao 服务进程：ENOTDIR/);
  // No log could be written, so the hint does not send the editor to one.
  expect(start.stderr).toMatch(/提示: 不用服务进程也能照常生成/);
  expect(start.stderr).not.toContain('server.log');
});
