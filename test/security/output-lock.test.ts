// Issue #26 items 3 and 12: one batch build per output folder (JB704, stale locks recovered),
// and -o naming a file is a usage error (JB705, exit 2) rather than an internal fault.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCK_FILE } from '../../src/batch/output-lock';
import { runCli } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
jest.setTimeout(60_000);

function seriesFolder(): { src: string; out: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-lock-'));
  const src = path.join(dir, 'src');
  fs.mkdirSync(src);
  fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), path.join(src, 'a.yaml'));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(src, 'jianbao.config.yaml'));
  fs.cpSync(path.join(SAMPLES, 'images'), path.join(src, 'images'), { recursive: true });
  return { src, out: path.join(dir, 'out') };
}

describe('output folder lock', () => {
  it('refuses with JB704 while another live process holds the folder, and builds nothing', async () => {
    const { src, out } = seriesFolder();
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, LOCK_FILE), `${process.ppid}\n`);
    const run = await runCli(['build', src, '-o', out, '--to', 'docx'], { JIANBAO_SERVER: '0' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('JB704');
    expect(run.stderr).toContain(String(process.ppid));
    // The summary counts the issue it could not build (it said 共 0 期 … 失败 1).
    expect(run.stdout).toMatch(/共 1 期：生成 0，跳过 0，失败 1，用时 [\d.]+ 秒；未写出任何文件/);
    expect(fs.existsSync(path.join(out, 'a.docx'))).toBe(false);
    expect(fs.readFileSync(path.join(out, LOCK_FILE), 'utf8')).toBe(`${process.ppid}\n`);
  });

  it('takes over the lock of a dead process, builds, and removes its own lock', async () => {
    const { src, out } = seriesFolder();
    fs.mkdirSync(out);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    fs.writeFileSync(path.join(out, LOCK_FILE), `${dead}\n`);
    const run = await runCli(['build', src, '-o', out, '--to', 'docx'], { JIANBAO_SERVER: '0' });
    expect(run.code).toBe(0);
    expect(fs.existsSync(path.join(out, 'a.docx'))).toBe(true);
    expect(fs.existsSync(path.join(out, LOCK_FILE))).toBe(false);
  });
});

describe('-o naming a file', () => {
  it('is a usage error JB705 with exit 2, and the file is untouched', async () => {
    const { src, out } = seriesFolder();
    fs.writeFileSync(out, 'not a folder');
    const run = await runCli(['build', path.join(src, 'a.yaml'), '-o', out], { JIANBAO_SERVER: '0' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('JB705');
    expect(run.stderr).not.toContain('JB900');
    expect(fs.readFileSync(out, 'utf8')).toBe('not a folder');
  });
});

describe('an output folder that cannot be made or locked', () => {
  // A folder under a file is JB705 before anything is written (test/cli/out-names-a-file.test.ts).
  it('where no folder can be made: JB701 naming the folder and the system reason, exit 1, no internal error', async () => {
    const { src } = seriesFolder();
    const out = '/proc/jianbao-no-such-folder';
    const run = await runCli(['build', path.join(src, 'a.yaml'), '-o', out], { JIANBAO_SERVER: '0' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('JB701');
    expect(run.stderr).toContain(out);
    expect(run.stderr).not.toContain('JB900');
  });

  it('a lock that cannot be written (its name taken by a folder): JB701, exit 1', async () => {
    const { src, out } = seriesFolder();
    fs.mkdirSync(path.join(out, LOCK_FILE), { recursive: true });
    const run = await runCli(['build', path.join(src, 'a.yaml'), '-o', out], { JIANBAO_SERVER: '0' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('JB701');
    expect(run.stderr).not.toContain('JB900');
    expect(fs.statSync(path.join(out, LOCK_FILE)).isDirectory()).toBe(true);
  });
});
