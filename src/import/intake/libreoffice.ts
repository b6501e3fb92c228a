// .doc/.wps/.odt/.rtf → .docx bytes through LibreOffice, when it is installed: found on PATH or in
// its usual Windows/macOS folders, run headless in a private throw-away profile (so a LibreOffice
// the editor has open is never disturbed) and killed at a time limit.
import { spawnSync } from 'node:child_process';
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
    for (const base of [env.ProgramFiles, env['ProgramFiles(x86)'], 'C:\\Program Files', 'C:\\Program Files (x86)']) if (base) dirs.push(path.win32.join(base, 'LibreOffice', 'program'));
  } else if (platform === 'darwin') dirs.push('/Applications/LibreOffice.app/Contents/MacOS', path.join(os.homedir(), 'Applications/LibreOffice.app/Contents/MacOS'));
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

/** `as`: the format the bytes really are, when the name says otherwise (a .doc saved as .docx). */
export function convertToDocx(file: string, env: NodeJS.ProcessEnv, seconds = CONVERT_SECONDS, as?: string): Converted {
  const ext = as ?? path.extname(file).toLowerCase();
  const soffice = findSoffice(env);
  if (!soffice) return { ok: false, diagnostic: diag('JB170', file, null, { ext }) };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-lo-'));
  try {
    // A plain ASCII copy: some LibreOffice builds mishandle non-ASCII names on Windows.
    const input = path.join(dir, `input${ext}`);
    fs.copyFileSync(file, input);
    const run = spawnSync(soffice, [
      `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
      '--headless', '--norestore', '--nolockcheck', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, input,
    ], { timeout: seconds * 1000, killSignal: 'SIGKILL', encoding: 'utf8', env: { ...process.env, ...env } });
    const out = path.join(dir, 'input.docx');
    if (run.error && (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return { ok: false, diagnostic: diag('JB171', file, null, { ext, reason: `no result within ${seconds} s` }) };
    if (!fs.existsSync(out)) {
      const reason = run.error?.message ?? (run.stderr || run.stdout || `exit ${run.status}`).trim().split('\n')[0];
      return { ok: false, diagnostic: diag('JB171', file, null, { ext, reason }) };
    }
    return { ok: true, bytes: fs.readFileSync(out) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
