// Owns reading the bundled fonts ahead of need. A fresh `jianbao build` spends ~160 ms loading
// its JavaScript before it opens a font, then ~35 ms reading the four bundled faces (~50 MB) on
// the main thread. Started first thing (bin/jianbao), the reads run on libuv's threads in the
// meantime, and open-font.ts takes a finished read instead of reading the file again. Only an
// optimisation: a read not finished, failed or never started leaves open-font.ts reading as before.
import fs from 'node:fs';
import { commandIndex } from '../cli/command-word';
import { bundledFonts } from './bundled';

const ready = new Map<string, Buffer>();
let pending: Promise<void> | null = null;

/** Options of `build` and `watch` that take a value (the value is not an input). */
const VALUE_OPTIONS = new Set(['-o', '--out', '--to', '-t', '--template', '-j', '--jobs', '--shard', '--encoding', '--lang']);

/**
 * Whether a command line will open fonts in this thread: `watch`, or `build` of a single issue
 * file, unless `--to` leaves PDF out. A folder or several files go to worker threads, which
 * read their own fonts.
 */
export function buildsPdf(args: readonly string[]): boolean {
  const at = commandIndex(args);
  const command = args[at];
  if (command !== 'build' && command !== 'watch') return false;
  const inputs: string[] = [];
  let formats = 'pdf';
  for (let i = at + 1; i < args.length; i++) {
    const [name, inline] = args[i].split(/=(.*)/s, 2);
    if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? args[++i] ?? '';
      if (name === '--to') formats = value;
    } else if (!args[i].startsWith('-')) inputs.push(args[i]);
  }
  if (!formats.toLowerCase().includes('pdf')) return false;
  if (command === 'watch') return true;
  return inputs.length === 1 && isFile(inputs[0]);
}

function isFile(input: string): boolean {
  try {
    return fs.statSync(input).isFile();
  } catch {
    return false;
  }
}

export function prefetchBundledFonts(): void {
  if (pending) return;
  let files: string[];
  try {
    files = [...new Set(Object.values(bundledFonts()).map((face) => face.file))];
  } catch {
    return; // the font packages missing: font resolution reports that, with a message
  }
  // One after the other: on two cores, four reads at once compete with the main thread for the
  // second core, and V8's collection of the young generation (made when the fonts' ~50 MB are
  // allocated) waits for its helper threads: 15–35 ms instead of 5–8 ms.
  pending = files.reduce<Promise<void>>((before, file) => before.then(() => readWhole(file).then((bytes) => void ready.set(file, bytes), () => undefined)), Promise.resolve());
}

/**
 * The file in one read on libuv's thread pool. fs.promises.readFile reads in 512 KB pieces,
 * each continued from the main thread: while the main thread loads modules, a 15 MB face
 * advanced one piece at a time, and the build then waited ~50 ms for the rest.
 */
function readWhole(file: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    fs.open(file, 'r', (openError, fd) => {
      if (openError) return reject(openError);
      const done = (error: Error | null, bytes?: Buffer) => fs.close(fd, () => (error ? reject(error) : resolve(bytes!)));
      fs.fstat(fd, (statError, stat) => {
        if (statError) return done(statError);
        const bytes = Buffer.allocUnsafe(stat.size);
        const readFrom = (at: number): void => {
          if (at === bytes.length) return done(null, bytes);
          fs.read(fd, bytes, at, bytes.length - at, at, (readError, count) => {
            if (readError) return done(readError);
            if (count === 0) return done(new Error(`${file} ended early`)); // shrunk meanwhile
            readFrom(at + count);
          });
        };
        readFrom(0);
      });
    });
  });
}

/** Settles when the reads started by prefetchBundledFonts are done (at once when none were). */
export function prefetchDone(): Promise<void> {
  return pending ?? Promise.resolve();
}

/**
 * The bytes of `file` if a prefetch read it; each read is handed out once. Callers await
 * prefetchDone() before their first font is opened, so no finished read is left unclaimed.
 */
export function takePrefetched(file: string): Buffer | undefined {
  const bytes = ready.get(file);
  ready.delete(file);
  return bytes;
}

/** Drops reads nobody in this thread will take (a batch opens its fonts in worker threads). */
export function discardPrefetched(): void {
  ready.clear();
}
