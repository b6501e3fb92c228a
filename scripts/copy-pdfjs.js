// Copies the two pdf.js files `jianbao preview` serves (and pdf.js's licence) into dist/pdfjs/.
// Part of `npm run build`: pdfjs-dist is a devDependency (the tests read PDFs with it too), so an
// installed jianbao carries these files in dist/ and not the whole 30 MB package.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const FILES = ['build/pdf.min.mjs', 'build/pdf.worker.min.mjs', 'LICENSE'];

function copyPdfjs(root = path.join(__dirname, '..')) {
  const from = path.dirname(require.resolve('pdfjs-dist/package.json', { paths: [root] }));
  const to = path.join(root, 'dist', 'pdfjs');
  fs.mkdirSync(to, { recursive: true });
  for (const file of FILES) fs.copyFileSync(path.join(from, file), path.join(to, path.basename(file)));
}

module.exports = { copyPdfjs };
if (require.main === module) copyPdfjs();
