// The messages between `jianbao` and its build server: one JSON object per line over a local
// socket (a Unix socket, or a named pipe on Windows). JSON escapes newlines inside strings, so a
// line is always exactly one message.
import type { Socket } from 'node:net';

/** Client → server. */
export type Request =
  /** Run the command line as if typed in `cwd`, with the client's environment. */
  | { type: 'run'; argv: string[]; cwd: string; env: Record<string, string>; /** Set when the client's stderr is a terminal (not under CI): its width. */ terminalColumns?: number }
  | { type: 'status' }
  | { type: 'stop' };

/** Server → client. */
export type Reply =
  | { type: 'stdout'; text: string }
  | { type: 'stderr'; text: string }
  | { type: 'exit'; code: number }
  | { type: 'status'; pid: number; version: string; runs: number; startedMs: number; idleMinutes: number; peakRssBytes: number }
  | { type: 'stopping'; pid: number };

export function send(socket: Socket, message: Request | Reply): void {
  if (!socket.destroyed) socket.write(`${JSON.stringify(message)}\n`);
}

/** Calls `onMessage` with each complete line's message; a malformed line closes the socket. */
export function onMessages<T>(socket: Socket, onMessage: (message: T) => void): void {
  let pending = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    pending += chunk;
    let end: number;
    while ((end = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, end);
      pending = pending.slice(end + 1);
      let message: T;
      try {
        message = JSON.parse(line) as T;
      } catch {
        socket.destroy();
        return;
      }
      onMessage(message);
    }
  });
}
