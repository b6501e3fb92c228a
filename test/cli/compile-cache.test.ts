// bin/jianbao turns on Node's compile cache, which is keyed by each module's content: a built
// file edited in place (even to the same length, what the removed hand-made cache missed) runs
// its new code on the next start. Checked with the real shim and a stand-in dist/cli/main.js.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import nodeModule from 'node:module';
import os from 'node:os';
import path from 'node:path';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'jianbao');
// Node < 22.1 has no compile cache (jianbao needs 22.13; .ci/run brings its own Node).
const withCache = typeof nodeModule.enableCompileCache === 'function' ? test : test.skip;

withCache(
  'an edited built module of the same length runs its new code, with the cache on (skipped where Node has no module.enableCompileCache)',
  () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-compile-cache-'));
    fs.mkdirSync(path.join(root, 'bin'));
    fs.mkdirSync(path.join(root, 'dist', 'cli'), { recursive: true });
    fs.copyFileSync(BIN, path.join(root, 'bin', 'jianbao'));
    const main = path.join(root, 'dist', 'cli', 'main.js');
    const cache = path.join(root, 'cache');
    const stub = (word: string) => `exports.main = async () => { console.log('${word}'); return 0; };\n`;
    const run = () =>
      spawnSync(process.execPath, [path.join(root, 'bin', 'jianbao')], {
        encoding: 'utf8',
        env: { ...process.env, NODE_COMPILE_CACHE: cache },
      });

    fs.writeFileSync(main, stub('old'));
    expect(run().stdout).toBe('old\n');
    expect(run().stdout).toBe('old\n');
    // The cache was written, so the next start could have served it.
    expect(fs.readdirSync(cache).length).toBeGreaterThan(0);
    const before = fs.statSync(main);
    fs.writeFileSync(main, stub('new'));
    fs.utimesSync(main, before.atime, before.mtime);
    expect(fs.statSync(main).size).toBe(before.size);
    expect(run().stdout).toBe('new\n');
  },
);

// Node's default cache folder is shared (os.tmpdir()/node-compile-cache), where another local user
// could plant entries (issue #26 item 6): jianbao keeps its cache in the user's own cache folder.
withCache("the compile cache lives in the user's cache folder, private to the user", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-cache-home-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CACHE_HOME: path.join(root, 'xdg'),
    LOCALAPPDATA: path.join(root, 'local'),
    HOME: root,
    USERPROFILE: root,
  };
  delete env.NODE_COMPILE_CACHE;
  delete env.NODE_DISABLE_COMPILE_CACHE;
  const run = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8', env });
  expect(run.status).toBe(0);
  const dir =
    process.platform === 'win32'
      ? path.join(root, 'local', 'jianbao', 'Cache', 'compile-cache')
      : process.platform === 'darwin'
        ? path.join(root, 'Library', 'Caches', 'jianbao', 'compile-cache')
        : path.join(root, 'xdg', 'jianbao', 'compile-cache');
  expect(fs.readdirSync(dir).length).toBeGreaterThan(0);
  if (process.platform !== 'win32') expect(fs.statSync(dir).mode & 0o077).toBe(0);
});
