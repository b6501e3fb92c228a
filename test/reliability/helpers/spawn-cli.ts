// Runs the real bin/jianbao (dist/, compiled by the jest global setup) in a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const BIN = path.join(__dirname, '..', '..', '..', 'bin', 'jianbao');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

export function startCli(args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string): { child: ChildProcess; done: Promise<Exit> } {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, JIANBAO_DEBUG: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const done = new Promise<Exit>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

export async function runCliProcess(args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string): Promise<Exit> {
  return startCli(args, env, cwd).done;
}
