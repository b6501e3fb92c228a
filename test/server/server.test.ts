// The build server (src/server) runs a client's command exactly as the client would have: the
// same bytes, messages and exit code, in the client's folder and environment; it survives clients
// that vanish, replaces a socket left by a killed server, and stops when asked or when idle.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serverAddress } from '../../src/server/address';
import { commandOf } from '../../src/cli/command-word';
import { forwardable, forwardToServer, serverStatus, stopServer, type Relay } from '../../src/server/client';
import { runServer, type ServerOutcome } from '../../src/server/server';
import { warmUpIssueText } from '../../src/server/warm-up';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { hasErrors } from '../../src/diagnostics/diagnostic';
import { runCli } from '../helpers/run-cli';

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'samples', 'feature-page-2021-06.yaml');

let work: string;
let env: NodeJS.ProcessEnv;
let server: Promise<ServerOutcome> | null;

function capture(): Relay & { out: string; err: string } {
  const relay = { out: '', err: '', stdout: (t: string) => (relay.out += t), stderr: (t: string) => (relay.err += t) };
  return relay;
}

async function startServer(idleMinutes = 5): Promise<void> {
  let listening: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (listening = resolve));
  server = runServer({ idleMinutes, version: 'test', address: serverAddress(env), warmUp: false, onListening: () => listening() });
  await Promise.race([ready, server]);
}

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-server-'));
  env = { JIANBAO_CACHE_DIR: path.join(work, 'cache'), JIANBAO_SERVER: '', PATH: process.env.PATH ?? '' };
  server = null;
});

afterEach(async () => {
  if (server) {
    await stopServer(env);
    await server;
  }
  fs.rmSync(work, { recursive: true, force: true });
});

describe('which commands go to the server', () => {
  it('finds the command word past --lang and options', () => {
    expect(commandOf(['build', 'a.yaml'])).toBe('build');
    expect(commandOf(['--lang', 'en', 'check', 'a.yaml'])).toBe('check');
    expect(commandOf(['--lang=en', 'toc', 'a.yaml'])).toBe('toc');
    expect(commandOf(['--help'])).toBeUndefined();
  });

  it('forwards build, check and toc only, and nothing when JIANBAO_SERVER=0', () => {
    expect(forwardable(['build', 'x'], {})).toBe(true);
    expect(forwardable(['check', 'x'], {})).toBe(true);
    expect(forwardable(['toc', 'x'], {})).toBe(true);
    // These ask questions, read stdin, run for ever or manage the server itself.
    for (const cmd of ['new', 'init', 'add', 'watch', 'server', 'import', 'template']) expect(forwardable([cmd, 'x'], {})).toBe(false);
    expect(forwardable(['build', 'x'], { JIANBAO_SERVER: '0' })).toBe(false);
  });
});

test('without a server, the client says so and touches nothing', async () => {
  expect(await forwardToServer(['build', SAMPLE], capture(), env, work)).toEqual({ kind: 'no-server' });
  expect(await serverStatus(env)).toBeNull();
  expect(await stopServer(env)).toBeNull();
});

test('a build through the server writes the same bytes and says the same as one run here', async () => {
  await startServer();
  const relay = capture();
  const served = await forwardToServer(['build', SAMPLE, '-o', 'served'], relay, env, work);
  expect(served).toEqual({ kind: 'done', code: 0 });

  const here = await runCli(['build', SAMPLE, '-o', path.join(work, 'here')], { ...env });
  expect(here.code).toBe(0);
  for (const ext of ['pdf', 'docx']) {
    const a = fs.readFileSync(path.join(work, 'served', `feature-page-2021-06.${ext}`));
    const b = fs.readFileSync(path.join(work, 'here', `feature-page-2021-06.${ext}`));
    expect(a.equals(b)).toBe(true);
  }
  // The same warnings, and the summary naming the folder the client asked for, relative to it.
  expect(relay.err).toContain('JB301');
  expect(relay.err.split('\n').filter((l) => l.includes('JB301')).length).toBe(here.stderr.split('\n').filter((l) => l.includes('JB301')).length);
  expect(relay.out).toMatch(/生成 1.*输出在 served/);
  expect((await serverStatus(env))?.runs).toBe(1);
});

