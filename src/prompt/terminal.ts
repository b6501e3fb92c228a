// Decides whether a command may ask anything. inquirer waits forever on a pipe that sends nothing
// (BRIEF §3), so questions are asked only on a real terminal, never under CI or with --yes.
import type { Lang } from '../diagnostics/messages';
import { inquirerPrompter, type Prompter } from './prompter';
import { wt } from '../i18n/wizard';

export interface Terminal {
  /** True when stdin is an interactive terminal. */
  stdinIsTTY: boolean;
  stdin: NodeJS.ReadableStream;
  /** Where typed or pasted text is echoed while the terminal is read in raw mode. */
  echo?: NodeJS.WritableStream;
  prompter: Prompter;
}

/** The terminal the editor sees: stderr, or stdout when stderr is redirected to a file. */
const echoStream = () => (process.stderr.isTTY ? process.stderr : process.stdout.isTTY ? process.stdout : undefined);

export function processTerminal(): Terminal {
  return { stdinIsTTY: Boolean(process.stdin.isTTY), stdin: process.stdin, echo: echoStream(), prompter: inquirerPrompter() };
}

/** Why nothing may be asked, in the user's words; null when asking is allowed. */
export function whyNotInteractive(terminal: Terminal, env: NodeJS.ProcessEnv, yes: boolean | undefined, lang: Lang): string | null {
  if (yes) return wt(lang, 'notInteractiveYes');
  if (env.CI) return wt(lang, 'notInteractiveCI');
  if (!terminal.stdinIsTTY) return wt(lang, 'notInteractiveStdin');
  return null;
}
