// .doc/.wps/.odt/.rtf → .docx bytes through LibreOffice, when it is installed: found on PATH or in
// its usual Windows/macOS folders, run headless in a private throw-away profile (so a LibreOffice
// the editor has open is never disturbed) and killed at a time limit.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { diag } from '../../diagnostics/make';
import type { Diagnostic } from '../../diagnostics/diagnostic';

export const CONVERTIBLE = new Set(['.doc', '.wps', '.odt', '.rtf', '.dot', '.wpt', '.docm', '.fodt']);
export const CONVERT_SECONDS = 60;

export function findSoffice(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string | null {
  const names = platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean);
  if (platform === 'win32') {
    for (const base of [env.ProgramFiles, env['ProgramFiles(x86)'], 'C:\\Program Files', 'C:\\Program Files (x86)'])
      if (base) dirs.push(path.win32.join(base, 'LibreOffice', 'program'));
  } else if (platform === 'darwin')
    dirs.push('/Applications/LibreOffice.app/Contents/MacOS', path.join(os.homedir(), 'Applications/LibreOffice.app/Contents/MacOS'));
  for (const dir of dirs) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      try {
        if (fs.statSync(candidate).isFile()) return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

export type Converted = { ok: true; bytes: Buffer } | { ok: false; diagnostic: Diagnostic };

interface Ran {
  timedOut: boolean;
  error?: Error;
  status: number | null;
  output: string;
}

/** Runs soffice in its own process group, so a hang is ended with everything it started. */
function runGroup(cmd: string, args: string[], env: NodeJS.ProcessEnv, seconds: number): Promise<Ran> {
  return new Promise((resolve) => {
    let output = '';
    let timedOut = false;
    const child = spawn(cmd, args, { env, detached: process.platform !== 'win32', stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const keep = (b: Buffer) => {
      if (output.length < 4000) output += b.toString('utf8');
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const timer = setTimeout(() => {
      timedOut = true;
      if (process.platform === 'win32') spawnSync('taskkill', ['/T', '/F', '/PID', String(child.pid)]);
      else if (child.pid) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }
      // Not waiting for the pipes to close: a process that escaped the kill may hold them open.
      resolve({ timedOut, status: null, output });
    }, seconds * 1000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ timedOut, error, status: null, output });
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ timedOut, status, output });
    });
  });
}

/** `as`: the format the bytes really are, when the name says otherwise (a .doc saved as .docx). */
export async function convertToDocx(file: string, env: NodeJS.ProcessEnv, seconds = CONVERT_SECONDS, as?: string): Promise<Converted> {
  const ext = as ?? path.extname(file).toLowerCase();
  const soffice = findSoffice(env);
  if (!soffice) return { ok: false, diagnostic: diag('JB170', file, null, { ext }) };
  let dir: string | undefined;
  try {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-lo-'));
    // A plain ASCII copy: some LibreOffice builds mishandle non-ASCII names on Windows.
    const input = path.join(dir, `input${ext}`);
    fs.copyFileSync(file, input);
    const run = await runGroup(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        dir,
        input,
      ],
      { ...process.env, ...env },
      seconds,
    );
    const out = path.join(dir, 'input.docx');
    if (run.timedOut) return { ok: false, diagnostic: diag('JB171', file, null, { ext, reason: `no result within ${seconds} s` }) };
    if (!fs.existsSync(out)) {
      const reason = run.error?.message ?? (run.output || `exit ${run.status}`).trim().split('\n')[0];
      return { ok: false, diagnostic: diag('JB171', file, null, { ext, reason }) };
    }
    return { ok: true, bytes: fs.readFileSync(out) };
  } catch (e) {
    return { ok: false, diagnostic: diag('JB171', file, null, { ext, reason: (e as NodeJS.ErrnoException).code ?? String(e) }) };
  } finally {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}