test('each run takes on its client\'s folder and environment, and gives them back', async () => {
  await startServer();
  const cwdBefore = process.cwd();
  const envBefore = process.env;
  fs.copyFileSync(SAMPLE, path.join(work, 'issue.yaml'));
  fs.cpSync(path.join(ROOT, 'samples', 'images'), path.join(work, 'images'), { recursive: true });
  const english = capture();
  const run = await forwardToServer(['toc', 'issue.yaml'], english, { ...env, JIANBAO_LANG: 'en' }, work);
  expect(run).toEqual({ kind: 'done', code: 0 });
  expect(english.out).toMatch(/本\s*期\s*要\s*目/);
  expect(english.out).toContain('创新“五连”模式');

  const missing = capture();
  expect(await forwardToServer(['check', 'nowhere.yaml'], missing, { ...env, JIANBAO_LANG: 'en' }, work)).toEqual({ kind: 'done', code: 1 });
  expect(missing.err).toMatch(/JB001.*file not found/);

  // SOURCE_DATE_EPOCH from the client decides the document's date, as it would here.
  const epoch = capture();
  await forwardToServer(['build', 'issue.yaml', '--to', 'docx', '-o', 'dated'], epoch, { ...env, SOURCE_DATE_EPOCH: '1700000000' }, work);
  const here = await runCli(['build', path.join(work, 'issue.yaml'), '--to', 'docx', '-o', path.join(work, 'dated-here')], { ...env, SOURCE_DATE_EPOCH: '1700000000' });
  expect(here.code).toBe(0);
  expect(fs.readFileSync(path.join(work, 'dated', 'issue.docx')).equals(fs.readFileSync(path.join(work, 'dated-here', 'issue.docx')))).toBe(true);

  expect(process.cwd()).toBe(cwdBefore);
  expect(process.env).toBe(envBefore);
});

