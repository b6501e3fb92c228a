// scripts/check-public-apis.js: no private member of a dependency and no patched Node built-in in
// src/. First proven on small files that break each rule (and on ones that only look like it),
// then run on src/ itself, where every finding is listed in the failure.
import fs from 'node:fs';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkPublicApis } = require('../../scripts/check-public-apis') as {
  checkPublicApis(dir?: string): Array<{ file: string; line: number; col: number; message: string }>;
};
const ROOT = path.resolve(__dirname, '..', '..');

describe('on files made to break each rule', () => {
  let dir: string;
  beforeAll(() => {
    // Inside the repository (tmp/ is ignored by git) so that imports resolve to node_modules.
    fs.mkdirSync(path.join(ROOT, 'tmp'), { recursive: true });
    dir = fs.mkdtempSync(path.join(ROOT, 'tmp', 'public-apis-'));
    fs.writeFileSync(
      path.join(dir, 'bad.ts'),
      [
        "import zlib from 'node:zlib';", // 1
        "import * as fs from 'fs';",
        "import { Command } from 'commander';",
        'const original = zlib.deflateSync;',
        'zlib.deflateSync = original;', // 5
        "Object.defineProperty(fs, 'readFileSync', { value: fs.readFileSync });",
        "const loader = require('node:module');",
        'loader._load = loader._load;',
        'const command = new Command();',
        'export const hidden = (command as unknown as { _name: string })._name;', // 10
        "export const viaIndex = (command as unknown as Record<string, unknown>)['_args'];",
        '',
      ].join('\n'),
    );
    fs.writeFileSync(
      path.join(dir, 'good.ts'),
      [
        "import zlib from 'node:zlib';",
        'class Counter { _count = 0; bump(): number { return ++this._count; } }',
        'const own = { _cache: new Map<string, number>() };',
        'export const n = new Counter().bump() + own._cache.size;',
        'export const crc = zlib.crc32(Buffer.from("x"));',
        'let local = { deflate: zlib.deflateSync };',
        'local = { deflate: zlib.deflateSync };',
        'export { local };',
        '',
      ].join('\n'),
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('finds each private member and each patched built-in, with its position, and nothing in good.ts', () => {
    const found = checkPublicApis(dir).map((f) => `${path.basename(f.file)}:${f.line}:${f.col}: ${f.message}`);
    expect(found).toEqual([
      'bad.ts:5:1: assignment to the Node built-in node:zlib: zlib.deflateSync',
      'bad.ts:6:23: Object.defineProperty on the Node built-in fs',
      'bad.ts:8:1: assignment to the Node built-in node:module: loader._load',
      'bad.ts:8:8: private member ._load of an object that is not ours (reached through a type that describes it)',
      'bad.ts:8:23: private member ._load of an object that is not ours (reached through a type that describes it)',
      'bad.ts:10:65: private member ._name of an object that is not ours (reached through a type that describes it)',
      "bad.ts:11:73: private member ['_args'] of an object that is not ours (reached through a type that describes it)",
    ]);
  });
});

test('src/ reaches into no dependency and patches no built-in', () => {
  const found = checkPublicApis(path.join(ROOT, 'src')).map((f) => `${f.file}:${f.line}:${f.col}: ${f.message}`);
  expect(found).toEqual([]);
});
