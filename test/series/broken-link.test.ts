// An issue of a series with a mistake outside its `issue:` block (a YAML slip in an article, a
// missing field) still counts in the ledger: its numbers are read from the intact `issue:` block,
// so the next issue is not accused of a gap (it was: 期号应为 7 at a correct 2024-08 when 2024-07
// had a syntax error in its body, and build did not build it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

function series(breakB: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-brokenlink-'));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  const sample = fs.readFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), 'utf8');
  const month = (n: number, total: number, date: string) =>
    sample
      .replace(/number: 4\b/, `number: ${n}`)
      .replace('total: 269', `total: ${total}`)
      .replace('date: "2022-04-30"', `date: "${date}"`);
  fs.writeFileSync(path.join(dir, 'a.yaml'), month(2, 267, '2022-04-10'));
  fs.writeFileSync(path.join(dir, 'b.yaml'), breakB(month(3, 268, '2022-04-20')));
  fs.writeFileSync(path.join(dir, 'c.yaml'), month(4, 269, '2022-04-30'));
  return dir;
}

const syntaxSlip = (t: string) => t.replace(/^articles:$/m, 'articles: [');
const schemaSlip = (t: string) => t.replace(/^ {4}source: 市科协学会部\n/m, '    sauce: 市科协学会部\n');
const ledgerCodes = /JB25[0-3]/;

test.each([
  ['a YAML syntax error in the body', syntaxSlip],
  ['an unknown key in an article', schemaSlip],
])('check DIR with %s in the middle issue: the issue after it is not accused', async (_, slip) => {
  const dir = series(slip);
  const run = await runCli(['check', '--format', 'json', dir]);
  const found = JSON.parse(run.stdout) as Array<{ code: string; file: string }>;
  expect(found.some((d) => d.file.endsWith('b.yaml') && /^JB[12]\d\d$/.test(d.code))).toBe(true);
  expect(found.filter((d) => ledgerCodes.test(d.code))).toEqual([]);
});

test('build DIR: the issue after a broken one is built', async () => {
  const dir = series(syntaxSlip);
  const out = path.join(dir, 'out');
  const run = await runCli(['build', dir, '-o', out, '--to', 'docx', '-j', '1']);
  expect(run.code).toBe(1);
  expect(run.stderr).not.toMatch(ledgerCodes);
  expect(fs.existsSync(path.join(out, 'c.docx'))).toBe(true);
  expect(run.stdout).toMatch(/共 3 期：生成 2，跳过 0，失败 1/);
});

test('a wrong 总期号 in an issue that also has a body slip is still found', async () => {
  const dir = series((t) => syntaxSlip(t.replace('total: 268', 'total: 278')));
  const run = await runCli(['check', '--format', 'json', dir]);
  const found = JSON.parse(run.stdout) as Array<{ code: string; file: string }>;
  expect(found.filter((d) => ledgerCodes.test(d.code)).map((d) => `${path.basename(d.file)} ${d.code}`)).toEqual(['b.yaml JB250']);
});

test('index DIR: the broken issue stops the index on its own errors, the next one is not accused', async () => {
  const dir = series(syntaxSlip);
  const run = await runCli(['index', dir, '--year', '2022', '-o', path.join(dir, 'out')]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('b.yaml');
  expect(run.stderr).not.toMatch(ledgerCodes);
});