test('a folder build draws its progress bar on the client\'s terminal, and plain lines elsewhere', async () => {
  await startServer();
  const dir = path.join(work, 'issues');
  fs.mkdirSync(dir);
  fs.cpSync(path.join(ROOT, 'samples'), dir, { recursive: true });
  const onTerminal = capture();
  expect(await forwardToServer(['build', dir, '--to', 'docx', '-o', 'bar', '--jobs', '1'], onTerminal, env, work, 100)).toEqual({ kind: 'done', code: 0 });
  expect(onTerminal.err).toMatch(/\r\[#+-*\] 1\/2 .*\r\[#+\] 2\/2 /s);
  expect(onTerminal.out).not.toMatch(/\[1\/2\]/);

  const inLog = capture();
  expect(await forwardToServer(['build', dir, '--to', 'docx', '-o', 'log', '--jobs', '1'], inLog, env, work)).toEqual({ kind: 'done', code: 0 });
  expect(inLog.err).not.toContain('\r');
  expect(inLog.out).toMatch(/\[1\/2\].*\n\[2\/2\]/s);
});

test('bad input gets its diagnostics with file:line:col and exit code 1, no stack trace', async () => {
  await startServer();
  const bad = path.join(work, 'bad.yaml');
  fs.writeFileSync(bad, 'issue:\n  number: [1\n');
  const relay = capture();
  expect(await forwardToServer(['check', bad], relay, env, work)).toEqual({ kind: 'done', code: 1 });
  expect(relay.err).toMatch(/bad\.yaml:\d+:\d+: 错误 JB101/);
  expect(relay.err).not.toMatch(/at .*\(.*:\d+:\d+\)/);
});

test('runs from several clients at once each finish, one after the other', async () => {
  await startServer();
  const relays = [capture(), capture(), capture()];
  const results = await Promise.all(relays.map((r, i) => forwardToServer(['build', SAMPLE, '--to', 'pdf', '-o', `out${i}`], r, env, work)));
  expect(results).toEqual(results.map(() => ({ kind: 'done', code: 0 })));
  const bytes = [0, 1, 2].map((i) => fs.readFileSync(path.join(work, `out${i}`, 'feature-page-2021-06.pdf')));
  expect(bytes[1].equals(bytes[0]) && bytes[2].equals(bytes[0])).toBe(true);
  expect((await serverStatus(env))?.runs).toBe(3);
});

test('a client that hangs up does not stop the server or its run', async () => {
  await startServer();
  const address = serverAddress(env).path;
  const socket = net.connect(address);
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.write(`${JSON.stringify({ type: 'run', argv: ['build', SAMPLE, '--to', 'pdf', '-o', 'gone'], cwd: work, env: {} })}\n`);
  socket.destroy();
  // The next client is served after it, and the abandoned run still wrote its file.
  expect(await forwardToServer(['build', SAMPLE, '--to', 'docx', '-o', 'next'], capture(), env, work)).toEqual({ kind: 'done', code: 0 });
  expect(fs.existsSync(path.join(work, 'gone', 'feature-page-2021-06.pdf'))).toBe(true);
});

test('a server that dies mid-run is reported as lost, so the client can build itself', async () => {
  const address = serverAddress(env);
  fs.mkdirSync(address.dir!, { recursive: true });
  const dying = net.createServer((s) => {
    s.end(`${JSON.stringify({ type: 'stdout', text: 'starting\n' })}\n`, () => s.destroy());
  });
  await new Promise<void>((resolve) => dying.listen(address.path, resolve));
  const relay = capture();
  expect(await forwardToServer(['build', SAMPLE], relay, env, work)).toEqual({ kind: 'lost', printed: true });
  expect(relay.out).toBe('starting\n');
  dying.close();
});

test('a socket left by a killed server is replaced, and a second server refuses to start', async () => {
  const address = serverAddress(env);
  fs.mkdirSync(address.dir!, { recursive: true });
  fs.writeFileSync(address.path, ''); // what a killed server leaves: a path nobody answers at
  expect(await forwardToServer(['build', SAMPLE], capture(), env, work)).toEqual({ kind: 'no-server' });
  await startServer();
  expect(await serverStatus(env)).toMatchObject({ pid: process.pid, version: 'test', runs: 0 });
  expect(await runServer({ idleMinutes: 1, version: 'second', address })).toEqual({ kind: 'already-running' });
  // The socket is the user's alone.
  if (process.platform !== 'win32') expect(fs.statSync(address.path).mode & 0o077).toBe(0);
});

test('stopped while a run waits, it finishes that run and then exits at once', async () => {
  await startServer(60);
  const running = forwardToServer(['build', SAMPLE, '--to', 'pdf', '-o', 'last'], capture(), env, work);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(await stopServer(env)).toBe(process.pid);
  expect(await running).toEqual({ kind: 'done', code: 0 });
  expect(await server).toEqual({ kind: 'stopped', runs: 1 });
  server = null;
});

test('it stops when asked, and on its own once idle', async () => {
  await startServer();
  expect(await stopServer(env)).toBe(process.pid);
  expect(await server).toEqual({ kind: 'stopped', runs: 0 });
  server = null;
  expect(fs.existsSync(serverAddress(env).path)).toBe(false);

  await startServer(0.002); // ~120 ms
  const started = Date.now();
  expect(await server).toEqual({ kind: 'stopped', runs: 0 });
  expect(Date.now() - started).toBeLessThan(30_000);
  server = null;
  expect(await serverStatus(env)).toBeNull();
});

test('the made-up issue a new server warms itself with is a valid issue of several pages', () => {
  const file = path.join(work, 'warm-up.yaml');
  fs.writeFileSync(file, warmUpIssueText());
  const { model, diagnostics } = compileIssue(file);
  expect(hasErrors(diagnostics)).toBe(false);
  expect(model).not.toBeNull();
  // Enough running text to exercise line breaking and shaping, as much as in the sample.
  const text = (f: string) => (fs.readFileSync(f, 'utf8').match(/[\u4e00-\u9fff]/g) ?? []).length;
  expect(text(file)).toBeGreaterThan(0.8 * text(path.join(ROOT, 'samples', 'wenzhou-kexie-2022-04.yaml')));
});
