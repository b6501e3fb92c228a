// Decides whether a command may ask anything. inquirer waits forever on a pipe that sends nothing
// (BRIEF §3), so questions are asked only on a real terminal, never under CI or with --yes.
import type { Lang } from '../diagnostics/messages';
import { inquirerPrompter, type Prompter } from './prompter';

export interface Terminal {
  /** True when stdin is an interactive terminal. */
  stdinIsTTY: boolean;
  stdin: NodeJS.ReadableStream;
  prompter: Prompter;
}

export function processTerminal(): Terminal {
  return { stdinIsTTY: Boolean(process.stdin.isTTY), stdin: process.stdin, prompter: inquirerPrompter() };
}

/** Why nothing may be asked, in the user's words; null when asking is allowed. */
export function whyNotInteractive(terminal: Terminal, env: NodeJS.ProcessEnv, yes: boolean | undefined, lang: Lang): string | null {
  if (yes) return lang === 'zh' ? '给出了 --yes' : '--yes was given';
  if (env.CI) return lang === 'zh' ? '设置了 CI 环境变量' : 'the CI variable is set';
  if (!terminal.stdinIsTTY) return lang === 'zh' ? '标准输入不是终端' : 'stdin is not a terminal';
  return null;
}
