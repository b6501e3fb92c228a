// The words of `jianbao server`, apart from its implementation so that the command line can be
// described (src/cli/program.ts) without loading the server.
import { wordsOf } from '../i18n';

/** Minutes a server started by `jianbao server start` waits for a command before it exits. */
export const DEFAULT_IDLE_MINUTES = 30;

export const sw = wordsOf({
  serverDescription: { zh: '管理 jianbao 服务进程：常驻后台，让每次 build、check、toc 省去约半秒启动时间', en: 'manage the jianbao build server, which keeps running so that each build, check and toc skips about half a second of start-up' },
  startDescription: { zh: '在后台启动服务进程（已在运行则不重复启动）', en: 'start the server in the background (unless one is running)' },
  stopDescription: { zh: '停止服务进程', en: 'stop the server' },
  statusDescription: { zh: '显示服务进程是否在运行（在运行时退出码为 0，否则为 1）', en: 'tell whether the server is running (exit code 0 if so, 1 if not)' },
  runDescription: { zh: '在前台运行服务进程（按 Ctrl+C 停止）', en: 'run the server in the foreground (Ctrl+C stops it)' },
  idleOption: { zh: '空闲多少分钟后自动退出', en: 'minutes without requests after which it exits' },
  started: { zh: 'jianbao 服务进程已启动（PID {pid}）。此后 build、check、toc 由它执行；空闲 {idle} 分钟后自动退出，jianbao server stop 可随时停止。', en: 'the jianbao build server is running (PID {pid}). build, check and toc now run in it; it exits after {idle} idle minutes, or at jianbao server stop.' },
  running: { zh: 'jianbao 服务进程正在运行：PID {pid}，版本 {version}，已运行 {minutes} 分钟，执行了 {runs} 次命令，内存峰值 {mb} MB，空闲 {idle} 分钟后自动退出', en: 'the jianbao build server is running: PID {pid}, version {version}, up {minutes} min, {runs} command(s) run, peak memory {mb} MB, exits after {idle} idle minutes' },
  notRunning: { zh: '没有正在运行的 jianbao 服务进程', en: 'no jianbao build server is running' },
  stopped: { zh: '已停止 jianbao 服务进程（PID {pid}）', en: 'stopped the jianbao build server (PID {pid})' },
  listening: { zh: 'jianbao 服务进程（PID {pid}）在 {path} 等待命令；空闲 {idle} 分钟后退出', en: 'jianbao build server (PID {pid}) waiting for commands at {path}; exits after {idle} idle minutes' },
  exited: { zh: 'jianbao 服务进程已退出，共执行 {runs} 次命令', en: 'the jianbao build server has exited after {runs} command(s)' },
  alreadyRunning: { zh: '已有一个服务进程在运行', en: 'one is already running' },
  exitedEarly: { zh: '服务进程启动后立即退出', en: 'the server exited as it started' },
  noAnswer: { zh: '服务进程 {seconds} 秒内没有应答', en: 'the server did not answer within {seconds} s' },
});
