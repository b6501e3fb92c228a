// The build server (`jianbao server run`): one long-lived process that runs `build`, `check` and
// `toc` for short-lived clients, so that each `jianbao build` pays for a warm render (~35 ms for
// the sample) instead of starting JavaScript cold (~0.6 s). It is what a Makefile or an editor's
// build-on-save calling jianbao once per file needs; an editor at a terminal has `watch` instead.
//
// Runs are strictly one at a time: each takes on the client's working directory and environment
// for its duration (path.resolve and a few defaults read them), and nothing else may run
// meanwhile. Whatever could go stale between runs is checked or dropped: templates and font files
// are re-read when they change on disk, and the index of installed fonts is rebuilt per run.
import fs from 'node:fs';
import net from 'node:net';
import { detectLang, main } from '../cli/main';
import type { CliIO } from '../cli/io';
import { forgetInstalledFonts } from '../fonts/installed';
import { makeDirs } from '../output/make-dirs';
import { serverAddress, type ServerAddress } from './address';
import { onMessages, send, type Request } from './protocol';
import { warmUp } from './warm-up';

export interface ServerOptions {
  /** Minutes without a request after which the server exits. */
  idleMinutes: number;
  address?: ServerAddress;
  version: string;
  /** A few builds of a made-up issue before the first run (default true). */
  warmUp?: boolean;
  /** Called once the socket accepts connections. */
  onListening?: (address: ServerAddress) => void;
}

export type ServerOutcome = { kind: 'stopped'; runs: number } | { kind: 'already-running' } | { kind: 'failed'; reason: string };

/** A server answering at the address: the proof that a socket file is live, not left over. */
function answers(address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(address);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function listen(server: net.Server, address: ServerAddress): Promise<NodeJS.ErrnoException | null> {
  return new Promise((resolve) => {
    server.once('error', (e: NodeJS.ErrnoException) => resolve(e));
    server.listen(address.path, () => resolve(null));
  });
}

/** The client's environment, as the process's own for one run; returns the undo. */
function takeOver(cwd: string, env: Record<string, string>): () => void {
  const before = { cwd: process.cwd(), env: process.env };
  process.chdir(cwd);
  process.env = { ...env };
  return () => {
    process.env = before.env;
    process.chdir(before.cwd);
  };
}

async function run(socket: net.Socket, request: Extract<Request, { type: 'run' }>): Promise<void> {
  if (socket.destroyed) return; // the client gave up while waiting its turn
  const line = (type: 'stdout' | 'stderr') => (text: string) => send(socket, { type, text: text.endsWith('\n') ? text : `${text}\n` });
  let undo: () => void;
  try {
    undo = takeOver(request.cwd, request.env);
  } catch (e) {
    // The client's folder was deleted under it, most likely.
    send(socket, { type: 'stderr', text: `${(e as Error).message}\n` });
    send(socket, { type: 'exit', code: 2 });
    return;
  }
  try {
    forgetInstalledFonts();
    const io: CliIO = { stdout: line('stdout'), stderr: line('stderr'), env: process.env, lang: detectLang(request.argv, process.env) };
    // A folder build draws its progress bar on the client's terminal, as it would there.
    if (request.terminalColumns) io.terminal = { write: (text) => send(socket, { type: 'stderr', text }), columns: request.terminalColumns };
    let code = 2;
    try {
      code = await main(request.argv, io); // main reports its own faults and returns a code
    } finally {
      send(socket, { type: 'exit', code });
    }
  } finally {
    undo();
  }
}

export async function runServer(options: ServerOptions): Promise<ServerOutcome> {
  const address = options.address ?? serverAddress();
  const startedMs = Date.now();
  let runs = 0;
  let queue: Promise<void> = Promise.resolve();
  let pending = 0;
  const server = net.createServer();
  const sockets = new Set<net.Socket>();
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));

  let idle: NodeJS.Timeout | undefined;
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    clearTimeout(idle);
    server.close(() => finish());
    // Clients still waiting for a turn are told nothing more; they fall back to building themselves.
    queue.then(() => sockets.forEach((s) => s.end()));
  };
  const armIdle = () => {
    clearTimeout(idle);
    if (pending === 0 && !stopping) idle = setTimeout(stop, options.idleMinutes * 60_000);
  };

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined); // a client that vanished: its run still finishes
    onMessages<Request>(socket, (request) => {
      if (request.type === 'status') {
        send(socket, { type: 'status', pid: process.pid, version: options.version, runs, startedMs, idleMinutes: options.idleMinutes, peakRssBytes: process.resourceUsage().maxRSS * 1024 });
      } else if (request.type === 'stop') {
        send(socket, { type: 'stopping', pid: process.pid });
        stop();
      } else if (request.type === 'run' && stopping) {
        socket.end(); // the client builds by itself
      } else if (request.type === 'run') {
        pending++;
        clearTimeout(idle);
        queue = queue.then(() => run(socket, request)).catch(() => undefined).finally(() => {
          runs++;
          pending--;
          armIdle();
        });
      }
    });
  });

  if (address.dir) {
    try {
      makeDirs(address.dir);
    } catch (e) {
      return { kind: 'failed', reason: (e as Error).message };
    }
  }
  // Only the user may connect: the socket is made with no permissions for anyone else.
  const umask = process.platform === 'win32' ? null : process.umask(0o077);
  let failure = await listen(server, address);
  if (failure?.code === 'EADDRINUSE' && address.dir) {
    if (await answers(address.path)) {
      if (umask !== null) process.umask(umask);
      return { kind: 'already-running' };
    }
    // Left behind by a server that was killed: nobody answers, so it can go.
    fs.rmSync(address.path, { force: true });
    failure = await listen(server, address);
  } else if (failure?.code === 'EADDRINUSE') {
    return { kind: 'already-running' };
  }
  if (umask !== null) process.umask(umask);
  if (failure) return { kind: 'failed', reason: failure.message };

  const onSignal = () => stop();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  options.onListening?.(address);
  // Queued like a run: a client arriving meanwhile waits for it, then finds the code warm.
  if (options.warmUp !== false) queue = queue.then(warmUp);
  armIdle();
  await finished;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  return { kind: 'stopped', runs };
}
