// Owns turning a WOFF2 font into the TrueType file the renderers need, once per machine: pdfkit
// subsets a WOFF2 face badly (megabytes for a few characters) and harfbuzz does not read it.
// The TrueType file is named by the SHA-256 of the WOFF2's bytes, so a new font version is a new
// file, never a stale one; a small stamp beside it (the WOFF2's path, size and time → that hash)
// spares hashing megabytes in every fresh process. wawoff2 (Google's decoder as WebAssembly)
// is asynchronous, while font resolution is not: it runs in a child Node process, once.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

interface Stamp {
  source: string;
  size: number;
  mtimeMs: number;
  sha256: string;
}

// The child reads the WOFF2 and writes the TrueType file; argv: decoder module, input, output.
const DECOMPRESS = `const [decompress, from, to] = process.argv.slice(1);
require(decompress)(require('node:fs').readFileSync(from))
  .then((ttf) => require('node:fs').writeFileSync(to, ttf, { mode: 0o600 }))
  .catch((e) => { process.stderr.write(String(e && e.message || e)); process.exitCode = 1; });`;

function readStamp(file: string): Stamp | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Stamp;
  } catch {
    return null; // absent or damaged: hash again
  }
}

/** The SHA-256 of the WOFF2, from the stamp when the file is unchanged since it was written. */
function sourceHash(woff2: string, stampFile: string): string {
  const stat = fs.statSync(woff2);
  const stamp = readStamp(stampFile);
  if (stamp && stamp.source === woff2 && stamp.size === stat.size && stamp.mtimeMs === stat.mtimeMs) return stamp.sha256;
  const sha256 = crypto.createHash('sha256').update(fs.readFileSync(woff2)).digest('hex');
  const fresh: Stamp = { source: woff2, size: stat.size, mtimeMs: stat.mtimeMs, sha256 };
  writeAtomically(stampFile, (tmp) => fs.writeFileSync(tmp, JSON.stringify(fresh), { mode: 0o600 }));
  return sha256;
}

/** Writes through a temporary file in the same folder and renames it: never a half-written file. */
function writeAtomically(file: string, write: (tmp: string) => void): void {
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  try {
    write(tmp);
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

function decompress(woff2: string, ttf: string): void {
  writeAtomically(ttf, (tmp) => {
    const child = spawnSync(process.execPath, ['-e', DECOMPRESS, require.resolve('wawoff2/decompress'), woff2, tmp], { encoding: 'utf8' });
    if (child.error) throw child.error;
    if (child.status !== 0) throw new Error(child.stderr.trim() || `WOFF2 decoder exited with ${child.status}`);
  });
}

const made = new Map<string, string>();

/**
 * The TrueType file of `woff2` in `cacheDir` (made private, 0700), decompressed on first use;
 * `stem` names it (e.g. LXGWWenKai-Regular). Throws when the folder cannot be written or the
 * WOFF2 cannot be decoded.
 */
export function cachedTrueType(woff2: string, stem: string, cacheDir: string): string {
  const key = `${woff2}\0${cacheDir}`;
  const known = made.get(key);
  // A cache folder emptied while `watch` runs is filled again.
  if (known && fs.existsSync(known)) return known;
  fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
  const sha256 = sourceHash(woff2, path.join(cacheDir, `${stem}.source.json`));
  const ttf = path.join(cacheDir, `${stem}-${sha256.slice(0, 16)}.ttf`);
  if (!fs.existsSync(ttf)) decompress(woff2, ttf);
  made.set(key, ttf);
  return ttf;
}
