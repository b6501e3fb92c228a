// Owns reading the bundled fonts ahead of need. A fresh `jianbao build` spends ~160 ms loading
// its JavaScript before it opens a font, then ~35 ms reading the four bundled faces (~50 MB) on
// the main thread. Started first thing (bin/jianbao), the reads run on libuv's threads in the
// meantime, and open-font.ts takes a finished read instead of reading the file again. Only an
// optimisation: a read not finished, failed or never started leaves open-font.ts reading as before.
import fs from 'node:fs';
import { bundledFonts } from './bundled';

const ready = new Map<string, Buffer>();
let pending: Promise<void> | null = null;

/** Whether a command line builds PDFs: `build` or `watch`, unless `--to` leaves PDF out. */
export function buildsPdf(args: readonly string[]): boolean {
  if (args[0] !== 'build' && args[0] !== 'watch') return false;
  const i = args.findIndex((a) => a === '--to' || a.startsWith('--to='));
  if (i < 0) return true;
  const formats = args[i].includes('=') ? args[i].slice(5) : (args[i + 1] ?? '');
  return formats.toLowerCase().includes('pdf');
}

export function prefetchBundledFonts(): void {
  if (pending) return;
  const files = [...new Set(Object.values(bundledFonts()).map((face) => face.file))];
  pending = Promise.all(
    files.map((file) => fs.promises.readFile(file).then((bytes) => void ready.set(file, bytes), () => undefined)),
  ).then(() => undefined);
}

/** Settles when the reads started by prefetchBundledFonts are done (at once when none were). */
export function prefetchDone(): Promise<void> {
  return pending ?? Promise.resolve();
}

/** The bytes of `file` if a prefetch read it; each read is handed out once. */
export function takePrefetched(file: string): Buffer | undefined {
  const bytes = ready.get(file);
  ready.delete(file);
  return bytes;
}

/** Drops reads nobody in this thread will take (a batch opens its fonts in worker threads). */
export function discardPrefetched(): void {
  ready.clear();
}
