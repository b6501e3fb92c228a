// Runs one of our pdf.js scripts (pdf-extract.mjs, pdf-structure-extract.mjs) over a PDF's bytes
// in a child process (pdfjs-dist is ESM-only and Jest cannot load it) and parses the JSON it prints.
// pdf.js took about a second a PDF, and is a pure function of its code, our script and the bytes:
// answers are kept by the SHA-256 of all three (and Node's version) in node_modules/.cache, so a
// PDF that a dozen suites read (a sample built with the defaults), or that the last run read too,
// is parsed once. global-setup.js forgets answers unused for a fortnight.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const PDFJS_CACHE = path.join(__dirname, '..', '..', 'node_modules', '.cache', 'jianbao-tests');
const ANSWERS = path.join(PDFJS_CACHE, 'pdfjs-answers');

const codeHashes = new Map<string, string>();

/** The script, the pdf.js build it loads and Node's version, hashed once per test file. */
function codeHash(script: string): string {
  let hash = codeHashes.get(script);
  if (!hash) {
    const pdfjs = path.dirname(require.resolve('pdfjs-dist/legacy/build/pdf.mjs'));
    const h = crypto.createHash('sha256').update(process.version);
    for (const file of [script, path.join(pdfjs, 'pdf.mjs'), path.join(pdfjs, 'pdf.worker.mjs')]) h.update(fs.readFileSync(file));
    codeHashes.set(script, (hash = h.digest('hex')));
  }
  return hash;
}

export function runPdfjs<T>(script: string, bytes: Buffer): T {
  const key = crypto.createHash('sha256').update(codeHash(script)).update(bytes).digest('hex');
  const answer = path.join(ANSWERS, `${key}.json`);
  try {
    const kept = fs.readFileSync(answer, 'utf8');
    const now = new Date();
    fs.utimesSync(answer, now, now); // used: kept another fortnight
    return JSON.parse(kept) as T;
  } catch {
    // not kept yet: read it below
  }
  // Node's compile cache (content-hashed) spares each child compiling pdf.js's 3 MB again.
  const env = { ...process.env, NODE_COMPILE_CACHE: path.join(PDFJS_CACHE, 'compile-cache') };
  const out = execFileSync(process.execPath, [script], { input: bytes, env, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
  try {
    // Written whole, then renamed: another Jest worker may be reading the same answer.
    fs.mkdirSync(ANSWERS, { recursive: true });
    const partial = `${answer}.${process.pid}`;
    fs.writeFileSync(partial, out);
    fs.renameSync(partial, answer);
  } catch {
    // node_modules not writable here: the answer is not kept, the test goes on
  }
  return JSON.parse(out) as T;
}
