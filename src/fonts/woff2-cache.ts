// Owns turning a WOFF2 font into the TrueType file the renderers need, once per machine: pdfkit
// subsets a WOFF2 face badly (megabytes for a few characters) and harfbuzz does not read it.
// The TrueType file is named by the WOFF2's bytes (their size and CRC-32), so a new font version is
// a new file, never a stale one; zlib.crc32 reads 8.8 MB in ~6 ms where SHA-256 takes ~35 ms of
// every fresh process. wawoff2 (Google's decoder as WebAssembly)
// is asynchronous, while font resolution is not: it runs in a child Node process, once.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

// The child reads the WOFF2 and writes the TrueType file; argv: decoder module, input, output.
const DECOMPRESS = `const [decompress, from, to] = process.argv.slice(1);
require(decompress)(require('node:fs').readFileSync(from))
  .then((ttf) => require('node:fs').writeFileSync(to, ttf, { mode: 0o600 }))
  .catch((e) => { process.stderr.write(String(e && e.message || e)); process.exitCode = 1; });`;

/** What names the WOFF2's TrueType file: its size and CRC-32, read from the bytes every time. */
function contentKey(woff2: string): string {
  const bytes = fs.readFileSync(woff2);
  return `${bytes.length.toString(16)}-${zlib.crc32(bytes).toString(16).padStart(8, '0')}`;
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
  const ttf = path.join(cacheDir, `${stem}-${contentKey(woff2)}.ttf`);
  if (!fs.existsSync(ttf)) decompress(woff2, ttf);
  made.set(key, ttf);
  return ttf;
}
