// Run before tsc (`npm run build`, the tests' global setup). tsc's incremental build trusts
// dist/.tsbuildinfo and does not notice an output deleted by hand, so a later build would leave
// it missing; when any source lacks its output, the build info goes and tsc emits everything.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/** Sources (src/**\/*.ts, not declarations) whose compiled .js is not in dist/. */
function missingOutputs(root, dir = path.join(root, 'src')) {
  const missing = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) missing.push(...missingOutputs(root, file));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      const output = path.join(root, 'dist', path.relative(path.join(root, 'src'), file)).replace(/\.ts$/, '.js');
      if (!fs.existsSync(output)) missing.push(output);
    }
  }
  return missing;
}

/** Removes the build info when an output is missing; returns whether it did. */
function checkBuildInfo(root = path.resolve(__dirname, '..'), log = (text) => console.error(text)) {
  const buildInfo = path.join(root, 'dist', '.tsbuildinfo');
  if (!fs.existsSync(buildInfo)) return false;
  const missing = missingOutputs(root);
  if (missing.length === 0) return false;
  fs.rmSync(buildInfo);
  log(`build: ${path.relative(root, missing[0])}${missing.length > 1 ? ` and ${missing.length - 1} more` : ''} missing from dist/; building everything`);
  return true;
}

module.exports = { checkBuildInfo, missingOutputs };
if (require.main === module) checkBuildInfo();
