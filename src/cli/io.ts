// What a command may touch of the outside world, passed in so tests can pin and capture it.
import type { Lang } from '../diagnostics/messages';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  lang: Lang;
}

export const EXIT = { ok: 0, inputErrors: 1, usage: 2 } as const;

export function processIO(lang: Lang): CliIO {
  return {
    stdout: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    stderr: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    env: process.env,
    lang,
  };
}
