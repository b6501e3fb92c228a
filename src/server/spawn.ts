// Starts `jianbao server run` in the background, for `jianbao server start` and for the server a
// command starts after running by itself (auto-start.ts). The child is detached, in its own
// session, with its output in the log and none of the caller's stdio: a CI step or a test that
// waits for the caller's pipes to close is never kept waiting by the server.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../diagnostics/messages';
import { makeDirs } from '../output/make-dirs';
import { defaultCacheDir, PACKAGE_ROOT } from '../startup/compile-cache';

const BIN = path.join(PACKAGE_ROOT, 'bin', 'jianbao');

export const serverLog = (env: NodeJS.ProcessEnv) => path.join(defaultCacheDir(env), 'server.log');

export type Spawned = { kind: 'spawned'; child: ChildProcess; log: string } | { kind: 'failed'; reason: string };

export function spawnServer(env: NodeJS.ProcessEnv, idleMinutes: number, lang: Lang): Spawned {
  const log = serverLog(env);
  let fd: number;
  try {
    makeDirs(path.dirname(log));
    fd = fs.openSync(log, 'w');
  } catch (e) {
    return { kind: 'failed', reason: (e as Error).message };
  }
  try {
    const child = spawn(process.execPath, [BIN, 'server', 'run', '--idle', String(idleMinutes), '--lang', lang], {
      detached: true,
      stdio: ['ignore', fd, fd],
      windowsHide: true,
      env,
      // Not the caller's folder: on Windows a process's working folder cannot be deleted or
      // renamed, and an editor's project folder must stay free. Each run takes on its client's.
      cwd: path.dirname(log),
    });
    child.on('error', () => undefined); // no Node to run (pid undefined): the caller says what it must
    child.unref();
    return { kind: 'spawned', child, log };
  } catch (e) {
    return { kind: 'failed', reason: (e as Error).message };
  } finally {
    fs.closeSync(fd);
  }
}
