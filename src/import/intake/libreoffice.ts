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

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Stream names (UTF-16LE in the compound file's directory) of a Word or WPS 文字 file, or a Works one. */
const WORD_STREAMS = ['WordDocument', 'CONTENTS', 'MatOST'].map((n) => Buffer.from(n, 'utf16le'));

/** Text LibreOffice reads as it should: UTF-8, UTF-16 with its mark, or GB 18030, without control bytes. */
function isText(bytes: Buffer): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  if (bytes.some((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)) return false;
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes);
      return true;
    } catch {
      // not this encoding
    }
  }
  return false;
}

/**
 * Whether the bytes are a format LibreOffice reads as a document: a compound file holding a Word
 * (or WPS 文字, Works) stream, RTF, a zip package, or text (HTML saved as .doc, a flat ODT). Given
 * anything else it falls back to reading the bytes as text, and a damaged file would come in as
 * a page of mojibake.
 */
export function documentBytes(bytes: Buffer): boolean {
  if (bytes.subarray(0, 8).equals(OLE)) return WORD_STREAMS.some((n) => bytes.includes(n));
  if (bytes.subarray(0, 5).toString('latin1') === '{\\rtf') return true;
  if (bytes.subarray(0, 4).toString('latin1') === 'PK\x03\x04') return true;
  return isText(bytes.subarray(0, 64 * 1024));
}

/** `as`: the format the bytes really are, when the name says otherwise (a .doc saved as .docx). */
export async function convertToDocx(file: string, env: NodeJS.ProcessEnv, seconds = CONVERT_SECONDS, as?: string): Promise<Converted> {
  const ext = as ?? path.extname(file).toLowerCase();
  const soffice = findSoffice(env);
  if (!soffice) return { ok: false, diagnostic: diag('JB170', file, null, { ext }) };
  try {
    if (!documentBytes(fs.readFileSync(file))) return { ok: false, diagnostic: diag('JB074', file, null, { ext }) };
  } catch {
    // unreadable: the conversion below reports it
  }
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
