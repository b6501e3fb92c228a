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

// 130: stopped by the user (Ctrl+C), as a shell reports SIGINT.
export const EXIT = { ok: 0, inputErrors: 1, usage: 2, cancelled: 130 } as const;

export function processIO(lang: Lang): CliIO {
  return {
    stdout: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    stderr: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    env: process.env,
    lang,
    terminal: stderrTerminal(process.env),
  };
}
