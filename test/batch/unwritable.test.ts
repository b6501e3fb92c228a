// An output folder that cannot be written is found before anything is rendered: one JB333 per
// folder with the number of issues it kept from being built, every issue counted in the summary,
// and nothing half-written. Unit level with a stand-in for the file system's answer; end to end
// with a real read-only folder, as an ordinary user (root writes anywhere: the run switches to
// nobody with setpriv then).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBatch, type BatchOptions } from '../../src/batch/run-batch';
import type { FolderProblem } from '../../src/batch/writable';
import { messageOf } from '../../src/diagnostics/messages';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const REPO = path.join(__dirname, '..', '..');

function options(out: string, problem: (dir: string) => FolderProblem | null, lines: string[]): BatchOptions {
  return {
    out,
    settings: { formats: ['docx'] },
    threads: 1,
    skipUnchanged: false,
    useCache: true,
    shard: null,
    lang: 'zh',
    sink: { line: (t) => lines.push(t) },
    folderProblem: problem,
  };
}

const inputs = [
  { file: path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), relative: '2022/2022-04.yaml' },
  { file: path.join(SAMPLES, 'feature-page-2021-06.yaml'), relative: 'feature.yaml' },
];

test('a read-only subfolder: its issue fails at once with JB333, the other is built', async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-unwritable-'));
  const lines: string[] = [];
  const result = await runBatch(
    inputs,
    options(out, (dir) => (dir.endsWith('2022') ? 'perm' : null), lines),
  );
  expect([result.total, result.built, result.failed]).toEqual([2, 1, 1]);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => d.code)).toEqual(['JB333']);
  expect(messageOf(errors[0], 'zh').message).toMatch(/输出文件夹 \S*2022 不能写入（没有写入权限），1 期未生成/);
  expect(lines.find((l) => l.includes('2022/2022-04'))).toMatch(/失败/);
  expect(fs.existsSync(path.join(out, '2022'))).toBe(false);
  expect(fs.existsSync(path.join(out, 'feature.docx'))).toBe(true);
});

test('the output folder itself on a read-only disk: every issue counted as not built, no lock left', async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jb-unwritable-')), 'out');
  const lines: string[] = [];
  const result = await runBatch(
    inputs,
    options(out, () => 'ro', lines),
  );
  expect([result.total, result.built, result.failed]).toEqual([2, 0, 2]);
  expect(messageOf(result.diagnostics[0], 'en').message).toMatch(/cannot be written to \(a read-only disk\); 2 issue\(s\) not built/);
  expect(fs.existsSync(out)).toBe(false);
});

const root = process.getuid?.() === 0;
const setpriv = root && spawnSync('setpriv', ['--version']).status === 0;
const canRun = process.platform !== 'win32' && (!root || setpriv);
(canRun ? test : test.skip)(
  `jianbao build . with out/2024 read-only: one JB333, 共 2 期 … 失败 2, the old outputs unchanged${canRun ? '' : ' [skipped: needs a non-root user or setpriv]'}`,
  () => {
    // nobody must reach the folder: the test run's own temp folder is root's alone.
    const dir = fs.mkdtempSync(path.join(root ? '/tmp' : os.tmpdir(), 'jb-unwritable-'));
    try {
      readOnlyRun(dir);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  60_000,
);

function readOnlyRun(dir: string): void {
  {
    fs.chmodSync(dir, 0o755);
    fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
    fs.mkdirSync(path.join(dir, '2024'));
    fs.cpSync(path.join(SAMPLES, 'images'), path.join(dir, '2024', 'images'), { recursive: true });
    fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), path.join(dir, '2024', 'a.yaml'));
    fs.copyFileSync(path.join(SAMPLES, 'feature-page-2021-06.yaml'), path.join(dir, '2024', 'b.yaml'));
    fs.mkdirSync(path.join(dir, 'out', '2024'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'out', '2024', 'a.docx'), 'last month');
    if (root) spawnSync('chown', ['-R', '65534:65534', dir]);
    fs.chmodSync(path.join(dir, 'out', '2024'), 0o555);
    const cli = [process.execPath, path.join(REPO, 'bin', 'jianbao'), 'build', '.', '--to', 'docx', '-j', '1'];
    const argv = root ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', 'env', `HOME=${dir}`, ...cli] : cli;
    const run = spawnSync(argv[0], argv.slice(1), { cwd: dir, encoding: 'utf8', env: { ...process.env, JIANBAO_LANG: 'zh' } });
    fs.chmodSync(path.join(dir, 'out', '2024'), 0o755);
    expect(run.status).toBe(1);
    expect(run.stderr.match(/JB333/g)).toHaveLength(1);
    expect(run.stderr).toContain(`输出文件夹 ${path.join('out', '2024')} 不能写入（没有写入权限），2 期未生成`);
    expect(run.stderr).not.toContain('JB701');
    expect(run.stdout).toMatch(/共 2 期：生成 0，跳过 0，失败 2/);
    expect(fs.readFileSync(path.join(dir, 'out', '2024', 'a.docx'), 'utf8')).toBe('last month');
    expect(fs.readdirSync(path.join(dir, 'out', '2024'))).toEqual(['a.docx']);
  }
}
