// The client side of the build server, loaded by bin/jianbao before anything else: when a server
// for this jianbao is running, `build`, `check` and `toc` are handed to it and this process only
// relays its output. When none is running, finding that out costs one stat() and the command runs
// here as usual. Kept to Node built-ins and small modules of its own, so that relaying stays cheap.
import fs from 'node:fs';
import type net from 'node:net';
import { commandOf } from '../cli/command-word';
import { stderrTerminal } from '../cli/io';
import { serverAddress, type ServerAddress } from './address';
import { serverMode } from './mode';
import { onMessages, send, type Reply, type Request } from './protocol';

/** Commands that read no stdin and ask nothing: safe to run in another process. */
const FORWARDED = new Set(['build', 'check', 'toc']);

export function forwardable(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): boolean {
  return serverMode(env) !== 'off' && FORWARDED.has(commandOf(argv) ?? '');
}

/** Connects, or null when no server is there (no socket file, or one nobody answers). */
function connect(address: ServerAddress): Promise<net.Socket | null> {
  // A Unix socket that does not exist is found out without creating one.
  if (address.dir && !fs.existsSync(address.path)) return Promise.resolve(null);
  // Loaded only now: `net` costs a few ms to load, which a command without a server never pays.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { connect: open } = require('node:net') as typeof net;
  return new Promise((resolve) => {
    const socket = open(address.path);
    socket.once('connect', () => {
      socket.removeAllListeners('error');
      resolve(socket);
    });
    socket.once('error', () => resolve(null));
  });
}

export interface Relay {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processRelay: Relay = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

export type ForwardResult =
  /** The server ran the command: its exit code. */
  | { kind: 'done'; code: number }
  /** No server: run the command here. */
  | { kind: 'no-server' }
  /** The server went away before finishing: run the command here (its outputs are written atomically, so nothing half-written remains). */
  | { kind: 'lost'; printed: boolean };

/** Sends one request and relays replies until `until` returns a value or the connection ends. */
async function exchange<T>(request: Request, until: (reply: Reply) => T | undefined, relay: Relay, env: NodeJS.ProcessEnv): Promise<{ answered: T } | { lost: boolean } | null> {
  const socket = await connect(serverAddress(env));
  if (!socket) return null;
  return new Promise((resolve) => {
    let heard = false;
    socket.on('error', () => undefined);
    onMessages<Reply>(socket, (reply) => {
      if (reply.type === 'stdout') relay.stdout(reply.text);
      else if (reply.type === 'stderr') relay.stderr(reply.text);
      heard = true;
      const answer = until(reply);
      if (answer !== undefined) {
        socket.end();
        resolve({ answered: answer });
      }
    });
    socket.on('close', () => resolve({ lost: heard }));
    send(socket, request);
  });
}

export async function forwardToServer(argv: string[], relay: Relay = processRelay, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd(), terminalColumns = relay === processRelay ? stderrTerminal(env)?.columns : undefined): Promise<ForwardResult> {
  const clean = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
  const result = await exchange({ type: 'run', argv, cwd, env: clean, terminalColumns }, (r) => (r.type === 'exit' ? r.code : undefined), relay, env);
  if (!result) return { kind: 'no-server' };
  if ('answered' in result) return { kind: 'done', code: result.answered };
  return { kind: 'lost', printed: result.lost };
}

export type StatusReply = Extract<Reply, { type: 'status' }>;

/** The running server's status, or null when none is running. */
export async function serverStatus(env: NodeJS.ProcessEnv = process.env): Promise<StatusReply | null> {
  const result = await exchange({ type: 'status' }, (r) => (r.type === 'status' ? r : undefined), processRelay, env);
  return result && 'answered' in result ? result.answered : null;
}

/** Asks the running server to stop; its pid, or null when none was running. */
export async function stopServer(env: NodeJS.ProcessEnv = process.env): Promise<number | null> {
  const result = await exchange({ type: 'stop' }, (r) => (r.type === 'stopping' ? r.pid : undefined), processRelay, env);
  return result && 'answered' in result ? result.answered : null;
}

/** JB821, worded for the command line's language; loads the reporting code only when needed. */
export function lostNotice(argv: string[], env: NodeJS.ProcessEnv = process.env): string {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { detectLang } = require('../cli/main') as typeof import('../cli/main');
  const { formatDiagnosticsText } = require('../diagnostics/report-text') as typeof import('../diagnostics/report-text');
  const { diag } = require('../diagnostics/make') as typeof import('../diagnostics/make');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return formatDiagnosticsText([diag('JB821', 'jianbao', null)], { lang: detectLang(argv, env), sources: new Map() });
}
