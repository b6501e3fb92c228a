// The V8 code cache (src/startup/compile-cache.ts) is only ever a speed-up: a run with it
// builds the same bytes as a run without it, a run that finds everything cached leaves the
// file alone, and a damaged or missing cache is ignored.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheFileIn, defaultCacheDir, mayImport, readCacheFile, writeCacheFile } from '../../src/startup/compile-cache';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'jianbao');
const SAMPLE = path.join(ROOT, 'samples', 'feature-page-2021-06.yaml');

let work: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-cc-'));
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

function build(cacheDir: string, out: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [BIN, 'build', SAMPLE, '--to', 'pdf', '-o', out, '--force'], {
    encoding: 'utf8',
    env: { ...process.env, JIANBAO_CACHE_DIR: cacheDir, JIANBAO_COMPILE_CACHE: '', ...extraEnv },
  });
  expect(run.stderr).not.toMatch(/at .*\(.*:\d+:\d+\)/); // no stack trace
  expect(run.status).toBe(0);
  return fs.readFileSync(path.join(out, 'feature-page-2021-06.pdf'));
}

test('the first run writes the cache, the next uses it unchanged, and both build the same bytes', () => {
  const dir = path.join(work, 'cache');
  const first = build(dir, path.join(work, 'a'));
  const file = cacheFileIn(dir);
  const entries = readCacheFile(file);
  // The pipeline's own modules and its libraries, nothing from outside the package.
  expect([...entries.keys()].some((f) => f.endsWith(path.join('dist', 'pipeline', 'compile-issue.js')))).toBe(true);
  expect([...entries.keys()].some((f) => f.includes(`${path.sep}pdfkit${path.sep}`))).toBe(true);
  expect([...entries.keys()].every((f) => f.startsWith(ROOT + path.sep))).toBe(true);
  const written = fs.statSync(file);

  // Where each require() led is kept beside it (src/startup/resolve-cache.ts).
  const resolutions = cacheFileIn(dir, 'resolutions');
  expect(Object.keys(JSON.parse(fs.readFileSync(resolutions, 'utf8')).resolved).length).toBeGreaterThan(100);
  const resolutionsWritten = fs.statSync(resolutions);

  const second = build(dir, path.join(work, 'b'));
  expect(Buffer.compare(second, first)).toBe(0);
  // Everything was found in the cache: nothing to write.
  expect(fs.statSync(file).mtimeMs).toBe(written.mtimeMs);
  expect(fs.statSync(resolutions).mtimeMs).toBe(resolutionsWritten.mtimeMs);

  const uncached = build(path.join(work, 'unused'), path.join(work, 'c'), { JIANBAO_COMPILE_CACHE: '0' });
  expect(Buffer.compare(uncached, first)).toBe(0);
  expect(fs.existsSync(path.join(work, 'unused'))).toBe(false);
});

test('a batch adds what its worker threads compiled, which the main thread never loads', () => {
  const dir = path.join(work, 'cache');
  const run = spawnSync(process.execPath, [BIN, 'build', path.join(ROOT, 'samples'), '--jobs', '2', '--to', 'pdf', '-o', path.join(work, 'out')], {
    encoding: 'utf8',
    env: { ...process.env, JIANBAO_CACHE_DIR: dir, JIANBAO_COMPILE_CACHE: '' },
  });
  expect(run.status).toBe(0);
  const names = [...readCacheFile(cacheFileIn(dir)).keys()];
  expect(names.some((f) => f.endsWith(path.join('pdfkit', 'js', 'pdfkit.js')))).toBe(true); // workers only
  expect(names.some((f) => f.endsWith(path.join('dist', 'cli', 'main.js')))).toBe(true); // main thread
});

test('modules that mention import() are cached, and one that calls it still loads through Node', () => {
  // docx's bundle names import in a comment, commander's help in type annotations.
  const dir = path.join(work, 'cache');
  const run = spawnSync(process.execPath, [BIN, 'build', SAMPLE, '--to', 'docx', '-o', path.join(work, 'out')], {
    encoding: 'utf8',
    env: { ...process.env, JIANBAO_CACHE_DIR: dir, JIANBAO_COMPILE_CACHE: '' },
  });
  expect(run.status).toBe(0);
  const names = [...readCacheFile(cacheFileIn(dir)).keys()];
  expect(names.some((f) => f.endsWith(path.join('docx', 'dist', 'index.cjs')))).toBe(true);

  // A module inside the package that really imports is left to Node, and works in every run.
  const pkgDir = fs.mkdtempSync(path.join(ROOT, '.test-dynamic-import-'));
  try {
    const mod = path.join(pkgDir, 'm.js');
    fs.writeFileSync(mod, "module.exports = async () => (await import('node:path')).sep + (await import('./esm.mjs')).answer;\n");
    fs.writeFileSync(path.join(pkgDir, 'esm.mjs'), 'export const answer = 42;\n');
    const script = `require(${JSON.stringify(path.join(ROOT, 'dist', 'startup', 'compile-cache.js'))}).enableCompileCache({ write: 'at-exit' });
      require(${JSON.stringify(mod)})().then((v) => console.log(v));`;
    const load = () => spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, JIANBAO_CACHE_DIR: dir, JIANBAO_COMPILE_CACHE: '' } });
    for (let run = 0; run < 2; run++) {
      const result = load();
      expect([result.status, result.stdout.trim()]).toEqual([0, `${path.sep}42`]);
    }
    expect(readCacheFile(cacheFileIn(dir)).has(mod)).toBe(false);
  } finally {
    fs.rmSync(pkgDir, { recursive: true, force: true });
  }
});

