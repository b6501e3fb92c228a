// scripts/check-folder-cycles.js: no import cycle between the folders of src/ beyond the recorded
// debt. First proven on made-up folder trees, then run on src/ itself.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface Cycle {
  name: string;
  folders: string[];
  edges: Array<{ from: string; to: string; via: string }>;
}
interface Result {
  cycles: Cycle[];
  unexpected: Cycle[];
  gone: string[];
}
interface CyclesScript {
  checkFolderCycles(src?: string, known?: Record<string, string>): Result;
  describe(result: Result): string;
  KNOWN_CYCLES: Record<string, string>;
  folderGraph(src: string): Map<string, Map<string, string>>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const script = require('../../scripts/check-folder-cycles') as CyclesScript;
const { checkFolderCycles, describe: describeResult, KNOWN_CYCLES, folderGraph } = script;
const SCRIPT = path.resolve(__dirname, '..', '..', 'scripts', 'check-folder-cycles.js');

/** A made-up src/ folder from { 'a/x.ts': 'source', ... }. */
function tree(files: Record<string, string>): string {
  const src = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-cycles-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(src, file)), { recursive: true });
    fs.writeFileSync(path.join(src, file), text);
  }
  return src;
}

const LAYERED = {
  'a/x.ts': "import { y } from '../b/y';\nimport fs from 'node:fs';\nimport { w } from './w';\nexport const x = y + w + fs.sep;\n",
  'a/w.ts': 'export const w = 1;\n',
  'b/y.ts': "import type { Z } from '../c/deep/z';\nexport const y: Z = 2;\n",
  'c/deep/z.ts': "import { v } from '../../d/v';\nexport type Z = number;\nexport const z = v;\n",
  'd/v.ts': "import { parse } from 'yaml';\nexport const v = parse('1');\n",
  'c/types.d.ts': "import { x } from '../a/x';\nexport declare const again: typeof x;\n",
};

describe('on made-up folder trees', () => {
  test('imports that point one way (packages, same-folder imports and .d.ts files aside) make no cycle', () => {
    const result = checkFolderCycles(tree(LAYERED), {});
    expect(result).toEqual({ cycles: [], unexpected: [], gone: [] });
  });

  test('a new cycle through export-from fails, naming its folders and one import per edge', () => {
    const src = tree({ ...LAYERED, 'c/back.ts': "export { x } from '../a/x';\n" });
    const result = checkFolderCycles(src, {});
    expect(result.unexpected.map((c) => c.name)).toEqual(['a, b, c']);
    expect(result.unexpected[0].edges).toEqual([
      { from: 'a', to: 'b', via: "a/x.ts: '../b/y'" },
      { from: 'b', to: 'c', via: "b/y.ts: '../c/deep/z'" },
      { from: 'c', to: 'a', via: "c/back.ts: '../a/x'" },
    ]);
    expect(describeResult(result)).toContain("import cycle between folders of src/: a, b, c\n  a → b  (e.g. a/x.ts: '../b/y')");
  });

  test('require() and import() count as imports; a file directly in src/ is the folder "."', () => {
    const src = tree({
      'main.ts': "import { p } from './p/p';\nexport const m = p;\n",
      'p/p.ts': "export const p = 1;\nexport const later = () => import('../q/q');\n",
      'q/q.ts': "const { p } = require('../p/p');\nexport const q = p;\nexport const top = () => require('../main');\n",
    });
    expect(checkFolderCycles(src, {}).cycles.map((c) => c.name)).toEqual(['., p, q']);
  });

  test("an import of a folder itself ('../q', its index.ts) is an edge to that folder", () => {
    const src = tree({
      'p/p.ts': "import { q } from '../q';\nexport const p = q;\n",
      'q/index.ts': "import { p } from '../p/p';\nexport const q = p;\n",
    });
    expect(checkFolderCycles(src, {}).cycles.map((c) => c.name)).toEqual(['p, q']);
  });

  test('a known cycle passes; one that has gone, or grown a new folder, is reported', () => {
    const src = tree({ ...LAYERED, 'c/back.ts': "export { x } from '../a/x';\n" });
    expect(checkFolderCycles(src, { 'a, b, c': 'break it' })).toMatchObject({ unexpected: [], gone: [] });

    const grown = tree({ ...LAYERED, 'c/back.ts': "export { x } from '../a/x';\n", 'd/back.ts': "export { z } from '../c/deep/z';\n" });
    const result = checkFolderCycles(grown, { 'a, b, c': 'break it', 'e, f': 'broken long ago' });
    expect(result.unexpected.map((c) => c.name)).toEqual(['a, b, c, d']);
    expect(result.gone).toEqual(['a, b, c', 'e, f']);
    expect(describeResult(result)).toContain('known cycle no longer present: e, f — delete it from KNOWN_CYCLES');
  });

  test('the command exits 1 on a cycle and prints it', () => {
    const src = tree({ ...LAYERED, 'c/back.ts': "export { x } from '../a/x';\n" });
    const run = spawnSync(process.execPath, [SCRIPT, src], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('import cycle between folders of src/: a, b, c');
  });
});

describe('on src/', () => {
  test('no folder cycle at all, and none recorded as debt', () => {
    const result = checkFolderCycles();
    expect(describeResult(result)).toBe('');
    expect(result.cycles).toEqual([]);
    expect(KNOWN_CYCLES).toEqual({});
  });

  test('the document model imports no other folder, and no folder imports the command line', () => {
    const graph = folderGraph(path.resolve(__dirname, '..', '..', 'src'));
    expect([...graph.get('model')!.keys()]).toEqual([]);
    expect([...graph].filter(([, edges]) => edges.has('cli')).map(([from]) => from)).toEqual([]);
  });
});
