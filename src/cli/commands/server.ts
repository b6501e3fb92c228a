// `jianbao server start|stop|status|run`: the build server (src/server). `start` leaves one
// running in the background for this user and this jianbao; from then on every `build`, `check`
// and `toc` is run by it until it has been idle for --idle minutes or is stopped. (A command that
// finds none starts one itself, src/server/auto-start.ts.)
import fs from 'node:fs';
import { diag } from '../../diagnostics/make';
import type { Lang } from '../../diagnostics/messages';
import { serverAddress } from '../../server/address';
import { serverStatus, stopServer, type StatusReply } from '../../server/client';
import { spawnServer } from '../../server/spawn';
import { EXIT, type CliIO } from '../io';
import { reportDiagnostics } from '../report';
import { sw } from './server-words';

const START_TIMEOUT_S = 15;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** JB820; the log is named only when the server was started and may have written to it. */
function failed(io: CliIO, reason: string, log?: string): number {
  reportDiagnostics(io, [diag('JB820', 'jianbao server', null, log ? { reason, log } : { reason })], new Map());
  return EXIT.inputErrors;
}

function describe(lang: Lang, s: StatusReply): string {
  return sw(lang, 'running', { pid: s.pid, version: s.version, minutes: Math.floor((Date.now() - s.startedMs) / 60_000), runs: s.runs, mb: Math.round(s.peakRssBytes / 2 ** 20), idle: s.idleMinutes });
}

export async function startCommand(io: CliIO, idleMinutes: number): Promise<number> {
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

export async function runCommand(io: CliIO, idleMinutes: number): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const version: string = require('../../../package.json').version;
  // The server warms the pipeline up as it starts; start, stop and status never load it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runServer } = require('../../server/server') as typeof import('../../server/server');
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

export async function stopCommand(io: CliIO): Promise<number> {
  const pid = await stopServer(io.env);
  io.stdout(pid === null ? sw(io.lang, 'notRunning') : sw(io.lang, 'stopped', { pid }));
  return EXIT.ok;
}

export async function statusCommand(io: CliIO): Promise<number> {
  const status = await serverStatus(io.env);
  io.stdout(status ? describe(io.lang, status) : sw(io.lang, 'notRunning'));
  return status ? EXIT.ok : EXIT.inputErrors;
}
