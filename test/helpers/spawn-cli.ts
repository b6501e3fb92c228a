// Runs the built CLI (bin/jianbao) as a real process, for what only a process shows: signals,
// exit codes, a port closed. Output is collected from stdout and stderr together.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const BIN = path.join(__dirname, '..', '..', 'bin', 'jianbao');

export interface SpawnedCli {
  child: ChildProcess;
  /** Everything printed so far, stdout and stderr interleaved. */
  output(): string;
  /** Resolves once `re` shows in the output; rejects if the process exits first. */
  waitFor(re: RegExp): Promise<void>;
  /** The exit code (null when a signal killed the process without a handler). */
  exited: Promise<number | null>;
}

export function spawnCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnedCli {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, CI: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let code: number | null | undefined;
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('close', (c) => {
      code = c;
      resolve(c);
    }),
  );
  const waitFor = async (re: RegExp) => {
    while (!re.test(out)) {
      if (code !== undefined) throw new Error(`exited ${code} before ${re}:\n${out}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  return { child, output: () => out, waitFor, exited };
}
