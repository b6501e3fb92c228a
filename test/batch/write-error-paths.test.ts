// A worker's write error names the output as the progress lines do: as the editor typed it,
// relative to the working folder (not an absolute path on one line and a relative one above it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

let cwd: string;
beforeEach(() => (cwd = process.cwd()));
afterEach(() => process.chdir(cwd));

test('JB701 for an output that cannot be written says out/2024/2024-04.pdf, as the progress line does', async () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jb-writepath-')));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  fs.mkdirSync(path.join(dir, '2024'));
  fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), path.join(dir, '2024', '2024-04.yaml'));
  // A folder where the PDF should go: the rename onto it fails.
  fs.mkdirSync(path.join(dir, 'out', '2024', '2024-04.pdf'), { recursive: true });
  process.chdir(dir);
  const run = await runCli(['build', '.', '--to', 'pdf', '-j', '1']);
  expect(run.code).toBe(1);
  const shown = path.join('out', '2024', '2024-04.pdf');
  expect(run.stderr).toContain(`${shown}: 错误 JB701 无法写入 ${shown}：`);
  // The progress line says why, as a line for an issue the ledger stopped does.
  expect(run.stdout).toMatch(
    new RegExp(`失败 2024/2024-04：无法写入 ${shown.replace(/[.\\/]/g, '\\$&')}：这是一个文件夹，不是文件（EISDIR）（JB701）`),
  );
  expect(run.stdout + run.stderr).not.toContain(dir);
});
