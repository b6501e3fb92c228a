// Where build writes and what: the flag, else the series config's output.dir/formats, else out/
// and both formats (flag > config > built-in default, as the README documents).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

function series(output: string | null): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-out-'));
  const config = fs.readFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), 'utf8');
  fs.writeFileSync(path.join(dir, 'jianbao.config.yaml'), output ? `${config}\n${output}\n` : config);
  fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), path.join(dir, 'issue.yaml'));
  return dir;
}

test("the config's output.dir and formats apply when no flag is given", async () => {
  const dir = series('output:\n  dir: dist\n  formats: [pdf]');
  const run = await runCli(['build', path.join(dir, 'issue.yaml')]);
  expect(run.code).toBe(0);
  expect(fs.readdirSync(path.join(dir, 'dist'))).toEqual(['issue.pdf']);
  // The log says where the file went, and the summary names the output folder.
  expect(run.stdout).toMatch(/已生成 issue → \S*dist[\\/]issue\.pdf/);
  expect(run.stdout).toMatch(/输出在 \S*dist\s*$/m);
});

test('flags win over the config', async () => {
  const dir = series('output:\n  dir: dist\n  formats: [pdf]');
  const run = await runCli(['build', path.join(dir, 'issue.yaml'), '-o', path.join(dir, 'mine'), '--to', 'docx']);
  expect(run.code).toBe(0);
  expect(fs.readdirSync(path.join(dir, 'mine'))).toEqual(['issue.docx']);
  expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false);
});

test('without config output settings: out/ in the series folder, both formats', async () => {
  const dir = series(null);
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const run = await runCli(['build', 'issue.yaml']);
    expect(run.code).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'out')).sort()).toEqual(['issue.docx', 'issue.pdf']);
  } finally {
    process.chdir(cwd);
  }
});
