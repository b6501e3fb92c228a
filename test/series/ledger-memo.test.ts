// The ledger memo (OUT/.jianbao-ledger.json): a rebuild that takes each unchanged issue's record
// from it reports exactly what parsing reports, positions included; any edit, a damaged memo, or
// a memo made by another version or other code means parsing again.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expandInputFiles } from '../../src/inputs/inputs';
import { buildLedger, buildLedgerFromMemo, type BuildLedger } from '../../src/series/build-ledger';
import { hashCode, type LedgerCode } from '../../src/series/ledger-code';
import { LEDGER_MEMO_FILE, LedgerMemo, saveLedgerMemo } from '../../src/series/ledger-memo';
import { buildLedgerInThread } from '../../src/series/ledger-thread';
import { readBuildLedger } from '../../src/series/read-ledger';
import { runCli } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

/** a.yaml (总第 268 期) and b.yaml, whose 总期号 270 skips one: JB250 at b.yaml's `total:`. */
function brokenSeries(): { dir: string; out: string; a: string; b: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-ledger-memo-'));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  const sample = fs.readFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), 'utf8');
  const a = path.join(dir, 'a.yaml');
  const b = path.join(dir, 'b.yaml');
  fs.writeFileSync(a, sample.replace(/number: 4\b/, 'number: 3').replace('total: 269', 'total: 268'));
  fs.writeFileSync(b, sample.replace('total: 269', 'total: 270'));
  return { dir, out: path.join(dir, 'out'), a, b };
}

const inputsOf = (dir: string) => expandInputFiles([dir]).inputs;

/** What a run reports, without how it got there. */
const outcome = (l: BuildLedger) => ({ diagnostics: l.diagnostics, sources: l.sources, stopped: l.stopped });

/** Stand-in code for runs in this process: one file whose bytes play the part of jianbao's. */
function fakeCode(dir: string, text = 'one'): LedgerCode {
  const file = path.join(dir, 'code.js');
  fs.writeFileSync(file, text);
  return { files: [file], hash: hashCode([file]) };
}

test('a rebuild from the memo reports what parsing reports, at the same file:line:col', async () => {
  const { dir, out, b } = brokenSeries();
  const inputs = inputsOf(dir);
  const plain = buildLedger([dir], inputs);
  const line =
    fs
      .readFileSync(b, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('total: 270')) + 1;
  expect(plain.diagnostics).toEqual([expect.objectContaining({ code: 'JB250', file: b, line, col: 10 })]);
  expect(plain.stopped).toEqual(new Set([b]));

  const cold = await buildLedgerInThread([dir], inputs, undefined, { outDir: out });
  expect(cold.parsed).toHaveLength(2);
  saveLedgerMemo(cold.memo);
  expect(fs.existsSync(path.join(out, LEDGER_MEMO_FILE))).toBe(true);
  // The thread hashes the same code again, so its second run finds every record; this thread
  // finds them too. Only b.yaml is parsed, and only because the break there needs its position.
  const againInThread = await buildLedgerInThread([dir], inputs, undefined, { outDir: out });
  const here = await readBuildLedger([dir], inputs, { outDir: out });
  for (const warm of [againInThread, here]) {
    expect(warm.parsed).toEqual([b]);
    expect(outcome(warm)).toEqual(outcome(plain));
    expect(warm.memo).toBeNull(); // nothing new: the memo is not rewritten
  }
  expect(outcome(cold)).toEqual(outcome(plain));
});

test('build --force does not trust the memo: every issue parsed, the same report, the memo renewed', async () => {
  const { dir, out } = brokenSeries();
  saveLedgerMemo((await buildLedgerInThread([dir], inputsOf(dir), undefined, { outDir: out })).memo);
  const forced = await readBuildLedger([dir], inputsOf(dir), { outDir: out, force: true });
  expect(forced.parsed).toHaveLength(2);
  expect(outcome(forced)).toEqual(outcome(buildLedger([dir], inputsOf(dir))));
  expect(forced.memo?.text).toBe(fs.readFileSync(path.join(out, LEDGER_MEMO_FILE), 'utf8'));
});

