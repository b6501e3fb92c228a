// Runs one of our pdf.js scripts (pdf-extract.mjs, pdf-structure-extract.mjs) over a PDF's bytes
// in a child process (pdfjs-dist is ESM-only and Jest cannot load it) and parses the JSON it prints.
// Answers are kept for the run, by the SHA-256 of the script and the bytes, in the run's temp
// folder (global-setup.js): a dozen suites read back the very same PDF (a sample built with the
// defaults), and pdf.js, a pure function of those two, took about a second each time.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const scriptHashes = new Map<string, string>();

function scriptHash(script: string): string {
  let hash = scriptHashes.get(script);
  if (!hash) scriptHashes.set(script, (hash = crypto.createHash('sha256').update(fs.readFileSync(script)).digest('hex')));
  return hash;
}

/** The run's answer folder, or null outside a Jest run (then every call runs pdf.js). */
function answersDir(): string | null {
  const root = process.env.JIANBAO_TEST_TMP;
  return root ? path.join(root, 'pdfjs-answers') : null;
}

export function runPdfjs<T>(script: string, bytes: Buffer): T {
  const dir = answersDir();
  const key = crypto.createHash('sha256').update(scriptHash(script)).update(bytes).digest('hex');
  const answer = dir && path.join(dir, `${key}.json`);
  if (answer && fs.existsSync(answer)) return JSON.parse(fs.readFileSync(answer, 'utf8')) as T;
  // Node's compile cache (content-hashed) spares each child compiling pdf.js's 3 MB again.
  const env = dir ? { ...process.env, NODE_COMPILE_CACHE: path.join(dir, 'compile-cache') } : process.env;
  const out = execFileSync(process.execPath, [script], { input: bytes, env, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
  if (answer) {
    // Written whole, then renamed: the other Jest worker may be reading the same answer.
    fs.mkdirSync(dir, { recursive: true });
    const partial = `${answer}.${process.pid}`;
    fs.writeFileSync(partial, out);
    fs.renameSync(partial, answer);
  }
  return JSON.parse(out) as T;
}
