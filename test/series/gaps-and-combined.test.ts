// A back-issue archive with a lost issue or a 合刊 (combined issue): the archivist declares the gap
// in jianbao.config.yaml (issues.missing) or types the 合刊's range (number: 5-6), and the chain
// check accepts it without asking to renumber a printed issue; the masthead prints the range as typed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkLedger } from '../../src/series/ledger';
import type { LedgerIssue } from '../../src/series/ledger';
import { readDocx } from '../helpers/docx-read';
import { runCli } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

const entry = (file: string, number: number | string, total: number | string, date: string): LedgerIssue => ({
  file,
  issue: { number, total, date },
  publication: { name: '简报' },
  locate: () => ({ line: 1, col: 1 }),
});

describe('ledger: 合刊 ranges', () => {
  it('counts a 合刊 with two totals from its last numbers', () => {
    const ds = checkLedger([
      entry('a', 4, 269, '2022-04-30'),
      entry('b', '5-6', '270-271', '2022-06-30'),
      entry('c', 7, 272, '2022-07-31'),
    ]);
    expect(ds).toEqual([]);
  });

  it('accepts a 合刊 that kept one total number', () => {
    const ds = checkLedger([entry('a', 4, 269, '2022-04-30'), entry('b', '5-6', 270, '2022-06-30'), entry('c', 7, 271, '2022-07-31')]);
    expect(ds).toEqual([]);
  });

  it('still faults the issue after a 合刊 that skips a number, citing the range as typed', () => {
    const ds = checkLedger([entry('a', 4, 269, '2022-04-30'), entry('b', '5-6', 270, '2022-06-30'), entry('c', 8, 271, '2022-08-31')]);
    expect(ds.map((d) => [d.file, d.code, d.args.expected, d.args.previousNumber])).toEqual([['c', 'JB251', 7, '5-6']]);
  });

  it('a range overlapping the next issue is a repeat', () => {
    const ds = checkLedger([entry('a', 4, '269-270', '2022-04-30'), entry('b', 5, 270, '2022-05-31')]);
    expect(ds.map((d) => [d.file, d.code])).toEqual([['b', 'JB253']]);
  });
});

/** April issues (the sample's briefs are April's) 第 3, 4, (5 lost), 6 期. */
function archive(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-gaps-'));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  const sample = fs.readFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), 'utf8');
  const write = (file: string, n: string, total: string, date: string) =>
    fs.writeFileSync(
      path.join(dir, file),
      sample
        .replace(/number: 4\b/, `number: ${n}`)
        .replace('total: 269', `total: ${total}`)
        .replace('date: "2022-04-30"', `date: "${date}"`),
    );
  write('a.yaml', '3', '268', '2022-04-05');
  write('b.yaml', '4', '269', '2022-04-10');
  write('d.yaml', '6', '271', '2022-04-25');
  return dir;
}

const declare = (dir: string, entries: string) =>
  fs.appendFileSync(path.join(dir, 'jianbao.config.yaml'), `issues:\n  missing:\n${entries}`);

test('a lost issue: the hint names issues.missing, and once declared the folder builds', async () => {
  const dir = archive();
  const out = path.join(dir, 'out');
  const broken = await runCli(['build', dir, '-o', out, '--to', 'docx', '-j', '1']);
  expect(broken.code).toBe(1);
  expect(broken.stderr).toContain('JB250');
  expect(broken.stderr).toContain('issues.missing');
  expect(fs.existsSync(path.join(out, 'd.docx'))).toBe(false);

  declare(dir, '    - { number: 5, total: 270, date: "2022-04-20", note: 原刊遗失 }\n');
  const built = await runCli(['build', dir, '-o', out, '--to', 'docx', '-j', '1']);
  expect(built.stderr).not.toMatch(/JB25\d/);
  expect(built.code).toBe(0);
  expect(fs.existsSync(path.join(out, 'd.docx'))).toBe(true);
  // The issue after the gap prints its own numbers.
  expect(readDocx(fs.readFileSync(path.join(out, 'd.docx'))).paragraphs.join('\n')).toContain('第 6 期');
  const checked = await runCli(['check', dir]);
  expect(checked.stderr).not.toMatch(/JB25\d/);
});

test('a declared missing issue that is in the archive after all is a repeat, pointed at in the config', async () => {
  const dir = archive();
  declare(dir, '    - { number: 5, total: 270, date: "2022-04-20" }\n    - { number: 4, total: 269, date: "2022-04-10" }\n');
  const run = await runCli(['check', dir, '--format', 'json']);
  expect(run.code).toBe(1);
  const repeats = (JSON.parse(run.stdout) as { code: string; file: string; line: number }[]).filter((d) => d.code === 'JB253');
  expect(repeats.length).toBe(1);
  expect(repeats[0].file).toMatch(/jianbao\.config\.yaml$/);
  expect(repeats[0].line).toBeGreaterThan(0);
  // The break sits in the config, not in an issue: the run fails, but counts only its three issues.
  const built = await runCli(['build', dir, '-o', path.join(dir, 'out'), '--to', 'docx', '-j', '1'], {}, 'en');
  expect(built.code).toBe(1);
  expect(built.stdout).toMatch(/^3 issues: 3 built, 0 skipped, 0 failed/m);
});

test('a 合刊 typed as a range builds, and its masthead prints the range as typed', async () => {
  const dir = archive();
  fs.renameSync(path.join(dir, 'd.yaml'), path.join(dir, 'e.yaml'));
  const sample = fs.readFileSync(path.join(dir, 'b.yaml'), 'utf8');
  fs.writeFileSync(
    path.join(dir, 'c.yaml'),
    sample
      .replace(/number: 4\b/, 'number: 5-6')
      .replace('total: 269', 'total: 270-271')
      .replace('2022-04-10', '2022-04-20'),
  );
  fs.writeFileSync(
    path.join(dir, 'e.yaml'),
    fs
      .readFileSync(path.join(dir, 'e.yaml'), 'utf8')
      .replace(/number: 6\b/, 'number: 7')
      .replace('total: 271', 'total: 272'),
  );
  const out = path.join(dir, 'out');
  const run = await runCli(['build', dir, '-o', out, '--to', 'docx', '-j', '1']);
  expect(run.stderr).not.toMatch(/JB2\d\d/);
  expect(run.code).toBe(0);
  const text = readDocx(fs.readFileSync(path.join(out, 'c.docx'))).paragraphs.join('\n');
  expect(text).toContain('第 5-6 期');
  expect(text).toContain('总第 270-271 期');
});

test('a 期号 typed as words is still asked for as a number', async () => {
  const dir = archive();
  const file = path.join(dir, 'a.yaml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/number: 3\b/, 'number: 三'));
  const run = await runCli(['check', file, '--format', 'json']);
  const d = (JSON.parse(run.stdout) as { code: string; message: string }[]).find((x) => x.code === 'JB202');
  expect(d?.message).toContain('应为数字');
});