test('a file the memo knows is not parsed at all when the chain holds there', () => {
  const { dir, out, a } = brokenSeries();
  const code = fakeCode(dir);
  saveLedgerMemo(buildLedger([dir], inputsOf(dir), undefined, LedgerMemo.load(out, undefined, code)).memo);
  const warm = buildLedgerFromMemo([dir], inputsOf(dir), undefined, LedgerMemo.load(out, undefined, code));
  expect(warm?.parsed).not.toContain(a);
  // A memo that lacks a file cannot give the ledger alone.
  fs.writeFileSync(path.join(dir, 'c.yaml'), fs.readFileSync(a, 'utf8').replace('total: 268', 'total: 271'));
  expect(buildLedgerFromMemo([dir], inputsOf(dir), undefined, LedgerMemo.load(out, undefined, code))).toBeNull();
});

test('an edit of 总期号 that keeps the file size and time is seen', async () => {
  const { dir, out, b } = brokenSeries();
  saveLedgerMemo((await buildLedgerInThread([dir], inputsOf(dir), undefined, { outDir: out })).memo);
  const before = fs.statSync(b);
  fs.writeFileSync(b, fs.readFileSync(b, 'utf8').replace('total: 270', 'total: 269'));
  fs.utimesSync(b, before.atime, before.mtime);
  expect(fs.statSync(b).size).toBe(before.size);
  const after = await readBuildLedger([dir], inputsOf(dir), { outDir: out });
  expect(after.parsed).toEqual([b]);
  expect(after.diagnostics).toEqual([]);
  expect(after.stopped).toEqual(new Set());
  expect(outcome(after)).toEqual(outcome(buildLedger([dir], inputsOf(dir))));
});

test.each([
  ['that is not JSON', () => '{"schema":1,"code":'],
  ['cut short', (text: string) => text.slice(0, text.length / 2)],
  // b.yaml's record says 269, which would hide the break: the checksum refuses it.
  ['with a digit changed', (text: string) => text.replace('"total":270', '"total":269')],
  ['of another format', (text: string) => text.replace('"schema":1', '"schema":0')],
])('a memo %s is ignored: every file parsed, the same report, the memo written afresh', async (_name, damage) => {
  const { dir, out } = brokenSeries();
  saveLedgerMemo((await buildLedgerInThread([dir], inputsOf(dir), undefined, { outDir: out })).memo);
  const file = path.join(out, LEDGER_MEMO_FILE);
  const damaged = damage(fs.readFileSync(file, 'utf8'));
  expect(damaged).not.toBe(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, damaged);
  const run = await readBuildLedger([dir], inputsOf(dir), { outDir: out });
  expect(run.parsed).toHaveLength(2);
  expect(outcome(run)).toEqual(outcome(buildLedger([dir], inputsOf(dir))));
  expect(run.memo).not.toBeNull();
});

test('a memo made by hand, with its checksum right but records of another shape, is not trusted and does not crash', async () => {
  const { dir, out } = brokenSeries();
  saveLedgerMemo((await buildLedgerInThread([dir], inputsOf(dir), undefined, { outDir: out })).memo);
  const file = path.join(out, LEDGER_MEMO_FILE);
  const memo = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    code: unknown;
    records: Record<string, { issue: { date: unknown } }>;
    sum: string;
  };
  for (const record of Object.values(memo.records)) record.issue.date = 20220430;
  memo.sum = crypto
    .createHash('sha256')
    .update(JSON.stringify([memo.code, memo.records]))
    .digest('hex');
  fs.writeFileSync(file, JSON.stringify(memo));
  const run = await readBuildLedger([dir], inputsOf(dir), { outDir: out });
  expect(run.parsed).toHaveLength(2);
  expect(outcome(run)).toEqual(outcome(buildLedger([dir], inputsOf(dir))));
});

