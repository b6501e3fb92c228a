// Where an article's body comes from: --body-file (a file, or - for stdin), else a piped stdin,
// else the editor's own $VISUAL/$EDITOR (Notepad on Windows) on a temporary file, else pasted
// into the terminal. A stdin that sends nothing is given up on after a few seconds instead of
// hanging (BRIEF §3).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diag } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { Terminal } from '../prompt/terminal';
import { readSource, type Encoding } from '../source/read';
import { readPastedBody } from './paste-body';

export const STDIN_IDLE_SECONDS = 5;
export type BodyResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const decode = (bytes: Buffer) => new TextDecoder('utf-8', { fatal: false }).decode(bytes);

export function readStdin(stream: NodeJS.ReadableStream, idleSeconds: number, command: string): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const finish = (r: BodyResult) => {
      clearTimeout(timer);
      stream.removeAllListeners('data').removeAllListeners('end').removeAllListeners('error');
      stream.pause();
      resolve(r);
    };
    // Only a silent stdin times out: once bytes flow, a slow producer may take its time.
    const timer = setTimeout(
      () => finish({ ok: false, diagnostic: diag('JB809', command, null, { seconds: idleSeconds }) }),
      idleSeconds * 1000,
    );
    stream.on('data', (c: Buffer | string) => {
      clearTimeout(timer);
      chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
    });
    stream.on('end', () => finish({ ok: true, text: decode(Buffer.concat(chunks)) }));
    stream.on('error', (e) => finish({ ok: false, diagnostic: diag('JB002', 'stdin', null, { path: 'stdin', reason: String(e) }) }));
    stream.resume();
  });
}

function runEditor(editor: string, command: string): BodyResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-'));
  const file = path.join(dir, 'body.md');
  try {
    fs.writeFileSync(file, '');
    // Through the shell, so EDITOR="code --wait" works as it does for git.
    const run = spawnSync(`${editor} "${file}"`, { shell: true, stdio: 'inherit' });
    if (run.error || run.status !== 0) {
      return { ok: false, diagnostic: diag('JB808', command, null, { editor, reason: run.error?.message ?? `exit ${run.status}` }) };
    }
    // An older Notepad saves "ANSI" (GBK): read it as any source is, not as broken UTF-8.
    const read = readSource(file);
    return read.ok ? { ok: true, text: read.text } : { ok: false, diagnostic: read.diagnostic };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What readBody may tell the user while it waits for a pasted body (the missing editor). */
export type BodySay = (what: 'paste', args: { first: string; second: string }) => void;

export async function readBody(
  opts: { bodyFile?: string; encoding?: Encoding },
  terminal: Terminal,
  env: NodeJS.ProcessEnv,
  command: string,
  say: BodySay = () => undefined,
  platform: NodeJS.Platform = process.platform,
): Promise<BodyResult> {
  let got: BodyResult;
  if (opts.bodyFile === '-' || (opts.bodyFile === undefined && !terminal.stdinIsTTY)) {
    got = await readStdin(terminal.stdin, STDIN_IDLE_SECONDS, command);
  } else if (opts.bodyFile !== undefined) {
    // Read as issue files are: UTF-8, the --encoding given, or a clearly GBK/UTF-16 text.
    const read = readSource(opts.bodyFile, opts.encoding);
    got = read.ok ? { ok: true, text: read.text } : { ok: false, diagnostic: read.diagnostic };
  } else {
    // Windows has no $EDITOR by custom, but always has Notepad; elsewhere the body is pasted.
    const editor = env.VISUAL || env.EDITOR || (platform === 'win32' ? 'notepad' : '');
    if (editor) got = runEditor(editor, command);
    else {
      const [first, second] = platform === 'win32' ? ['Ctrl-Z', 'Ctrl-D'] : ['Ctrl-D', 'Ctrl-Z'];
      say('paste', { first, second });
      got = { ok: true, text: await readPastedBody(terminal.stdin, terminal.echo) };
    }
  }
  if (got.ok && got.text.trim() === '') return { ok: false, diagnostic: diag('JB807', command, null) };
  return got;
}
