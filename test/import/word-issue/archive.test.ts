// The archivist's run: `jianbao import 往期/*.docx -o 2019/` — a progress line per file, a summary,
// a failed file named and counted without stopping the others — then `jianbao build 2019/` builds
// the imported issues as one series. A whole issue is refused by --to (JB187), as for text.
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../../helpers/run-cli';
import { ownDocx, tmp } from './round-trip-helpers';

const ROOT = path.join(__dirname, '..', '..', '..');
const SAMPLE = path.join(ROOT, 'samples', 'wenzhou-kexie-2022-04.yaml');

/** The sample as issue `n` of 2022 (总第 265+n, dated the 28th of month n), its DOCX in `dir`. */
async function backIssue(dir: string, n: number): Promise<string> {
  const src = path.join(dir, 'src');
  fs.mkdirSync(src, { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'samples', 'jianbao.config.yaml'), path.join(src, 'jianbao.config.yaml'));
  const yaml = fs
    .readFileSync(SAMPLE, 'utf8')
    .replace(/^ {2}number: 4\b.*$/m, `  number: ${n}`)
    .replace(/^ {2}total: 269\b.*$/m, `  total: ${265 + n}`)
    .replace(/^ {2}date: "2022-04-30".*$/m, `  date: "2022-0${n}-28"`);
  const file = path.join(src, `2022-0${n}.yaml`);
  fs.writeFileSync(file, yaml);
  const docx = await ownDocx(file);
  const out = path.join(dir, '往期', `温州科协信息 2022年第${n}期.docx`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, docx!);
  return out;
}

test('a folder of back issues: a line per file, a summary, then the imported folder builds as one series', async () => {
  const dir = tmp();
  const files = [await backIssue(dir, 3), await backIssue(dir, 1), await backIssue(dir, 2)];
  const broken = path.join(dir, '往期', '损坏.docx');
  fs.writeFileSync(broken, 'not a zip');
  const out = path.join(dir, '2019');
  const run = await runCli(['import', ...files, broken, '-o', out]);
  const lines = run.stdout.trim().split('\n');
  expect(lines).toHaveLength(5);
  lines.slice(0, 3).forEach((l, k) => expect(l).toMatch(new RegExp(`^\\[${k + 1}/4\\] .*：整期，9 篇文章，14 条简讯`)));
  expect(lines[3]).toMatch(/^\[4\/4\] .*损坏\.docx：未导入（原因见下方）$/);
  expect(lines[4]).toMatch(/^共 4 个文件：整期 3，单篇 0，简讯 0，失败 1，用时 [\d.]+ 秒$/);
  expect(run.stderr).toMatch(/损坏\.docx: 错误 JB166/);
  expect(run.code).not.toBe(0);
  expect(fs.readdirSync(out).sort()).toEqual([
    '温州科协信息 2022年第1期.yaml',
    '温州科协信息 2022年第2期.yaml',
    '温州科协信息 2022年第3期.yaml',
  ]);

  const built = await runCli(['build', out, '-o', path.join(dir, 'pdf'), '--to', 'docx']);
  expect(built.stderr).not.toMatch(/错误 JB/);
  expect(built.code).toBe(0);
  expect(built.stdout).toMatch(/共 3 期：生成 3，跳过 0，失败 0/);
  // The 期号 chain is read from the imported numbers: no gap or repeat is reported.
  expect(built.stderr).not.toMatch(/JB25\d|JB27\d/);
}, 60_000);

test('one file prints no counter and no summary', async () => {
  const dir = tmp();
  const file = await backIssue(dir, 1);
  const run = await runCli(['import', file, '-o', path.join(dir, 'out')]);
  expect(run.stdout.trim().split('\n')).toHaveLength(1);
  expect(run.stdout).not.toMatch(/^\[|共 1 个文件/);
});

test('a whole Word issue cannot be added to another issue (--to, add article --from): JB187', async () => {
  const dir = tmp();
  const file = await backIssue(dir, 1);
  const target = path.join(dir, 'target.yaml');
  fs.copyFileSync(SAMPLE, target);
  const before = fs.readFileSync(target, 'utf8');
  const run = await runCli(['import', file, '--to', target]);
  expect(run.code).not.toBe(0);
  expect(run.stderr).toMatch(/JB187 这是一整期简报/);
  const add = await runCli(['add', 'article', target, '--from', file]);
  expect(add.stderr).toMatch(/JB187/);
  expect(fs.readFileSync(target, 'utf8')).toBe(before);
});
