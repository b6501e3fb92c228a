// Font files shared between a batch's worker threads: the bytes of a CJK face (15–30 MB, read
// whole because fontkit parses from memory) are held once per process in a SharedArrayBuffer,
// instead of once per worker. The main thread keeps them keyed by the SHA-256 of their content;
// a worker hashes the file first and asks for those bytes, so an edited file is never served
// stale. One worker, or none, reads its fonts itself (readFontBytes without a host).
import crypto from 'node:crypto';
import fs from 'node:fs';
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { openRegular, readRegular } from '../source/regular-file';

interface Request {
  id: number;
  file: string;
  sha: string;
  /** Set to 1 by the host once its answer is on the port. */
  signal: Int32Array;
}

interface Answer {
  id: number;
  bytes: SharedArrayBuffer | null;
}

/** The host's wait bound: past it the worker reads the file itself (the main thread is busy). */
const ANSWER_WAIT_MS = 5000;
const CHUNK = 1 << 20;

function sha256Of(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/** A regular file's SHA-256, read in chunks so the whole file is not held to hash it. */
function hashFile(file: string): string {
  const { fd } = openRegular(file);
  try {
    const hash = crypto.createHash('sha256');
    const chunk = Buffer.alloc(CHUNK);
    for (let n; (n = fs.readSync(fd, chunk, 0, CHUNK, null)) > 0;) hash.update(chunk.subarray(0, n));
    return hash.digest('hex');
  } finally {
    fs.closeSync(fd);
  }
}

/** A regular file's bytes in a SharedArrayBuffer. */
function readShared(file: string): SharedArrayBuffer {
  const { fd, stat } = openRegular(file);
  try {
    const shared = new SharedArrayBuffer(stat.size);
    const view = new Uint8Array(shared);
    let at = 0;
    for (let n; at < view.length && (n = fs.readSync(fd, view, at, view.length - at, null)) > 0;) at += n;
    // A file that shrank while read would leave zeros at the end: not what the hash named.
    return at === view.length ? shared : new SharedArrayBuffer(0);
  } finally {
    fs.closeSync(fd);
  }
}

/** Main thread: the fonts of one batch, and a port for each worker to ask for them. */
export class FontBytesHost {
  private readonly bytes = new Map<string, SharedArrayBuffer>();
  private readonly ports: MessagePort[] = [];

  /** A port to hand to a new worker (in workerData, and in its transferList). */
  port(): MessagePort {
    const { port1, port2 } = new MessageChannel();
    port1.on('message', (request: Request) => {
      const answer: Answer = { id: request.id, bytes: this.lookUp(request.file, request.sha) };
      port1.postMessage(answer);
      Atomics.store(request.signal, 0, 1);
      Atomics.notify(request.signal, 0);
    });
    this.ports.push(port1);
    return port2;
  }

  private lookUp(file: string, sha: string): SharedArrayBuffer | null {
    let shared = this.bytes.get(sha);
    if (!shared) {
      try {
        shared = readShared(file);
      } catch {
        return null;
      }
      // Changed since the worker hashed it: the worker reads it itself and sees what is there now.
      if (sha256Of(new Uint8Array(shared)) !== sha) return null;
      this.bytes.set(sha, shared);
    }
    return shared;
  }

  close(): void {
    for (const port of this.ports) port.close();
    this.bytes.clear();
  }
}

let host: MessagePort | null = null;
let lastId = 0;

/** Worker thread: ask `port` (from FontBytesHost.port) for font bytes from now on. */
export function useFontBytesHost(port: MessagePort): void {
  host = port;
}

/** Asks the host for the bytes of `file` by content, with their SHA-256; null when it has none to give. */
function askHost(port: MessagePort, file: string): { bytes: Buffer; sha: string } | null {
  const sha = hashFile(file);
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const id = ++lastId;
  port.postMessage({ id, file, sha, signal } satisfies Request);
  if (Atomics.wait(signal, 0, 0, ANSWER_WAIT_MS) === 'timed-out') return null;
  // Answers to earlier requests that timed out come first: skip them.
  for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
    const answer = message.message as Answer;
    if (answer.id === id) return answer.bytes && answer.bytes.byteLength ? { bytes: Buffer.from(answer.bytes), sha } : null;
  }
  return null;
}

/** What each font file was read as in this thread, by path: its SHA-256 (hex) when the host
 *  served it by that hash, else its bytes, hashed when first asked for. */
const readAs = new Map<string, string | Buffer>();

/** A font file's whole bytes: shared with the other workers of a batch when there is a host. */
export function readFontBytes(file: string): Buffer {
  const asked = host ? askHost(host, file) : null;
  if (asked) {
    readAs.set(file, asked.sha);
    return asked.bytes;
  }
  const bytes = readRegular(file);
  readAs.set(file, bytes);
  return bytes;
}

/** The SHA-256 (hex) of the bytes `file` was read as by readFontBytes in this thread, if it was:
 *  a build signs the font it used (batch/build-issue.ts) without reading the file again. */
export function usedFontDigest(file: string): string | undefined {
  const got = readAs.get(file);
  if (got === undefined || typeof got === 'string') return got;
  const sha = sha256Of(got);
  readAs.set(file, sha);
  return sha;
}
