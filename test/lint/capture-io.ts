// A CliIO that records what a command prints, for tests that run main() in-process.
import type { CliIO } from '../../src/io/io';

export function captureIO(lang: 'zh' | 'en' = 'en'): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {}, lang };
}