test('a memo made by another version, other code or another encoding option is not used', () => {
  const { dir, out } = brokenSeries();
  const inputs = inputsOf(dir);
  const code = fakeCode(dir);
  const parsedWith = (memo: LedgerMemo) => buildLedger([dir], inputs, undefined, memo).parsed.length;
  saveLedgerMemo(buildLedger([dir], inputs, undefined, LedgerMemo.load(out, undefined, code, { version: '0.0.0-other' })).memo);
  expect(parsedWith(LedgerMemo.load(out, undefined, code))).toBe(2);
  saveLedgerMemo(buildLedger([dir], inputs, undefined, LedgerMemo.load(out, undefined, code)).memo);
  expect(parsedWith(LedgerMemo.load(out, undefined, code))).toBe(1); // b.yaml, for its position
  expect(parsedWith(LedgerMemo.load(out, 'utf-8', code))).toBe(2);
  expect(parsedWith(LedgerMemo.load(out, undefined, fakeCode(dir, 'two')))).toBe(2);
});

test('the memo is trusted without the thread only while the code that wrote it is unchanged', () => {
  const { dir, out } = brokenSeries();
  const code = fakeCode(dir, 'same length: A');
  saveLedgerMemo(buildLedger([dir], inputsOf(dir), undefined, LedgerMemo.load(out, undefined, code)).memo);
  expect(LedgerMemo.loadIfCodeHolds(out, undefined)).not.toBeNull();
  fs.writeFileSync(code.files[0], 'same length: B');
  expect(LedgerMemo.loadIfCodeHolds(out, undefined)).toBeNull();
  fs.rmSync(code.files[0]);
  expect(LedgerMemo.loadIfCodeHolds(out, undefined)).toBeNull();
});

test('the memo keeps only the records of the files read, and is rewritten only when that changes', () => {
  const { dir, out, a } = brokenSeries();
  const code = fakeCode(dir);
  const run = (inputs = inputsOf(dir)) => buildLedger([dir], inputs, undefined, LedgerMemo.load(out, undefined, code));
  const first = run();
  saveLedgerMemo(first.memo);
  expect(Object.keys(JSON.parse(first.memo!.text).records)).toHaveLength(2);
  expect(run().memo).toBeNull();
  const fewer = run(inputsOf(dir).filter((i) => i.file === a));
  expect(Object.keys(JSON.parse(fewer.memo!.text).records)).toHaveLength(1);
});

test('build DIR: the second, unchanged run reports the same, and a build that writes nothing leaves no memo behind', async () => {
  const { dir, out } = brokenSeries();
  const args = ['build', dir, '-o', out, '--to', 'docx', '-j', '1'];
  const first = await runCli(args, {}, 'en');
  expect(first.stderr).toContain('JB250');
  expect(fs.existsSync(path.join(out, LEDGER_MEMO_FILE))).toBe(true);
  const second = await runCli(args, {}, 'en');
  expect(second.code).toBe(first.code);
  expect(second.stderr).toBe(first.stderr);
  expect(second.stdout).toMatch(/2 issues: 0 built, 1 skipped, 1 failed/);

  const broken = brokenSeries();
  fs.rmSync(broken.a);
  const none = path.join(broken.dir, 'none');
  fs.writeFileSync(broken.b, 'issue: { number: 1, total: 1, date: "2022-02-30" }\narticles: []\n');
  expect((await runCli(['build', broken.dir, '-o', none], {}, 'en')).code).toBe(1);
  expect(fs.existsSync(none)).toBe(false);
});

const withFifos = process.platform === 'win32' ? test.skip : test;

withFifos(
  'a memo that names a FIFO among its code files is not trusted, and the run does not hang on it (skipped on Windows: no FIFOs)',
  async () => {
    const { dir, out } = brokenSeries();
    const fifo = path.join(dir, 'code.fifo');
    execFileSync('mkfifo', [fifo]);
    saveLedgerMemo((await buildLedgerInThread([dir], inputsOf(dir), undefined, { outDir: out })).memo);
    const file = path.join(out, LEDGER_MEMO_FILE);
    const memo = JSON.parse(fs.readFileSync(file, 'utf8')) as { code: { files: string[] }; records: unknown; sum: string };
    memo.code.files.push(fifo);
    memo.sum = crypto
      .createHash('sha256')
      .update(JSON.stringify([memo.code, memo.records]))
      .digest('hex');
    fs.writeFileSync(file, JSON.stringify(memo));
    expect(LedgerMemo.loadIfCodeHolds(out, undefined)).toBeNull();
  },
);
