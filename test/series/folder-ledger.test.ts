// `check DIR` and `build DIR` read a folder as a series (issue #25 item 8): check never says
// "no problems" for a file the ledger then faults; build stops the faulted issue (exit 1) and
// builds the rest; a build that wrote nothing names no output folder; English counts agree.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

/** Three issues (all dated in April, so their April briefs raise no warning) with 总期号 267, 268
 *  and (wrongly) 270. */
function series(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-ledger-'));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  const sample = fs.readFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), 'utf8');
  const month = (n: number, total: number, date: string) =>
    sample
      .replace(/number: 4\b/, `number: ${n}`)
      .replace('total: 269', `total: ${total}`)
      .replace('date: "2022-04-30"', `date: "${date}"`);
  fs.writeFileSync(path.join(dir, 'a.yaml'), month(2, 267, '2022-04-10'));
  fs.writeFileSync(path.join(dir, 'b.yaml'), month(3, 268, '2022-04-20'));
  fs.writeFileSync(path.join(dir, 'c.yaml'), month(4, 270, '2022-04-30'));
  return dir;
}

test('check DIR: no "没有问题" line for a file the ledger faults', async () => {
  const dir = series();
  const run = await runCli(['check', dir]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('JB250');
  expect(run.stdout).not.toContain('c.yaml：没有问题');
  expect(run.stdout).toContain('a.yaml：没有问题');
  expect(run.stdout).toContain('b.yaml：没有问题');
});

test('build DIR runs the ledger: the wrong 总期号 is not built, the others are, exit 1', async () => {
  const dir = series();
  const out = path.join(dir, 'o');
  const run = await runCli(['build', dir, '-o', out, '--to', 'docx', '-j', '1'], {}, 'en');
  expect(run.stderr).toContain('JB250');
  expect(run.code).toBe(1);
  expect(fs.existsSync(path.join(out, 'c.docx'))).toBe(false);
  expect(fs.existsSync(path.join(out, 'b.docx'))).toBe(true);
  expect(run.stdout).toMatch(/3 issues: 2 built, 0 skipped, 1 failed/);
});

test('a build that wrote nothing names no output folder; one issue is "1 issue"', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-nothing-'));
  const file = path.join(dir, 'bad.yaml');
  fs.writeFileSync(file, 'issue: { number: 1, total: 1, date: "2022-02-30" }\narticles: []\n');
  const zh = await runCli(['build', file, '-o', path.join(dir, 'o8')]);
  expect(zh.code).toBe(1);
  expect(zh.stdout).not.toContain('o8');
  expect(zh.stdout).toContain('未写出任何文件');
  expect(fs.existsSync(path.join(dir, 'o8'))).toBe(false);
  const en = await runCli(['build', file, '-o', path.join(dir, 'o8')], {}, 'en');
  expect(en.stdout).toMatch(/^1 issue: 0 built/m);
  expect(en.stdout).toContain('nothing was written');
});
