// jianbao index DIR --year: every article of the year, grouped under its issue in publication
// order, read back from the DOCX paragraphs and the PDF text; other years left out.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { readDocx } from '../helpers/docx-read';
import { readPdf } from '../helpers/pdf-read';
import { runCli } from '../helpers/run-cli';
import { archive, tmpDir } from './helpers';

const { dir, files } = archive(24, 2021);
const out = path.join(tmpDir(), 'out');

/** The paragraphs the index should hold for 2022, from the issue files themselves. */
function expected(): string[] {
  const lines: string[] = [];
  for (const file of files.filter((f) => path.basename(f).startsWith('2022-'))) {
    const data = YAML.parse(fs.readFileSync(file, 'utf8'));
    const [y, m, d] = (data.issue.date as string).split('-').map(Number);
    lines.push(`第 ${data.issue.number} 期（总第 ${data.issue.total} 期）\t${y}年${m}月${d}日`);
    for (const a of data.articles) lines.push(a.toc ?? a.title.replace(/\s*\n\s*/g, ''));
  }
  return lines;
}

beforeAll(async () => {
  const run = await runCli(['index', dir, '--year', '2022', '-o', out]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
});

test('the DOCX lists every 2022 issue in order with each of its articles, and nothing of 2021', () => {
  const paragraphs = readDocx(fs.readFileSync(path.join(out, 'index-2022.docx'))).paragraphs.filter((p) => p.trim());
  expect(paragraphs.slice(0, 2)).toEqual(['温州科协信息', '2022 年度总目录']);
  const body = paragraphs.slice(2);
  expect(body).toEqual(expected());
  expect(body.filter((p) => p.startsWith('第 ')).length).toBe(12);
  expect(body.join('\n')).not.toContain('总第 40 期');
});

test('the PDF holds the same text in the same order', () => {
  const bytes = fs.readFileSync(path.join(out, 'index-2022.pdf'));
  const text = readPdf(bytes)
    .map((p) => p.text)
    .join('')
    .replace(/\s+/g, '');
  let at = 0;
  for (const line of expected()) {
    const i = text.indexOf(line.replace(/\s+/g, ''), at);
    expect([line, i >= 0]).toEqual([line, true]);
    at = i;
  }
  expect(text).toContain('2022年度总目录');
});

test('a year without issues, or a broken issue file, is an error with a hint', async () => {
  const none = await runCli(['index', dir, '--year', '1999', '-o', out, '--lang', 'en'], {}, 'en');
  expect(none.code).toBe(1);
  expect(none.stderr).toMatch(/JB744 no issues of 1999/);
  expect(none.stderr).toContain('hint:');
  fs.writeFileSync(path.join(dir, '2022', 'broken.yaml'), 'issue: [\n');
  const broken = await runCli(['index', dir, '--year', '2022', '-o', path.join(tmpDir(), 'x')]);
  expect(broken.code).toBe(1);
  expect(broken.stderr).toMatch(/broken\.yaml:\d+:\d+/);
  // Said, not only implied by the exit code: no index was written, and which issue kept it back.
  expect(broken.stderr).toMatch(/JB707 未生成 2022 年度总目录：1 期有错误（[^）]*broken\.yaml）/);
  // An index of an earlier run stays but is named as old.
  const kept = await runCli(['index', dir, '--year', '2022', '-o', out]);
  expect(kept.stderr).toMatch(/index-2022\.pdf.*是上次生成的旧文件/);
  fs.rmSync(path.join(dir, '2022', 'broken.yaml'));
});

test('an issue of the year whose 总期号 breaks the chain stops the index: it would print the wrong number', async () => {
  const file = files.find((f) => path.basename(f).startsWith('2022-05'))!;
  const original = fs.readFileSync(file, 'utf8');
  const total = (YAML.parse(original) as { issue: { total: number } }).issue.total;
  fs.writeFileSync(file, original.replace(`total: ${total}`, `total: ${total + 1}`));
  try {
    const target = path.join(tmpDir(), 'wrong');
    const run = await runCli(['index', dir, '--year', '2022', '-o', target]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${path.basename(file)}:`);
    expect(run.stderr).toMatch(new RegExp(`JB25\\d.*${total}`));
    expect(fs.existsSync(path.join(target, 'index-2022.pdf'))).toBe(false);
  } finally {
    fs.writeFileSync(file, original);
  }
});

test('index on a folder named for a year needs no --year; elsewhere its absence is a usage error naming --year', async () => {
  const target = path.join(tmpDir(), 'by-folder');
  const run = await runCli(['index', path.join(dir, '2022'), '-o', target]);
  expect(run.code).toBe(0);
  expect(fs.existsSync(path.join(target, 'index-2022.docx'))).toBe(true);
  const unnamed = await runCli(['index', dir, '-o', path.join(tmpDir(), 'none')]);
  expect(unnamed.code).toBe(2);
  expect(unnamed.stderr).toContain('JB815');
  expect(unnamed.stderr).toContain('--year 2024');
  // The years it found are listed, so the editor can pick one.
  expect(unnamed.stderr).toContain('找到的年份：2021、2022');
});
