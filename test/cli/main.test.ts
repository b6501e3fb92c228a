// The command surface: help and version everywhere, usage errors exit 2, input errors exit 1,
// messages in Chinese by default and English with --lang en.
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'wenzhou-kexie-2022-04.yaml');
const SAMPLES = path.dirname(SAMPLE);
const BROKEN = path.join(__dirname, '..', 'fixtures', 'issues', 'four-problems', 'issue.yaml');

test('--version and --help exit 0; help is in Chinese by default', async () => {
  const version = await runCli(['--version']);
  expect(version.code).toBe(0);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the package.json read as data
  expect(version.stdout.trim()).toBe(require('../../package.json').version);
  const help = await runCli(['--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('生成 PDF 和 DOCX');
  for (const cmd of ['build', 'check', 'toc']) {
    const sub = await runCli([cmd, '--help']);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain(`jianbao ${cmd}`);
  }
});

test('English help with --lang en', async () => {
  const help = await runCli(['build', '--help', '--lang', 'en'], {}, 'en');
  expect(help.stdout).toContain('render issues to PDF and DOCX');
});

test('wrong usage exits 2', async () => {
  expect((await runCli(['frobnicate'])).code).toBe(2);
  expect((await runCli(['build'])).code).toBe(2);
  const badFormat = await runCli(['build', SAMPLE, '--to', 'odt']);
  expect(badFormat.code).toBe(2);
  expect(badFormat.stderr).toContain(
    "选项 '--to <formats>' 的取值 'odt' 无效。应为 pdf, docx, html, wechat 中的一种或几种（用逗号分开），例如 pdf,docx",
  );
  // Typst's spelling: pointed to --to, not to --force as commander's nearest match would be.
  for (const command of [
    ['build', SAMPLE],
    ['watch', SAMPLE],
    ['index', SAMPLES, '--year', '2022'],
  ]) {
    const format = await runCli([...command, '--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain(`${command[0]} 的输出格式用 --to 指定，例如 --to pdf`);
    expect(format.stderr).not.toContain('是不是想用');
  }
  // build's --format is the report's (text, json, github), shown in the help.
  expect((await runCli(['build', '--help'])).stdout).toContain('--format <format>');
  // watch checks --to as build does, before it starts watching.
  const watchBadFormat = await runCli(['watch', SAMPLE, '--to', 'odt']);
  expect(watchBadFormat.code).toBe(2);
  expect(watchBadFormat.stderr).toContain(
    "选项 '--to <formats>' 的取值 'odt' 无效。应为 pdf, docx, html, wechat 中的一种或几种（用逗号分开），例如 pdf,docx",
  );
  const badFormatEn = await runCli(['build', SAMPLE, '--to', 'odt'], {}, 'en');
  expect(badFormatEn.stderr).toContain(
    "option '--to <formats>' argument 'odt' is invalid. one or more of pdf, docx, html, wechat, comma-separated, e.g. pdf,docx",
  );
});

test('check: a clean file exits 0; a broken one prints all diagnostics and exits 1', async () => {
  const ok = await runCli(['check', SAMPLE]);
  expect(ok.code).toBe(0);
  const bad = await runCli(['check', BROKEN]);
  expect(bad.code).toBe(1);
  expect(bad.stderr).toMatch(/issue\.yaml:9:5: 错误 JB203 未知字段“sorce”/);
  expect(bad.stderr).toMatch(/4 个错误/);
  const en = await runCli(['check', BROKEN, '--lang', 'en'], {}, 'en');
  expect(en.stderr).toMatch(/issue\.yaml:9:5: error JB203 unknown key "sorce"/);
});

test('check --format json is one array of diagnostics', async () => {
  const run = await runCli(['check', BROKEN, '--format', 'json']);
  const parsed = JSON.parse(run.stdout) as Array<{ code: string; line: number }>;
  expect(parsed.map((d) => d.code).sort()).toEqual(['JB127', 'JB201', 'JB202', 'JB203']);
});

test('a missing file is a diagnostic, not a crash', async () => {
  const run = await runCli(['check', 'no/such/issue.yaml']);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('JB001');
});

test('toc prints the 本期要目 in article order, also as JSON and Markdown', async () => {
  const text = await runCli(['toc', SAMPLE]);
  const lines = text.stdout.trim().split('\n');
  expect(lines[0]).toBe('本 期 要 目');
  expect(lines).toHaveLength(11);
  expect(lines[4]).toBe('市科协召开党组会传达学习贯彻市“两会”精神');
  const json = JSON.parse((await runCli(['toc', SAMPLE, '--format', 'json'])).stdout);
  expect(json.toc).toHaveLength(9);
  expect(json.total).toBe(269);
  const md = await runCli(['toc', SAMPLE, '--format', 'markdown']);
  expect(md.stdout).toContain('- 全市县（市、区）科协主席会议召开');
});
