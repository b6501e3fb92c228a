#!/usr/bin/env node
// `npm run golden`: regenerates test/fixtures/broken/*.expected.json from the built CLI (dist/,
// so run `npm run build` first). Review the diff before committing: it is the expected output.
const path = require('node:path');
const fs = require('node:fs');
const { cases, runCase } = require('./golden-cases');

const root = path.join(__dirname, '..');
process.chdir(root);
const { main } = require(path.join(root, 'dist', 'cli', 'main.js'));

(async () => {
  for (const c of cases(root)) {
    const result = await runCase(main, c);
    fs.writeFileSync(c.golden, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`${c.name}: exit ${result.exitCode}, ${result.diagnostics.length} diagnostic(s)`);
  }
})();
