// Outputs whose issue file has gone (a year folder renamed, an issue deleted) are named once per
// build of the folder (JB334, a warning) and never deleted: they would otherwise sit in the
// archive beside the new outputs unnoticed. Once the editor removes them, nothing is said.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

let cwd: string;
beforeEach(() => (cwd = process.cwd()));
afterEach(() => process.chdir(cwd));

test('a renamed year folder: the old outputs are named (JB334), kept, and forgotten once removed', async () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jb-orphan-')));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  fs.mkdirSync(path.join(dir, '2022'));
  fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), path.join(dir, '2022', '2022-04.yaml'));
  process.chdir(dir);
  const first = await runCli(['build', '.', '--to', 'pdf', '-j', '1']);
  expect(first.code).toBe(0);
  expect(first.stderr).not.toContain('JB334');

  fs.renameSync('2022', '二〇二二');
  const second = await runCli(['build', '.', '--to', 'pdf', '-j', '1']);
  expect(second.code).toBe(0);
  const old = path.join('out', '2022', '2022-04.pdf');
  expect(second.stderr).toContain(`警告 JB334 输出文件夹中有 1 期的文件已没有对应的期刊文件（改名、移动或删除了？），如 ${old}`);
  expect(second.stderr).toContain('2022/2022-04.yaml');
  expect(fs.existsSync(old)).toBe(true);
  expect(fs.existsSync(path.join('out', '二〇二二', '2022-04.pdf'))).toBe(true);

  fs.rmSync(path.join('out', '2022'), { recursive: true });
  const third = await runCli(['build', '.', '--to', 'pdf', '-j', '1']);
  expect(third.code).toBe(0);
  expect(third.stderr).not.toContain('JB334');
});
