// End-to-end tests run the real bin/jianbao, which loads dist/: compile it first so they never
// test a stale build. tsc still emits when types are wrong; under CI a type error fails the run,
// locally it is printed and the tests go on (engineers share a work tree mid-change).
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/**
 * Tests make their folders in os.tmpdir(), and jianbao looks for a series config in every folder
 * above an issue: a stray /tmp/jianbao.config.yaml would change what they build. They get a temp
 * folder of their own (TMPDIR, inherited by the test workers and every CLI they start), marked as
 * a series root so the search stops there; global-teardown.js removes it.
 */
function isolateTemp() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-tests-'));
  fs.writeFileSync(path.join(root, '.jianbao-root'), '');
  process.env.TMPDIR = root;
  process.env.JIANBAO_TEST_TMP = root;
}

/** pdf.js answers (test/helpers/pdfjs-child.ts) unused for a fortnight are forgotten. */
function forgetOldPdfAnswers() {
  const dir = path.join(__dirname, '..', 'node_modules', '.cache', 'jianbao-tests', 'pdfjs-answers');
  const before = Date.now() - 14 * 24 * 3600 * 1000;
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const file = path.join(dir, name);
    if (fs.statSync(file).mtimeMs < before) fs.rmSync(file, { force: true });
  }
}

module.exports = async () => {
  isolateTemp();
  forgetOldPdfAnswers();
  const tsc = require.resolve('typescript/bin/tsc');
  require('../scripts/check-build-info').checkBuildInfo();
  try {
    // -b: when no source (nor tsconfig) is newer than dist/.tsbuildinfo, tsc stops after comparing
    // times (0.2 s) instead of reading every source and @types again (3 s of CPU); otherwise it
    // builds exactly as `-p` does, incrementally by content.
    execFileSync(process.execPath, [tsc, '-b', path.join(__dirname, '..', 'tsconfig.build.json')], { stdio: 'inherit' });
  } catch (e) {
    if (process.env.CI) throw new Error('TypeScript reported errors (see above)', { cause: e });
    console.warn('\nTypeScript reported errors (see above); dist/ was emitted anyway, tests continue.\n');
  }
  // Under CI the tests themselves are type-checked too (ts-jest compiles each file alone and
  // reports no type errors), so a test that drifted from the types it exercises fails the run.
  if (process.env.CI) {
    try {
      execFileSync(process.execPath, [tsc, '-p', path.join(__dirname, '..', 'tsconfig.json'), '--noEmit'], { stdio: 'inherit' });
    } catch (e) {
      throw new Error('TypeScript reported errors in the tests (see above)', { cause: e });
    }
  }
  // The rest of `npm run build`: built-in templates precompiled (src/templates/precompiled.ts).
  execFileSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'precompile-templates.js')], { stdio: 'inherit' });
  // And pdf.js's files for `jianbao preview`, served from dist/pdfjs/.
  require('../scripts/copy-pdfjs').copyPdfjs();
};
