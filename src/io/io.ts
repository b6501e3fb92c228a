// What a command may touch of the outside world, passed in so tests can pin and capture it.
import type { Lang } from '../diagnostics/messages';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  lang: Lang;
  /** --verbose: every diagnostic printed on its own, none grouped or left out. */
  verbose?: boolean;
  /** Raw writes to the user's terminal (a progress bar); absent when stderr is not a terminal,
   *  under CI (logs get plain lines even under a pseudo-terminal), and in tests. */
  terminal?: Terminal;
}

export interface Terminal {
  write(text: string): void;
  columns: number;
}

/** The terminal of this process's stderr, if it is one and this is not a CI run. */
export function stderrTerminal(env: NodeJS.ProcessEnv): Terminal | undefined {
  if (!process.stderr.isTTY || env.CI) return undefined;
  return { write: (text) => process.stderr.write(text), columns: process.stderr.columns ?? 80 };
}

// 130: stopped by the user (Ctrl+C), as a shell reports SIGINT; 143: stopped by SIGTERM (128 + 15),
// what a service manager or `timeout` sent, as a shell reports it.
export const EXIT = { ok: 0, inputErrors: 1, usage: 2, cancelled: 130, terminated: 143 } as const;

/** The signal that stopped a run, as program.ts aborts with it (a bare abort counts as Ctrl+C). */
export const stoppedBy = (signal: AbortSignal | undefined): 'SIGINT' | 'SIGTERM' => (signal?.reason === 'SIGTERM' ? 'SIGTERM' : 'SIGINT');

/** The exit code of a run stopped through `signal` before its work was done. */
export const stoppedExit = (signal: AbortSignal | undefined): number =>
  stoppedBy(signal) === 'SIGTERM' ? EXIT.terminated : EXIT.cancelled;

export function processIO(lang: Lang): CliIO {
  return {
    stdout: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    stderr: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    env: process.env,
    lang,
    terminal: stderrTerminal(process.env),
  };
}
