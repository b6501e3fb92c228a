// jianbao new: the must-shows (5 after 4, 1 after December, the result passes check), the
// wizard through a scripted prompter, and never overwriting.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newCommand } from '../../src/cli/commands/new';
import { runCli } from '../helpers/run-cli';
import { captureIO, scriptedTerminal } from '../wizard/fake-terminal';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

function series(files: Record<string, (text: string) => string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-new-'));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  const sample = fs.readFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), 'utf8');
  for (const [name, edit] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), edit(sample));
  }
  return dir;
}

const december = (t: string) =>
  t.replace('number: 4 ', 'number: 12').replace('total: 269', 'total: 277').replace('date: "2022-04-30"', 'date: "2022-12-31"');

test('--yes --date 2022-05-31 after 2022-04 (第 4 期, 总第 269 期) writes 第 5 期, 总第 270 期; check finds only its placeholders', async () => {
  const dir = series({ '2022-04.yaml': (t) => t });
  const run = await runCli(['new', '--yes', '--date', '2022-05-31', '--dir', dir], { CI: 'true' });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const file = path.join(dir, '2022', '2022-05.yaml');
  const text = fs.readFileSync(file, 'utf8');
  expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+.*schema\/issue\.schema\.json$/);
  expect(text).toMatch(/^ {2}number: 5\b/m);
  expect(text).toMatch(/^ {2}total: 270\b/m);
  expect(text).toContain('date: "2022-05-31"');
  // The file is valid; what check refuses is the example article left to be replaced (JB331).
  const check = await runCli(['check', '--format', 'json', file]);
  expect(check.code).toBe(1);
  const codes = (JSON.parse(check.stdout) as Array<{ code: string }>).map((d) => d.code);
  expect(codes.length).toBeGreaterThan(0);
  expect(new Set(codes)).toEqual(new Set(['JB331']));
});

test('the schema line points at the package schema file', async () => {
  const dir = series({ '2022-04.yaml': (t) => t });
  await runCli(['new', '--yes', '--dir', dir]);
  const file = path.join(dir, '2022', '2022-05.yaml');
  const rel = /\$schema=(\S+)/.exec(fs.readFileSync(file, 'utf8'))?.[1] as string;
  expect(path.resolve(path.dirname(file), rel)).toBe(path.join(__dirname, '..', '..', 'schema', 'issue.schema.json'));
});

test('after a December issue the next is 第 1 期 of the new year', async () => {
  const dir = series({ '2022/2022-12.yaml': december });
  const run = await runCli(['new', '--yes', '--dir', dir]);
  expect(run.code).toBe(0);
  const text = fs.readFileSync(path.join(dir, '2023', '2023-01.yaml'), 'utf8');
  expect(text).toMatch(/^ {2}number: 1\b/m);
  expect(text).toMatch(/^ {2}total: 278\b/m);
  expect(text).toContain('date: "2023-01-31"');
});

test('never overwrites: the second run fails with JB805 and leaves the file as it was', async () => {
  const dir = series({ '2022-04.yaml': (t) => t });
  const target = path.join(dir, '2022', '2022-05.yaml');
  fs.mkdirSync(path.dirname(target));
  fs.writeFileSync(target, 'mine');
  const run = await runCli(['new', '--yes', '--number', '5', '--total', '270', '--date', '2022-05-31', '--dir', dir]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('JB805');
  expect(fs.readFileSync(target, 'utf8')).toBe('mine');
});

test('without a terminal and without --yes nothing is asked; the message names --yes and the proposal', async () => {
  const dir = series({ '2022-04.yaml': (t) => t });
  const { io, out } = captureIO();
  const terminal = scriptedTerminal([], { tty: false });
  expect(await newCommand(io, { dir }, terminal)).toBe(2);
  expect(terminal.asked).toEqual([]);
  expect(out.stderr).toContain('JB803');
  expect(out.stderr).toContain('--yes');
  expect(out.stderr).toContain('--number 5');
  expect(fs.existsSync(path.join(dir, '2022'))).toBe(false);
});

test('CI set: nothing is asked even on a terminal', async () => {
  const dir = series({ '2022-04.yaml': (t) => t });
  const { io, out } = captureIO({ CI: 'true' });
  const terminal = scriptedTerminal(['x'], { tty: true });
  expect(await newCommand(io, { dir }, terminal)).toBe(2);
  expect(terminal.asked).toEqual([]);
  expect(out.stderr).toContain('--yes');
});

test('--yes with nothing to infer names the missing flags', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-new-empty-'));
  const run = await runCli(['new', '--yes', '--dir', dir, '--lang', 'en'], {}, 'en');
  expect(run.code).toBe(2);
  for (const flag of ['--number', '--total', '--name', '--editor']) expect(run.stderr).toContain(flag);
  expect(fs.readdirSync(dir)).toEqual([]);
});

test('an invalid --date is a usage error naming the option', async () => {
  const dir = series({ '2022-04.yaml': (t) => t });
  const run = await runCli(['new', '--yes', '--date', '2022-02-30', '--dir', dir]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/JB802.*--date/);
});

test('on a terminal the wizard asks date first, then proposes numbers that follow it', async () => {
  const dir = series({ '2022-04.yaml': (t) => t });
  const { io } = captureIO();
  // Enter accepts a proposal; the date typed moves the issue into the next year.
  const terminal = scriptedTerminal(['2023-01-31', '', '']);
  expect(await newCommand(io, { dir }, terminal)).toBe(0);
  expect(terminal.asked.map((q) => q.default)).toEqual(['2022-05-31', '1', '270']);
  expect(terminal.asked[0].validate?.('2022-13-01')).not.toBeNull();
  expect(terminal.asked[1].validate?.('0')).not.toBeNull();
  const text = fs.readFileSync(path.join(dir, '2023', '2023-01.yaml'), 'utf8');
  expect(text).toMatch(/^ {2}number: 1\b/m);
  expect(text).toMatch(/^ {2}total: 270\b/m);
});

test('a file name pattern from the config is used', async () => {
  const dir = series({ 'issues/2022-04.yaml': (t) => t });
  fs.appendFileSync(path.join(dir, 'jianbao.config.yaml'), 'issues:\n  dir: issues\n  pattern: "第{total}期-YYYYMM.yaml"\n');
  const run = await runCli(['new', '--yes', '--dir', dir]);
  expect(run.code).toBe(0);
  expect(fs.existsSync(path.join(dir, 'issues', '第270期-202205.yaml'))).toBe(true);
});

test('a planned file that exists names the issue the plan counted on (a series numbered out of order)', async () => {
  // A back issue numbered 总第 277 beside 2023's first issues numbered from 1: the next after 277 is
  // 2023-01, which exists. The message says which issue the plan counted on.
  const first = (t: string) =>
    t.replace('number: 4 ', 'number: 1 ').replace('total: 269', 'total: 1').replace('date: "2022-04-30"', 'date: "2023-01-31"');
  const dir = series({ '2022/2022-12.yaml': december, '2023/2023-01.yaml': first });
  const run = await runCli(['new', '--yes', '--dir', dir]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('JB805');
  expect(run.stderr).toMatch(/这一期是按 \S*2022-12\.yaml（总第 277 期，2022-12-31）推算的/);
  expect(run.stderr).toContain('jianbao check');
});
