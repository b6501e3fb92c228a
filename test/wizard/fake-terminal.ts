// A scripted terminal for wizard tests: answers are taken in order, questions are recorded.
import { Readable } from 'node:stream';
import type { Prompter, Question } from '../../src/prompt/prompter';
import type { Terminal } from '../../src/prompt/terminal';

export function scriptedTerminal(answers: string[], opts: { tty?: boolean; stdin?: string } = {}): Terminal & { asked: Question[] } {
  const asked: Question[] = [];
  const prompter: Prompter = {
    async input(q) {
      asked.push(q);
      if (answers.length === 0) throw new Error(`unexpected question: ${q.message}`);
      const a = answers.shift() as string;
      const answer = a === '' && q.default !== undefined ? q.default : a;
      const problem = q.validate?.(answer);
      if (problem) throw new Error(`answer "${answer}" refused: ${problem}`);
      return answer;
    },
    async confirm() {
      return true;
    },
  };
  return { asked, prompter, stdinIsTTY: opts.tty ?? true, stdin: Readable.from(opts.stdin !== undefined ? [Buffer.from(opts.stdin)] : []) };
}

export function captureIO(env: NodeJS.ProcessEnv = {}) {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: { stdout: (t: string) => (out.stdout += `${t}\n`), stderr: (t: string) => (out.stderr += `${t}\n`), env, lang: 'zh' as const },
  };
}
