// A batch's workers hold each font file once between them (src/fonts/shared-font-bytes.ts): the
// bytes two workers get are one memory, and they are looked up by content, so a file edited
// between two reads is read anew. Runs the compiled module in real worker threads (dist/).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { FontBytesHost, readFontBytes } from '../../src/fonts/shared-font-bytes';

const COMPILED = path.resolve(__dirname, '..', '..', 'dist', 'fonts', 'shared-font-bytes.js');

/** A worker that reads `file` through the host each time it is sent a message, and posts back what it got. */
function reader(host: FontBytesHost): Worker {
  const fontPort = host.port();
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const shared = require(${JSON.stringify(COMPILED)});
    shared.useFontBytesHost(workerData.fontPort);
    parentPort.on('message', (file) => {
      const bytes = shared.readFontBytes(file);
      parentPort.postMessage({ shared: bytes.buffer instanceof SharedArrayBuffer, buffer: bytes.buffer, text: bytes.toString('latin1') });
    });`;
  return new Worker(code, { eval: true, workerData: { fontPort }, transferList: [fontPort] });
}

interface Read {
  shared: boolean;
  buffer: SharedArrayBuffer;
  text: string;
}
const read = (worker: Worker, file: string) =>
  new Promise<Read>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.postMessage(file);
  });

function fontFile(text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-shared-font-')), 'face.ttf');
  fs.writeFileSync(file, text, 'latin1');
  return file;
}

test('two workers asking for the same file get one memory, holding the file', async () => {
  const host = new FontBytesHost();
  const [a, b] = [reader(host), reader(host)];
  try {
    const file = fontFile('font bytes, read once');
    const [first, second] = [await read(a, file), await read(b, file)];
    expect(first).toMatchObject({ shared: true, text: 'font bytes, read once' });
    expect(second.text).toBe('font bytes, read once');
    // Written through one worker's answer, seen through the other's: the same bytes, not a copy.
    new Uint8Array(first.buffer)[0] = 'F'.charCodeAt(0);
    expect(new Uint8Array(second.buffer)[0]).toBe('F'.charCodeAt(0));
  } finally {
    await Promise.all([a.terminate(), b.terminate()]);
    host.close();
  }
});

test('a file edited in place (same path, same length) is read anew, never served from before', async () => {
  const host = new FontBytesHost();
  const worker = reader(host);
  try {
    const file = fontFile('first version');
    expect((await read(worker, file)).text).toBe('first version');
    fs.writeFileSync(file, 'other version', 'latin1');
    expect((await read(worker, file)).text).toBe('other version');
  } finally {
    await worker.terminate();
    host.close();
  }
});

test('without a host (one worker, watch, a single build) the file is read as it is', () => {
  const file = fontFile('read here');
  const bytes = readFontBytes(file);
  expect(bytes.toString('latin1')).toBe('read here');
  expect(bytes.buffer).not.toBeInstanceOf(SharedArrayBuffer);
});

test('a folder named as a font is refused as before, host or not', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-shared-font-dir-'));
  expect(() => readFontBytes(dir)).toThrow(/not a regular file/);
  const host = new FontBytesHost();
  const worker = reader(host);
  try {
    await expect(read(worker, dir)).rejects.toThrow(/not a regular file/);
  } finally {
    await worker.terminate();
    host.close();
  }
});
