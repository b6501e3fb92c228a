// The golden fixtures of test/fixtures/broken: which command runs on each case and where its
// expected JSON lives. Shared by scripts/update-golden.js (writes) and the test (compares), so
// both run exactly the same thing. `main` is the CLI entry (from dist/ or src/).
const fs = require('node:fs');
const path = require('node:path');

const DIR = path.join('test', 'fixtures', 'broken');

function cases(root) {
  const dir = path.join(root, DIR);
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^\d\d-.*\.yaml$/.test(f))
    .sort();
  const single = files.map((f) => ({ name: f.replace(/\.yaml$/, ''), args: [path.join(DIR, f)] }));
  return [...single, { name: 'series', args: [path.join(DIR, 'series')] }].map((c) => ({
    ...c,
    golden: path.join(dir, `${c.name}.expected.json`),
  }));
}

/** Runs `jianbao check --format json` on a case (cwd must be the repo root) → parsed diagnostics. */
async function runCase(main, c) {
  const out = [];
  const io = { stdout: (t) => out.push(t), stderr: () => {}, env: {}, lang: 'zh' };
  const code = await main(['check', '--format', 'json', ...c.args], io);
  return { exitCode: code, diagnostics: JSON.parse(out.join('')) };
}

module.exports = { cases, runCase };
