// scripts/check-build-info.js: an output deleted from dist/ by hand makes the next build a full
// one (tsc's incremental build would otherwise leave it missing).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkBuildInfo, missingOutputs, orphanOutputs } = require('../../scripts/check-build-info') as {
  checkBuildInfo(root: string, log?: (text: string) => void): boolean;
  missingOutputs(root: string): string[];
  orphanOutputs(root: string): string[];
};

function project(outputs: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-build-info-'));
  for (const file of ['src/a.ts', 'src/sub/b.ts', 'src/fontkit.d.ts', ...outputs, 'dist/.tsbuildinfo']) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), '');
  }
  return root;
}

test('names the sources whose output is missing, not declarations', () => {
  const root = project(['dist/a.js']);
  expect(missingOutputs(root)).toEqual([path.join(root, 'dist', 'sub', 'b.js')]);
});

test('removes the build info when an output is missing, and says so', () => {
  const root = project(['dist/a.js']);
  const said: string[] = [];
  expect(checkBuildInfo(root, (text) => said.push(text))).toBe(true);
  expect(fs.existsSync(path.join(root, 'dist', '.tsbuildinfo'))).toBe(false);
  expect(said).toEqual(['build: dist/sub/b.js missing from dist/; building everything']);
});

test('keeps the build info when every output is there', () => {
  const root = project(['dist/a.js', 'dist/sub/b.js']);
  expect(checkBuildInfo(root, () => undefined)).toBe(false);
  expect(fs.existsSync(path.join(root, 'dist', '.tsbuildinfo'))).toBe(true);
});

test('removes the outputs of a source that was moved away, and keeps the generated templates module', () => {
  const moved = ['dist/old/model.js', 'dist/old/model.js.map', 'dist/old/model.d.ts'];
  const root = project(['dist/a.js', 'dist/sub/b.js', 'dist/templates/builtin-compiled.js', 'dist/a.js.map', ...moved]);
  expect(orphanOutputs(root).sort()).toEqual(moved.map((f) => path.join(root, f)).sort());
  expect(checkBuildInfo(root, () => undefined)).toBe(false);
  for (const f of moved) expect(fs.existsSync(path.join(root, f))).toBe(false);
  expect(fs.existsSync(path.join(root, 'dist/templates/builtin-compiled.js'))).toBe(true);
  expect(fs.existsSync(path.join(root, 'dist/a.js.map'))).toBe(true);
});

test('this project: every source has its output after the build the tests started with', () => {
  expect(missingOutputs(path.resolve(__dirname, '..', '..'))).toEqual([]);
});
