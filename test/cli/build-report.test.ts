// `jianbao build --format json`: one JSON document on stdout that parses against the documented
// shape (src/io/build-report.ts), each issue with its status, outputs and own diagnostics in
// check's JSON shape; the progress and the summary on stderr only. `--format github` likewise.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCommand } from '../../src/cli/commands/build';
import { BuildReportShape } from '../../src/io/build-report';
import type { CliIO } from '../../src/io/io';
import { featurePageArchive } from '../helpers/feature-archive';
import { runCli } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
jest.setTimeout(60_000);

/** A series folder with the sample issue as 2022-04.yaml. */
function series(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-report-'));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), path.join(dir, '2022-04.yaml'));
  return dir;
}

const report = (stdout: string) => BuildReportShape.parse(JSON.parse(stdout));

test('a folder: every issue with its outputs; a second run reports them up to date', async () => {
  const dir = series();
  const out = path.join(dir, 'out');
  const first = await runCli(['build', dir, '-o', out, '--to', 'docx', '--format', 'json']);
  expect(first.code).toBe(0);
  const built = report(first.stdout);
  expect(built.exitCode).toBe(0);
  expect(built.counts).toEqual({ total: 1, built: 1, upToDate: 0, failed: 0, notStarted: 0 });
  expect(built.issues).toHaveLength(1);
  expect(built.issues[0]).toMatchObject({ input: path.join(dir, '2022-04.yaml'), name: '2022-04', status: 'built', ok: true });
  expect(built.issues[0].outputs).toEqual([path.join(out, '2022-04.docx')]);
  expect(fs.existsSync(built.issues[0].outputs[0])).toBe(true);
  // The human lines went to stderr.
  expect(first.stderr).toMatch(/\[1\/1\] 已生成 2022-04/);
  expect(first.stderr).toMatch(/共 1 期：生成 1/);

  const second = report((await runCli(['build', dir, '-o', out, '--to', 'docx', '--format', 'json'])).stdout);
  expect(second.issues[0]).toMatchObject({ status: 'up-to-date', ok: true, outputs: [] });
  expect(second.counts.upToDate).toBe(1);
});

test('a broken issue: failed, with its diagnostics in check’s shape; exit 1 in the report too', async () => {
  const dir = series();
  const text = fs.readFileSync(path.join(dir, '2022-04.yaml'), 'utf8');
  fs.writeFileSync(path.join(dir, '2022-05.yaml'), text.replace('articles:', 'articles: ['));
  const run = await runCli(['build', dir, '-o', path.join(dir, 'out'), '--to', 'docx', '--format', 'json', '--lang', 'en'], {}, 'en');
  expect(run.code).toBe(1);
  const parsed = report(run.stdout);
  expect(parsed.exitCode).toBe(1);
  const broken = parsed.issues.find((i) => i.name === '2022-05');
  expect(broken).toMatchObject({ ok: false, outputs: [] });
  expect(['failed', 'stopped']).toContain(broken?.status);
  expect(broken?.diagnostics.some((d) => d.severity === 'error' && d.file === path.join(dir, '2022-05.yaml') && d.line > 0)).toBe(true);
  expect(run.stdout).not.toContain('[1/');
});

test('an issue the series ledger holds back: stopped, with the ledger’s error in it', async () => {
  const dir = series();
  const text = fs.readFileSync(path.join(dir, '2022-04.yaml'), 'utf8');
  // The next issue, but its 总期号 skips one.
  const next = text
    .replace('  number: 4 ', '  number: 5 ')
    .replace('  total: 269 ', '  total: 271 ')
    .replace('  date: "2022-04-30"', '  date: "2022-05-31"');
  expect(next).not.toBe(text);
  fs.writeFileSync(path.join(dir, '2022-05.yaml'), next);
  const run = await runCli(['build', dir, '-o', path.join(dir, 'out'), '--to', 'docx', '--format', 'json']);
  expect(run.code).toBe(1);
  const parsed = report(run.stdout);
  expect(parsed.issues.map((i) => [i.name, i.status])).toEqual([
    ['2022-04', 'built'],
    ['2022-05', 'stopped'],
  ]);
  expect(parsed.issues[1].diagnostics.map((d) => d.code)).toContain('JB250');
  expect(parsed.counts).toMatchObject({ total: 2, built: 1, failed: 1 });
});

test('stopped by SIGTERM after the first issue: 143, the rest not started, still one report', async () => {
  const dir = featurePageArchive('jb-report-stop-');
  const stop = new AbortController();
  let stdout = '';
  const io: CliIO = {
    stdout: (t) => (stdout += t),
    // The progress is on stderr: the first issue's line stops the run.
    stderr: (t) => (t.startsWith('[') ? stop.abort('SIGTERM') : undefined),
    env: {},
    lang: 'en',
  };
  const code = await buildCommand(io, [dir], { out: path.join(dir, 'out'), to: ['docx'], jobs: 1, format: 'json' }, stop.signal);
  expect(code).toBe(143);
  const parsed = report(stdout);
  expect(parsed.exitCode).toBe(143);
  expect(parsed.issues.map((i) => i.status)).toContain('not-started');
  expect(parsed.counts.notStarted).toBeGreaterThan(0);
  expect(parsed.counts.built + parsed.counts.notStarted).toBe(4);
});

test('-o naming a file: exit 2, and still one report on stdout', async () => {
  const dir = series();
  const file = path.join(dir, 'not-a-folder');
  fs.writeFileSync(file, '');
  const run = await runCli(['build', dir, '-o', file, '--format', 'json']);
  expect(run.code).toBe(2);
  const parsed = report(run.stdout);
  expect(parsed).toMatchObject({ exitCode: 2, issues: [] });
  expect(parsed.diagnostics.map((d) => d.code)).toEqual(['JB705']);
});

test('--format github: annotations only on stdout, progress on stderr', async () => {
  const dir = series();
  fs.writeFileSync(path.join(dir, '2022-05.yaml'), '{');
  const run = await runCli(['build', dir, '-o', path.join(dir, 'out'), '--to', 'docx', '--format', 'github']);
  expect(run.code).toBe(1);
  const lines = run.stdout.trim().split('\n');
  expect(lines.some((line) => line.startsWith(`::error file=${path.join(dir, '2022-05.yaml')}`))).toBe(true);
  for (const line of lines) expect(line).toMatch(/^::(warning|error) file=/);
  expect(run.stderr).toMatch(/\] 已生成 2022-04/);
});

test('a wrong --format: the choices, exit 2; an output format there points to --to', async () => {
  const dir = series();
  const xml = await runCli(['build', dir, '--format', 'xml']);
  expect(xml.code).toBe(2);
  expect(xml.stderr).toContain('可选：text, json, github');
  const pdf = await runCli(['build', dir, '--format', 'pdf,docx']);
  expect(pdf.code).toBe(2);
  expect(pdf.stderr).toContain('build 的输出格式用 --to 指定');
});
