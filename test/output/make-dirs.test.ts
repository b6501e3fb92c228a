// makeDirs (src/output/make-dirs.ts) creates missing folders level by level and fails with the
// file system's error where Node's recursive mkdir would loop for ever (under /proc).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeDirs } from '../../src/output/make-dirs';

let work: string;
beforeEach(() => (work = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-dirs-'))));
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

test('creates every missing level, and accepts a folder that exists', () => {
  const deep = path.join(work, 'a', '二〇二二', 'c');
  makeDirs(deep);
  expect(fs.statSync(deep).isDirectory()).toBe(true);
  expect(() => makeDirs(deep)).not.toThrow();
  expect(() => makeDirs(work)).not.toThrow();
});

test('a file in the way is an error, not a folder', () => {
  fs.writeFileSync(path.join(work, 'file'), 'x');
  expect(() => makeDirs(path.join(work, 'file', 'sub'))).toThrow(/ENOTDIR|EEXIST/);
  expect(() => makeDirs(path.join(work, 'file'))).toThrow(/EEXIST/);
});

// Node's recursive mkdir never returns under /proc (Linux, where CI runs); elsewhere a file in
// the way stands in. A child process with a timeout keeps a regression from hanging the run.
test('a folder that cannot be made fails at once instead of hanging', () => {
  fs.writeFileSync(path.join(work, 'file'), 'x');
  const target = process.platform === 'linux' ? '/proc/nonexistent/x' : path.join(work, 'file', 'x');
  const script = `try { require(${JSON.stringify(path.resolve(__dirname, '../../dist/output/make-dirs.js'))}).makeDirs(${JSON.stringify(target)}); process.exit(0) } catch (e) { console.log(e.code); process.exit(3) }`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 10000 });
  expect(run.signal).toBeNull();
  expect(run.status).toBe(3);
  expect(run.stdout.trim()).toMatch(/^E[A-Z]+$/);
});
