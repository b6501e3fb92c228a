// Run before tsc (`npm run build`, the tests' global setup). tsc's incremental build trusts
// dist/.tsbuildinfo and does not notice an output deleted by hand, so a later build would leave
// it missing; when any source lacks its output, the build info goes and tsc emits everything.
// Outputs whose source was moved or deleted are removed, so dist/ (and the package) holds no
// module that src/ no longer has.
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

/** Files written by scripts after tsc, with no source of their own. */
const GENERATED = new Set([path.join('templates', 'builtin-compiled.js')]);

/** Compiled files in dist/ (.js, .js.map, .d.ts) whose source in src/ is gone. */
function orphanOutputs(root, dir = path.join(root, 'dist')) {
  if (!fs.existsSync(dir)) return [];
  const orphans = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) orphans.push(...orphanOutputs(root, file));
    else {
      const rel = path.relative(path.join(root, 'dist'), file);
      const stem = /\.(js|js\.map|d\.ts)$/.test(rel) ? rel.replace(/\.(js|js\.map|d\.ts)$/, '') : null;
      if (stem !== null && !GENERATED.has(rel) && !fs.existsSync(path.join(root, 'src', `${stem}.ts`))) orphans.push(file);
    }
  }
  return orphans;
}

/** Removes orphaned outputs, and the build info when an output is missing; returns whether it did the latter. */
function checkBuildInfo(root = path.resolve(__dirname, '..'), log = (text) => console.error(text)) {
  for (const file of orphanOutputs(root)) fs.rmSync(file);
  const buildInfo = path.join(root, 'dist', '.tsbuildinfo');
  if (!fs.existsSync(buildInfo)) return false;
  const missing = missingOutputs(root);
  if (missing.length === 0) return false;
  fs.rmSync(buildInfo);
  log(
    `build: ${path.relative(root, missing[0])}${missing.length > 1 ? ` and ${missing.length - 1} more` : ''} missing from dist/; building everything`,
  );
  return true;
}

module.exports = { checkBuildInfo, missingOutputs, orphanOutputs };
if (require.main === module) checkBuildInfo();