test.each([
  ['const m = await import("x");', true],
  ['foo(); // see import("x")', true], // code before the comment: left to Node, to be safe
  ['/*! license */ import("x")', true],
  ['a\n  // annotated, not an inline `import()`', false],
  ['/**\n * @typedef { import("./argument.js").Argument } Argument\n */', false],
  ['x(async (f, o) => done(await commands.import().importCommand(f, o)))', false],
  ['obj?.import (y)', false],
  ['important(1); reimport(2)', false],
])('mayImport(%j) is %s', (source, expected) => {
  expect(mayImport(source)).toBe(expected);
});

test('a damaged cache file is ignored and replaced by a good one', () => {
  const dir = path.join(work, 'cache');
  fs.mkdirSync(dir);
  const file = cacheFileIn(dir);
  fs.writeFileSync(file, Buffer.from([200, 0, 0, 0, 1, 2, 3]));
  expect(readCacheFile(file).size).toBe(0);
  build(dir, path.join(work, 'a'));
  expect(readCacheFile(file).size).toBeGreaterThan(50);
});

test('entries of modules that no longer exist are dropped when the cache is written', () => {
  const dir = path.join(work, 'cache');
  const file = cacheFileIn(dir);
  writeCacheFile(file, new Map([[path.join(ROOT, 'dist', 'gone-since-an-upgrade.js'), Buffer.from([1, 2, 3])]]));
  build(dir, path.join(work, 'a'));
  const names = [...readCacheFile(file).keys()];
  expect(names.length).toBeGreaterThan(50);
  expect(names.some((f) => f.endsWith('gone-since-an-upgrade.js'))).toBe(false);
});

test('the file format round-trips, and a truncated file reads as empty', () => {
  const file = path.join(work, 'deep', 'er', 'cache.bin');
  const entries = new Map([
    ['/a/一.js', Buffer.from([1, 2, 3])],
    ['/b.js', Buffer.alloc(0)],
  ]);
  writeCacheFile(file, entries);
  expect(readCacheFile(file)).toEqual(entries);
  fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 12));
  expect(readCacheFile(file).size).toBe(0);
  expect(fs.readdirSync(path.dirname(file))).toEqual(['cache.bin']); // no temporary left behind
});

test('the cache folder follows JIANBAO_CACHE_DIR, else the platform’s cache folder', () => {
  expect(defaultCacheDir({ JIANBAO_CACHE_DIR: '/x/y' })).toBe('/x/y');
  if (process.platform === 'linux') {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/c' })).toBe(path.join('/c', 'jianbao'));
    expect(defaultCacheDir({})).toBe(path.join(os.homedir(), '.cache', 'jianbao'));
  }
});

test('under --enable-source-maps the cache stays off, so a fault’s stack names the TypeScript source', () => {
  const dir = path.join(work, 'cache');
  // A fault inside a module the cache would compile: diag() with a code that does not exist.
  const script = [
    `require(${JSON.stringify(path.join(ROOT, 'dist', 'startup', 'compile-cache.js'))}).enableCompileCache({ write: 'at-exit' });`,
    `try { require(${JSON.stringify(path.join(ROOT, 'dist', 'diagnostics', 'make.js'))}).diag('JB000', 'x', null); } catch (e) { console.log(e.stack); }`,
  ].join('\n');
  const run = (flags: string[]) => spawnSync(process.execPath, [...flags, '-e', script], { encoding: 'utf8', env: { ...process.env, JIANBAO_CACHE_DIR: dir, JIANBAO_COMPILE_CACHE: '' } });

  const mapped = run(['--enable-source-maps']);
  expect(mapped.stdout).toMatch(/src[\\/]diagnostics[\\/]make\.ts:\d+/);
  expect(fs.existsSync(cacheFileIn(dir))).toBe(false);

  const cached = run([]);
  expect(cached.stdout).toMatch(/dist[\\/]diagnostics[\\/]make\.js:\d+/);
  expect(fs.existsSync(cacheFileIn(dir))).toBe(true);
});
