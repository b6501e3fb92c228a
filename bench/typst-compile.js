// One Typst compile in a fresh process through the npm package @myriaddreamin/typst-ts-node-compiler,
// the Typst peer of `npm run bench` when no typst command is installed (install it for the run
// with `npm install --no-save @myriaddreamin/typst-ts-node-compiler`).
// Usage: node bench/typst-compile.js FILE.typ FONT_DIR OUT.pdf
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');

const [typ, fontDir, out] = process.argv.slice(2);
const compiler = NodeCompiler.create({ workspace: path.dirname(typ), fontArgs: [{ fontPaths: [fontDir] }] });
fs.writeFileSync(out, compiler.pdf({ mainFilePath: path.resolve(typ) }));
