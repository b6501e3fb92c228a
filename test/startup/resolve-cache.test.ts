// The table of src/startup/resolve-cache.ts answers require() only with what Node itself
// answered before, for files still there, while package.json and npm's record are unchanged.
// Exercised on a made-up package in a temporary folder, through Node's own resolver.
import fs from 'node:fs';
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { installResolveCache, packageFingerprint, readResolutions } from '../../src/startup/resolve-cache';

type Resolve = (request: string, parent: unknown, isMain: boolean, options?: unknown) => string;
const statics = Module as unknown as { _resolveFilename: Resolve };
const nodeResolve = statics._resolveFilename;

let root: string;
let table: string;
beforeEach(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-rc-')));
  table = path.join(root, 'cache', 'resolutions.json');
  const files: Record<string, string> = {
    'package.json': '{"name":"made-up"}',
    'dist/main.js': '',
    'dist/lib/a.js': '',
    'dist/lib/b.js': '',
    'node_modules/.package-lock.json': '{}',
    'node_modules/dep/package.json': '{"name":"dep","main":"lib/entry.js"}',
    'node_modules/dep/lib/entry.js': '',
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
});
afterEach(() => {
  statics._resolveFilename = nodeResolve;
  fs.rmSync(root, { recursive: true, force: true });
});

const write = (file: string, data: Buffer) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
};
/** A module at `file`, as Node's resolver expects a requiring module to be. */
function moduleAt(filename: string): unknown {
  const m = new Module(filename) as Module & { paths: string[] };
  m.filename = filename;
  m.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(filename));
  return m;
}
const parent = (file: string) => moduleAt(path.join(root, file));
/** A fresh process's view: Node's resolver with the table as it is on disk. */
const install = () => {
  statics._resolveFilename = nodeResolve;
  return installResolveCache(root, table, write);
};
const resolve = (request: string, from = 'dist/main.js') => statics._resolveFilename(request, parent(from), false);

test("Node's answers are kept, relative to the package, and written once", () => {
  const save = install();
  expect(resolve('./lib/a')).toBe(path.join(root, 'dist', 'lib', 'a.js'));
  expect(resolve('dep')).toBe(path.join(root, 'node_modules', 'dep', 'lib', 'entry.js'));
  save();
  const kept = readResolutions(table, packageFingerprint(root));
  expect(kept.get(`dist\0./lib/a`)).toBe(path.join('dist', 'lib', 'a.js'));
  expect(kept.get(`dist\0dep`)).toBe(path.join('node_modules', 'dep', 'lib', 'entry.js'));
  const mtime = fs.statSync(table).mtimeMs;
  // A later run that finds every answer in the table has nothing to write.
  const again = install();
  resolve('./lib/a');
  again();
  expect(fs.statSync(table).mtimeMs).toBe(mtime);
});

test('a kept answer is used as it stands, without asking Node', () => {
  // Not what Node would answer (./lib/a is a.js), which shows the table is what answered.
  write(table, Buffer.from(JSON.stringify({ fingerprint: packageFingerprint(root), resolved: { [`dist\0./lib/a`]: path.join('dist', 'lib', 'b.js') } })));
  install();
  expect(resolve('./lib/a')).toBe(path.join(root, 'dist', 'lib', 'b.js'));
});

test('an answer whose file has gone is asked of Node again, and replaced', () => {
  write(table, Buffer.from(JSON.stringify({ fingerprint: packageFingerprint(root), resolved: { [`dist\0./lib/a`]: path.join('dist', 'lib', 'gone.js') } })));
  const save = install();
  expect(resolve('./lib/a')).toBe(path.join(root, 'dist', 'lib', 'a.js'));
  save();
  expect(readResolutions(table, packageFingerprint(root)).get(`dist\0./lib/a`)).toBe(path.join('dist', 'lib', 'a.js'));
});

test('an npm install (or a changed package.json) drops the whole table', () => {
  const stale = { fingerprint: packageFingerprint(root), resolved: { [`dist\0./lib/a`]: path.join('dist', 'lib', 'b.js') } };
  write(table, Buffer.from(JSON.stringify(stale)));
  fs.writeFileSync(path.join(root, 'node_modules', '.package-lock.json'), '{"lockfileVersion":3}');
  install();
  expect(resolve('./lib/a')).toBe(path.join(root, 'dist', 'lib', 'a.js'));
  write(table, Buffer.from(JSON.stringify({ ...stale, fingerprint: packageFingerprint(root) })));
  fs.writeFileSync(path.join(root, 'package.json'), '{"name":"made-up","version":"2.0.0"}');
  install();
  expect(resolve('./lib/a')).toBe(path.join(root, 'dist', 'lib', 'a.js'));
});

test('requests from outside the package, built-ins and failures are left to Node and not kept', () => {
  const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-rc-out-')));
  try {
    fs.writeFileSync(path.join(outside, 'x.js'), '');
    const save = install();
    expect(statics._resolveFilename('./x', moduleAt(path.join(outside, 'main.js')), false)).toBe(path.join(outside, 'x.js'));
    expect(resolve('node:fs')).toBe('node:fs');
    expect(resolve('fs')).toBe('fs');
    expect(() => resolve('./lib/missing')).toThrow(/Cannot find module/);
    save();
    expect(fs.existsSync(table)).toBe(false); // nothing worth keeping
  } finally {
    fs.rmSync(outside, { recursive: true, force: true });
  }
});

test('a damaged table is ignored', () => {
  write(table, Buffer.from('{"fingerprint": 3, "resol'));
  expect(readResolutions(table, packageFingerprint(root)).size).toBe(0);
  install();
  expect(resolve('./lib/a')).toBe(path.join(root, 'dist', 'lib', 'a.js'));
});
