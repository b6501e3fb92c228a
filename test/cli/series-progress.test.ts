// The batch's progress counts every issue of the run, the ones the series ledger stops too: each of
// those gets its own progress line naming it and the reason, and the count matches the summary.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

function threeIssues(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jb-progress-')));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  fs.mkdirSync(path.join(dir, '2022'));
  fs.cpSync(path.join(SAMPLES, 'images'), path.join(dir, '2022', 'images'), { recursive: true });
  const sample = fs.readFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), 'utf8');
  const issue = (n: number, total: number, date: string) =>
    sample.replace('number: 4 ', `number: ${n} `).replace('total: 269 ', `total: ${total} `).replace('2022-04-30', date);
  fs.writeFileSync(path.join(dir, '2022', '2022-04.yaml'), sample);
  fs.writeFileSync(path.join(dir, '2022', '2022-05.yaml'), issue(5, 270, '2022-05-31'));
  // 总期号 skips 271: the ledger stops this one.
  fs.writeFileSync(path.join(dir, '2022', '2022-06.yaml'), issue(6, 272, '2022-06-30'));
  return dir;
}

test('build . with a stopped issue: [k/3] on every line, the stopped one named with its reason', async () => {
  const dir = threeIssues();
  const run = await runCli(['build', dir, '-o', path.join(dir, 'out'), '--to', 'docx', '-j', '1']);
  expect(run.code).toBe(1);
  const lines = run.stdout.split('\n').filter((l) => l.startsWith('['));
  expect(lines).toHaveLength(3);
  expect(lines.every((l) => /^\[\d\/3\] /.test(l))).toBe(true);
  expect(lines[0]).toMatch(/^\[1\/3\] 未生成 2022\/2022-06：总期号应为 271，这里是 272.*（JB250）$/);
  expect(lines.slice(1).every((l) => l.includes('已生成'))).toBe(true);
  expect(run.stdout).toMatch(/共 3 期：生成 2，跳过 0，失败 1/);
});

test('the same in English', async () => {
  const dir = threeIssues();
  const run = await runCli(['build', dir, '-o', path.join(dir, 'out'), '--to', 'docx', '-j', '1'], {}, 'en');
  const lines = run.stdout.split('\n').filter((l) => l.startsWith('['));
  expect(lines[0]).toMatch(/^\[1\/3\] not built 2022\/2022-06: .*271.* \(JB250\)$/);
});
