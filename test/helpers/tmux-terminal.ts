// A command in a real terminal, for the tests that need one (prompts, raw-mode paste, Ctrl+C): a
// detached tmux session in `dir` running `shell`, its screen read back, keys and text sent.
import { execFileSync, spawnSync } from 'node:child_process';

export interface TmuxTerminal {
  /** The visible screen, or with `scrollback` that many lines above it too (long lines joined). */
  screen(): string;
  /** Resolves once the screen matches; throws with the screen after `ms`. */
  waitFor(pattern: RegExp, ms?: number): Promise<void>;
  /** tmux key names (Enter, C-c, C-d) or text. */
  keys(...keys: string[]): void;
  /** Text typed as is (no key names read in it). */
  type(text: string): void;
  /** A file's text pasted as a terminal pastes it (line ends as CR). */
  paste(file: string): void;
  close(): void;
}

export function tmuxTerminal(
  dir: string,
  shell: string,
  size: { width?: number; height?: number; scrollback?: number } = {},
): TmuxTerminal {
  const session = `jianbao-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
  const { width = 120, height = 30, scrollback } = size;
  tmux('new-session', '-d', '-s', session, '-x', String(width), '-y', String(height), '-c', dir, '-e', 'LANG=C.UTF-8', shell);
  const screen = () =>
    scrollback === undefined
      ? tmux('capture-pane', '-p', '-t', session)
      : tmux('capture-pane', '-p', '-J', '-S', String(-scrollback), '-t', session);
  return {
    screen,
    async waitFor(pattern, ms = 20000) {
      const end = Date.now() + ms;
      while (!pattern.test(screen())) {
        if (Date.now() > end) throw new Error(`screen never showed ${pattern}:\n${screen()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    keys: (...keys) => void tmux('send-keys', '-t', session, ...keys),
    type: (text) => void tmux('send-keys', '-t', session, '-l', text),
    paste(file) {
      tmux('load-buffer', '-b', session, file);
      tmux('paste-buffer', '-b', session, '-t', session);
    },
    close: () => void spawnSync('tmux', ['kill-session', '-t', session]),
  };
}
