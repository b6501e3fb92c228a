// Runs the CLI in-process with captured output and a pinned environment.
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/io/io';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], env: NodeJS.ProcessEnv = {}, lang: 'zh' | 'en' = 'zh'): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => (stdout += t.endsWith('\n') ? t : `${t}\n`),
    stderr: (t) => (stderr += t.endsWith('\n') ? t : `${t}\n`),
    env,
    lang,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
