// `jianbao server start|stop|status|run`: the build server (src/server). `start` leaves one
// running in the background for this user and this jianbao; from then on every `build`, `check`
// and `toc` is run by it until it has been idle for --idle minutes or is stopped. (A command that
// finds none starts one itself, src/server/auto-start.ts.)
import fs from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { diag } from '../../diagnostics/make';
import type { Lang } from '../../diagnostics/messages';
import { serverAddress } from '../../server/address';
import { serverStatus, stopServer, type StatusReply } from '../../server/client';
import { runServer } from '../../server/server';
import { spawnServer } from '../../server/spawn';
import { wordsOf } from '../i18n';
import { EXIT, type CliIO } from '../io';
import { subcommand } from '../options';
import { reportDiagnostics } from '../report';

const sw = wordsOf({
  serverDescription: { zh: '管理 jianbao 服务进程：常驻后台，让每次 build、check、toc 省去约半秒启动时间', en: 'manage the jianbao build server, which keeps running so that each build, check and toc skips about half a second of start-up' },
  startDescription: { zh: '在后台启动服务进程（已在运行则不重复启动）', en: 'start the server in the background (unless one is running)' },
  stopDescription: { zh: '停止服务进程', en: 'stop the server' },
  statusDescription: { zh: '显示服务进程是否在运行（在运行时退出码为 0，否则为 1）', en: 'tell whether the server is running (exit code 0 if so, 1 if not)' },
  runDescription: { zh: '在前台运行服务进程（按 Ctrl+C 停止）', en: 'run the server in the foreground (Ctrl+C stops it)' },
  idleOption: { zh: '空闲多少分钟后自动退出', en: 'minutes without requests after which it exits' },
  started: { zh: 'jianbao 服务进程已启动（PID {pid}）。此后 build、check、toc 由它执行；空闲 {idle} 分钟后自动退出，jianbao server stop 可随时停止。', en: 'the jianbao build server is running (PID {pid}). build, check and toc now run in it; it exits after {idle} idle minutes, or at jianbao server stop.' },
  running: { zh: 'jianbao 服务进程正在运行：PID {pid}，版本 {version}，已运行 {minutes} 分钟，执行了 {runs} 次命令，内存峰值 {mb} MB，空闲 {idle} 分钟后自动退出', en: 'the jianbao build server is running: PID {pid}, version {version}, up {minutes} min, {runs} command(s) run, peak memory {mb} MB, exits after {idle} idle minutes' },
  notRunning: { zh: '没有正在运行的 jianbao 服务进程', en: 'no jianbao build server is running' },
  stopped: { zh: '已停止 jianbao 服务进程（PID {pid}）', en: 'stopped the jianbao build server (PID {pid})' },
  listening: { zh: 'jianbao 服务进程（PID {pid}）在 {path} 等待命令；空闲 {idle} 分钟后退出', en: 'jianbao build server (PID {pid}) waiting for commands at {path}; exits after {idle} idle minutes' },
  exited: { zh: 'jianbao 服务进程已退出，共执行 {runs} 次命令', en: 'the jianbao build server has exited after {runs} command(s)' },
  alreadyRunning: { zh: '已有一个服务进程在运行', en: 'one is already running' },
  exitedEarly: { zh: '服务进程启动后立即退出', en: 'the server exited as it started' },
  noAnswer: { zh: '服务进程 {seconds} 秒内没有应答', en: 'the server did not answer within {seconds} s' },
});

const DEFAULT_IDLE_MINUTES = 30;
const START_TIMEOUT_S = 15;

function idleArg(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || n <= 0) throw new InvalidArgumentError('1, 30, 120, …');
  return n;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** JB820; the log is named only when the server was started and may have written to it. */
function failed(io: CliIO, reason: string, log?: string): number {
  reportDiagnostics(io, [diag('JB820', 'jianbao server', null, log ? { reason, log } : { reason })], new Map());
  return EXIT.inputErrors;
}

function describe(lang: Lang, s: StatusReply): string {
  return sw(lang, 'running', { pid: s.pid, version: s.version, minutes: Math.floor((Date.now() - s.startedMs) / 60_000), runs: s.runs, mb: Math.round(s.peakRssBytes / 2 ** 20), idle: s.idleMinutes });
}

async function start(io: CliIO, idleMinutes: number): Promise<number> {
  const running = await serverStatus(io.env);
  if (running) {
    io.stdout(describe(io.lang, running));
    return EXIT.ok;
  }
  const spawned = spawnServer(io.env, idleMinutes, io.lang);
  if (spawned.kind === 'failed') return failed(io, spawned.reason);
  const { child, log } = spawned;
  let exited = false;
  child.once('exit', () => (exited = true));
  child.once('error', () => (exited = true));
  for (const deadline = Date.now() + START_TIMEOUT_S * 1000; Date.now() < deadline && !exited; ) {
    const status = await serverStatus(io.env);
    if (status) {
      io.stdout(sw(io.lang, 'started', { pid: status.pid, idle: status.idleMinutes }));
      return EXIT.ok;
    }
    await sleep(50);
  }
  let reason = exited ? sw(io.lang, 'exitedEarly') : sw(io.lang, 'noAnswer', { seconds: START_TIMEOUT_S });
  try {
    const tail = fs.readFileSync(log, 'utf8').trim().split('\n').slice(-3).join(' ');
    if (tail) reason += `: ${tail}`;
  } catch {
    // no log to quote
  }
  return failed(io, reason, log);
}

async function run(io: CliIO, idleMinutes: number): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const version: string = require('../../../package.json').version;
  const outcome = await runServer({
    idleMinutes,
    version,
    address: serverAddress(io.env),
    onListening: (address) => io.stdout(sw(io.lang, 'listening', { pid: process.pid, path: address.path, idle: idleMinutes })),
  });
  if (outcome.kind === 'stopped') {
    io.stdout(sw(io.lang, 'exited', { runs: outcome.runs }));
    return EXIT.ok;
  }
  return failed(io, outcome.kind === 'already-running' ? sw(io.lang, 'alreadyRunning') : outcome.reason);
}

export function registerServerCommand(root: Command, io: CliIO, done: (code: number) => void): void {
  const L = io.lang;
  const server = subcommand(root, io, 'server', sw(L, 'serverDescription'));
  const idle = (c: Command) => c.option('--idle <minutes>', sw(L, 'idleOption'), idleArg, DEFAULT_IDLE_MINUTES);
  idle(subcommand(server, io, 'start', sw(L, 'startDescription'))).action(async (o: { idle: number }) => done(await start(io, o.idle)));
  idle(subcommand(server, io, 'run', sw(L, 'runDescription'))).action(async (o: { idle: number }) => done(await run(io, o.idle)));
  subcommand(server, io, 'stop', sw(L, 'stopDescription')).action(async () => {
    const pid = await stopServer(io.env);
    io.stdout(pid === null ? sw(L, 'notRunning') : sw(L, 'stopped', { pid }));
    done(EXIT.ok);
  });
  subcommand(server, io, 'status', sw(L, 'statusDescription')).action(async () => {
    const status = await serverStatus(io.env);
    io.stdout(status ? describe(L, status) : sw(L, 'notRunning'));
    done(status ? EXIT.ok : EXIT.inputErrors);
  });
}
