// The build server a command starts for the commands after it. When `build`, `check` or `toc`
// found no server and ran in its own process, it starts one in the background as it finishes, so
// that the editor's next build (or the next file of a Makefile) is relayed to a warm process:
// ~0.2 s instead of ~0.6–0.9 s. As Gradle's daemon and Nx's do, it is on by default, off in CI
// (mode.ts), says so on a terminal when it starts, and exits by itself after AUTO_IDLE_MINUTES
// without commands. Starting it is opportunistic: when it cannot be started, nothing is said and
// the next command simply runs by itself again.
import fs from 'node:fs';
import { commandIndex } from '../cli/command-word';
import { wordsOf } from '../cli/i18n';
import { stderrTerminal } from '../cli/io';
import { detectLang } from '../cli/main';
import { serverAddress } from './address';
import { forwardable } from './client';
import { serverMode } from './mode';
import { spawnServer } from './spawn';

/** Shorter than `server start`'s 30: a process nobody asked for should not linger. */
export const AUTO_IDLE_MINUTES = 15;

const words = wordsOf({
  started: {
    zh: '已在后台启动 jianbao 服务进程（PID {pid}），之后的 build、check、toc 由它执行，快约半秒；空闲 {idle} 分钟后自动退出。设置 JIANBAO_SERVER=manual 或 0 可不自动启动',
    en: 'started the jianbao build server in the background (PID {pid}); later build, check and toc run in it, about half a second faster. It exits after {idle} idle minutes. JIANBAO_SERVER=manual or 0 turns this off',
  },
});

/** Whether this command, having run by itself, should leave a server behind for the next one. */
export function startsServer(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  if (serverMode(env) !== 'auto' || !forwardable(argv, env)) return false;
  // `jianbao build --help` ran nothing worth speeding up.
  return !argv.slice(commandIndex(argv)).some((a) => a === '-h' || a === '--help' || a === '-V' || a === '--version');
}

/**
 * Starts the server unless one has appeared meanwhile (another command's). Returns its PID, or
 * null when none was started. `notify` gets the one-line notice; by default it goes to stderr when
 * stderr is a terminal, so that scripts and editors reading the output see nothing new.
 */
export function autoStartServer(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, notify: ((text: string) => void) | null = stderrTerminal(env) ? (text) => process.stderr.write(`${text}\n`) : null): number | null {
  const address = serverAddress(env);
  if (address.dir && fs.existsSync(address.path)) return null;
  const lang = detectLang(argv, env);
  const spawned = spawnServer(env, AUTO_IDLE_MINUTES, lang);
  if (spawned.kind === 'failed' || spawned.child.pid === undefined) return null;
  notify?.(words(lang, 'started', { pid: spawned.child.pid, idle: AUTO_IDLE_MINUTES }));
  return spawned.child.pid;
}
