// The two files of pdf.js the page loads, read once from dist/pdfjs/ (copied there from pdfjs-dist
// by the build, scripts/copy-pdfjs.js). Only these two: the server has no way to name any other
// file of the package, or of the disk.
import fs from 'node:fs';
import path from 'node:path';

export type PdfjsFile = 'pdf.min.mjs' | 'pdf.worker.min.mjs';

// Both src/preview and dist/preview sit two folders below the package root.
const PDFJS_DIR = path.join(__dirname, '..', '..', 'dist', 'pdfjs');

const cache = new Map<PdfjsFile, Buffer>();

export function pdfjsFile(name: PdfjsFile): Buffer {
  let bytes = cache.get(name);
  if (!bytes) {
    bytes = fs.readFileSync(path.join(PDFJS_DIR, name));
    cache.set(name, bytes);
  }
  return bytes;
}
