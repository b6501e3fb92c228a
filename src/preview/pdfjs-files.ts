// The two files of pdf.js the page loads, read once from the installed pdfjs-dist package. Only
// these two: the server has no way to name any other file of the package, or of the disk.
import fs from 'node:fs';
import path from 'node:path';

export type PdfjsFile = 'pdf.min.mjs' | 'pdf.worker.min.mjs';

const cache = new Map<PdfjsFile, Buffer>();

export function pdfjsFile(name: PdfjsFile): Buffer {
  let bytes = cache.get(name);
  if (!bytes) {
    const dir = path.dirname(require.resolve('pdfjs-dist/package.json'));
    bytes = fs.readFileSync(path.join(dir, 'build', name));
    cache.set(name, bytes);
  }
  return bytes;
}
