// A build, check or toc that found no server leaves one behind for the commands after it, except
// in CI or when JIANBAO_SERVER says manual or 0; on a terminal it says so in one line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AUTO_IDLE_MINUTES, autoStartServer, startsServer } from '../../src/server/auto-start';
import { serverStatus, stopServer, type StatusReply } from '../../src/server/client';
import { inCi, serverMode } from '../../src/server/mode';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'jianbao');
const SAMPLE = path.join(ROOT, 'samples', 'feature-page-2021-06.yaml');

let work: string;
let env: NodeJS.ProcessEnv;
const log = () => path.join(work, 'cache', 'server.log');

function jianbao(args: string[], extra: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: work, env: { ...env, ...extra }, timeout: 60_000 });
}

/** The started server once it answers (it loads and listens within a second or two), or null. */
async function answering(): Promise<StatusReply | null> {
  for (let i = 0; i < 150; i++) {
    const status = await serverStatus(env);
    if (status) return status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-auto-start-'));
  // Neither CI (which turns auto-start off) nor a developer's own settings.
  env = { ...process.env, JIANBAO_CACHE_DIR: path.join(work, 'cache'), JIANBAO_SERVER: '', CI: '', JIANBAO_LANG: '', JIANBAO_DEBUG: '' };
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

afterEach(async () => {
  // A server that was started may still be loading: wait for it, so that none outlives the test,
  // and for its exit, when it writes its code cache into the folder about to be removed.
  const pid = fs.existsSync(log()) && (await answering()) ? await stopServer(env) : null;
  for (let i = 0; pid && i < 100 && alive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  fs.rmSync(work, { recursive: true, force: true });
});

describe('JIANBAO_SERVER and CI', () => {
  it.each([
    [{}, 'auto'],
    [{ JIANBAO_SERVER: 'auto' }, 'auto'],
    [{ JIANBAO_SERVER: 'on' }, 'auto'],
    [{ JIANBAO_SERVER: 'manual' }, 'manual'],
    [{ JIANBAO_SERVER: ' Manual ' }, 'manual'],
    [{ JIANBAO_SERVER: '0' }, 'off'],
    [{ JIANBAO_SERVER: 'off' }, 'off'],
    [{ CI: 'true' }, 'manual'],
    [{ CI: '1' }, 'manual'],
    [{ CI: 'false' }, 'auto'],
    [{ CI: 'true', JIANBAO_SERVER: 'auto' }, 'auto'],
    [{ CI: 'true', JIANBAO_SERVER: '0' }, 'off'],
  ])('%j → %s', (vars, mode) => {
    expect(serverMode(vars)).toBe(mode);
  });

  it('reads CI as most CI services set it', () => {
    expect(inCi({ CI: 'true' })).toBe(true);
    expect(inCi({ CI: 'woodpecker' })).toBe(true);
    expect(inCi({ CI: '' })).toBe(false);
    expect(inCi({ CI: '0' })).toBe(false);
    expect(inCi({})).toBe(false);
  });

  it('starts one after build, check and toc only, and not after --help or --version', () => {
    expect(startsServer(['build', 'a.yaml'], {})).toBe(true);
    expect(startsServer(['--lang', 'en', 'toc', 'a.yaml'], {})).toBe(true);
    expect(startsServer(['check', 'a.yaml'], { CI: 'true' })).toBe(false);
    expect(startsServer(['check', 'a.yaml'], { JIANBAO_SERVER: 'manual' })).toBe(false);
    expect(startsServer(['watch', 'a.yaml'], {})).toBe(false);
    expect(startsServer(['new'], {})).toBe(false);
    expect(startsServer(['build', '--help'], {})).toBe(false);
    expect(startsServer(['--version'], {})).toBe(false);
  });
});

test('a build that found no server leaves one; the next build runs in it, byte for byte the same', async () => {
  const first = jianbao(['build', SAMPLE, '--to', 'pdf', '-o', 'first']);
  expect(first.status).toBe(0);
  // Not a terminal (a script, an editor): nothing new in the output.
  expect(first.stderr).not.toContain('服务进程');
  const status = await answering();
  expect(status).not.toBeNull();
  expect(status!.idleMinutes).toBe(AUTO_IDLE_MINUTES);
  expect(status!.runs).toBe(0);
  if (process.platform === 'linux') {
    // It does not hold the editor's folder as its working folder (Windows could not delete it).
    expect(fs.readlinkSync(`/proc/${status!.pid}/cwd`)).toBe(path.join(work, 'cache'));
  }

  const second = jianbao(['build', SAMPLE, '--to', 'pdf', '-o', 'second']);
  expect(second.status).toBe(0);
  expect(second.stdout).toMatch(/输出在 second/);
  expect((await serverStatus(env))!.runs).toBe(1);
  const pdf = (dir: string) => fs.readFileSync(path.join(work, dir, 'feature-page-2021-06.pdf'));
  expect(pdf('second').equals(pdf('first'))).toBe(true);
});

test.each([
  ['in CI', { CI: 'true' }],
  ['with JIANBAO_SERVER=manual', { JIANBAO_SERVER: 'manual' }],
  ['with JIANBAO_SERVER=0', { JIANBAO_SERVER: '0' }],
])('no server is started %s', (_, extra) => {
  const run = jianbao(['toc', SAMPLE], extra);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('以青科会为载体');
  // The server is spawned, its log opened, before the command exits: no log, no server.
  expect(fs.existsSync(log())).toBe(false);
});

test('JIANBAO_SERVER=auto starts one even in CI', async () => {
  expect(jianbao(['check', SAMPLE], { CI: 'true', JIANBAO_SERVER: 'auto' }).status).toBe(0);
  expect(await answering()).not.toBeNull();
});

test('the notice names the PID and the idle minutes, in the command line\'s language, once', async () => {
  const said: string[] = [];
  const pid = autoStartServer(['--lang', 'en', 'check', SAMPLE], env, (text) => said.push(text));
  expect(pid).toEqual(expect.any(Number));
  expect(said).toEqual([`started the jianbao build server in the background (PID ${pid}); later build, check and toc run in it, about half a second faster. It exits after ${AUTO_IDLE_MINUTES} idle minutes. JIANBAO_SERVER=manual or 0 turns this off`]);
  expect((await answering())!.pid).toBe(pid);
  // Another command finding the server's socket starts none and says nothing.
  expect(autoStartServer(['check', SAMPLE], env, (text) => said.push(text))).toBeNull();
  expect(said).toHaveLength(1);
});

test('a cache folder nobody can write to: nothing started, nothing said, the build itself fine', () => {
  fs.writeFileSync(path.join(work, 'file'), '');
  const said: string[] = [];
  expect(autoStartServer(['build', SAMPLE], { ...env, JIANBAO_CACHE_DIR: path.join(work, 'file', 'cache') }, (text) => said.push(text))).toBeNull();
  expect(said).toEqual([]);
  const run = jianbao(['build', SAMPLE, '--to', 'pdf', '-o', 'out'], { JIANBAO_CACHE_DIR: path.join(work, 'file', 'cache') });
  expect(run.status).toBe(0);
  expect(run.stderr).not.toMatch(/JB82|at .*\(.*:\d+:\d+\)/);
});
