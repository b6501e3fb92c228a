// A terminal gets a readable report however many problems a file has: at most MAX_PER_FILE
// entries per file and then a count of the rest, and a warning code repeated in one file as one
// line with its count and first positions. --verbose and --format json give every problem.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { diag } from '../../src/diagnostics/make';
import { jsonTextChunks, toGithubAnnotations } from '../../src/diagnostics/report-machine';
import { formatDiagnosticsText, GROUP_FROM, MAX_PER_FILE, summaryLine } from '../../src/diagnostics/report-text';
import { captureIO } from '../lint/capture-io';

const ROOT = path.join(__dirname, '..', '..');
const FEATURE = path.join('samples', 'feature-page-2021-06.yaml');
beforeAll(() => process.chdir(ROOT));

const unknownKeys = (file: string, n: number) =>
  Array.from({ length: n }, (_, i) => diag('JB203', file, { line: i + 1, col: 1 }, { key: `k${i}`, allowed: 'issue' }));
const halfWidth = (file: string, n: number) =>
  Array.from({ length: n }, (_, i) => diag('JB301', file, { line: 10 + i, col: 3 }, { mark: ',', fullWidth: '，', context: 'x' }));
const headLines = (text: string) => text.split('\n').filter((l) => /^\S.*: (错误|警告|error|warning) JB\d{3} /.test(l));

test(`at most ${MAX_PER_FILE} problems per file, then how many were left out (zh and en)`, () => {
  const all = [...unknownKeys('a.yaml', 120), ...unknownKeys('b.yaml', 3)];
  const zh = formatDiagnosticsText(all, { lang: 'zh' });
  expect(headLines(zh).filter((l) => l.startsWith('a.yaml:'))).toHaveLength(MAX_PER_FILE);
  expect(headLines(zh).filter((l) => l.startsWith('b.yaml:'))).toHaveLength(3);
  expect(zh.split('\n')).toContain('a.yaml: …还有 70 个问题未显示（加 --verbose 查看全部）');
  expect(zh).not.toContain('b.yaml: …');
  const en = formatDiagnosticsText(all, { lang: 'en' });
  expect(en.split('\n')).toContain('a.yaml: … 70 more problem(s) not shown (add --verbose to see all)');
  // The summary still counts every problem.
  expect(summaryLine(all, 'zh')).toBe('123 个错误，0 个警告');
});

test(`a warning code seen ${GROUP_FROM}+ times in a file is one line with the count and first positions`, () => {
  const all = [...halfWidth('a.yaml', 12), ...halfWidth('b.yaml', GROUP_FROM - 1)];
  const zh = formatDiagnosticsText(all, { lang: 'zh' });
  const a = headLines(zh).filter((l) => l.startsWith('a.yaml:'));
  expect(a).toHaveLength(1);
  expect(a[0]).toMatch(/^a\.yaml:10:3: 警告 JB301 .*（本文件共 12 处，位置 10:3、11:3、12:3、13:3、14:3 等；加 --verbose 逐条显示）$/);
  expect(headLines(zh).filter((l) => l.startsWith('b.yaml:'))).toHaveLength(GROUP_FROM - 1);
  const en = headLines(formatDiagnosticsText(all, { lang: 'en' }));
  expect(en[0]).toMatch(/ \(12 in this file, at 10:3, 11:3, 12:3, 13:3, 14:3, …; --verbose lists each\)$/);
});

test('errors are never grouped; verbose prints every problem on its own', () => {
  const all = [...unknownKeys('a.yaml', 120), ...halfWidth('a.yaml', 12)];
  expect(headLines(formatDiagnosticsText(unknownKeys('a.yaml', 8), { lang: 'en' }))).toHaveLength(8);
  const verbose = formatDiagnosticsText(all, { lang: 'zh', verbose: true });
  expect(headLines(verbose)).toHaveLength(132);
  expect(verbose).not.toContain('未显示');
  expect(verbose).not.toContain('本文件共');
});

describe('through the CLI, on the shipped feature sample (218 half-width warnings)', () => {
  const jb301Lines = (text: string) => headLines(text).filter((l) => l.includes(' JB301 '));

  test('check prints them as one line per mark, the counts adding up, with the full count in the summary', async () => {
    const io = captureIO('zh');
    expect(await main(['check', FEATURE], io)).toBe(0);
    const text = io.err.join('\n');
    const lines = jb301Lines(text);
    // A grouped line per mark; a mark seen fewer than GROUP_FROM times keeps its own lines.
    const grouped = lines.filter((l) => l.includes('本文件共')).map((l) => /半角标点“([^”]+)”/.exec(l)?.[1]);
    expect(new Set(grouped).size).toBe(grouped.length);
    expect(grouped).toEqual(expect.arrayContaining([',', '( )']));
    const counts = lines.map((l) => Number(/本文件共 (\d+) 处/.exec(l)?.[1] ?? 1));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(218);
    expect(text).toMatch(/0 个错误，218 个警告$/);
  });

  test('--verbose prints each of them', async () => {
    const io = captureIO('en');
    expect(await main(['check', '--verbose', FEATURE], io)).toBe(0);
    expect(jb301Lines(io.err.join('\n'))).toHaveLength(218);
  });

  test('--format json gives every one', async () => {
    const io = captureIO('en');
    expect(await main(['check', '--format', 'json', FEATURE], io)).toBe(0);
    expect(JSON.parse(io.out.join('')).filter((d: { code: string }) => d.code === 'JB301')).toHaveLength(218);
  });
});

test('a file with 2,000 unknown keys prints 50 of them and the count of the rest', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-bounded-'));
  const sample = path.join(ROOT, 'samples', 'wenzhou-kexie-2022-04.yaml');
  fs.copyFileSync(path.join(ROOT, 'samples', 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  const file = path.join(dir, 'keys.yaml');
  fs.writeFileSync(
    file,
    `${fs.readFileSync(sample, 'utf8').trimEnd()}\n${Array.from({ length: 2000 }, (_, i) => `k${i}: ${i}`).join('\n')}\n`,
  );
  const io = captureIO('zh');
  expect(await main(['check', file], io)).toBe(1);
  const text = io.err.join('\n');
  expect(headLines(text).filter((l) => l.includes(' JB203 '))).toHaveLength(MAX_PER_FILE);
  expect(text).toContain(`${file}: …还有 1950 个问题未显示（加 --verbose 查看全部）`);
  expect(text).toMatch(/2000 个错误，\d+ 个警告$/);
});

test('a grouped warning from a Word file names paragraphs, never 0:0 (a .docx has no lines)', () => {
  const soft = (n: number, withNo: boolean) =>
    Array.from({ length: n }, (_, i) => diag('JB177', 'a.docx', null, { ...(withNo ? { no: 3 + 2 * i } : {}), input: 'x' }));
  const zh = headLines(formatDiagnosticsText(soft(6, true), { lang: 'zh' }));
  expect(zh).toHaveLength(1);
  expect(zh[0]).not.toContain('0:0');
  expect(zh[0]).toMatch(/（本文件共 6 处，位置 第 3 段、第 5 段、第 7 段、第 9 段、第 11 段 等；加 --verbose 逐条显示）$/);
  const en = headLines(formatDiagnosticsText(soft(6, true), { lang: 'en' }));
  expect(en[0]).toMatch(/ \(6 in this file, at ¶3, ¶5, ¶7, ¶9, ¶11, …; --verbose lists each\)$/);
  // No position and no paragraph number: the count alone.
  const bare = headLines(formatDiagnosticsText(soft(5, false), { lang: 'zh' }));
  expect(bare[0]).toMatch(/（本文件共 5 处；加 --verbose 逐条显示）$/);
});

test('--format json prints thousands of problems in pieces that read back as one pretty-printed array', () => {
  const all = [...halfWidth('b.yaml', 2500), ...unknownKeys('a.yaml', 2)];
  const chunks = [...jsonTextChunks(all, 'zh', 1000)];
  // Pieces of at most 1,000 entries, each ending a line, so a line-wise writer adds nothing.
  expect(chunks).toHaveLength(3);
  for (const chunk of chunks) expect(chunk.endsWith('\n')).toBe(true);
  const text = chunks.join('');
  const parsed = JSON.parse(text) as { code: string; file: string; line: number }[];
  expect(text).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
  expect(parsed).toHaveLength(2502);
  // Sorted as the text report is: the errors first.
  expect(parsed.slice(0, 2).map((d) => d.code)).toEqual(['JB203', 'JB203']);
  expect(parsed[2]).toMatchObject({ code: 'JB301', file: 'b.yaml', line: 10 });
  expect([...jsonTextChunks([], 'zh')]).toEqual(['[]\n']);
});

test(`--format github gives at most ${MAX_PER_FILE} annotations per file and a notice of the rest; --verbose all`, () => {
  const all = [...halfWidth('a.yaml', 120), ...unknownKeys('b.yaml', 3)];
  const lines = toGithubAnnotations(all, 'zh').split('\n');
  const of = (file: string) => lines.filter((l) => l.includes(`file=${file}`));
  expect(of('a.yaml').filter((l) => l.startsWith('::warning '))).toHaveLength(MAX_PER_FILE);
  expect(of('a.yaml').filter((l) => l.startsWith('::notice '))).toEqual([
    '::notice file=a.yaml::a.yaml: …还有 70 个问题未显示（加 --verbose 查看全部）',
  ]);
  expect(of('b.yaml')).toHaveLength(3);
  expect(of('b.yaml').every((l) => l.startsWith('::error '))).toBe(true);
  const every = toGithubAnnotations(all, 'en', { verbose: true }).split('\n');
  expect(every).toHaveLength(123);
  expect(every.some((l) => l.startsWith('::notice'))).toBe(false);
});

test('a grouped line names what each of its problems names: different characters are not one group', () => {
  const at = (line: number, codepoint: string, nameZh: string) =>
    diag('JB317', 'c.yaml', { line, col: 1 }, { codepoint, nameZh, nameEn: nameZh });
  const invisible = [...[1, 2, 3, 4].map((l) => at(l, 'U+200B', '零宽空格')), at(5, 'U+00AD', '软连字符'), at(6, 'U+FEFF', '字节顺序标记')];
  const lines = headLines(formatDiagnosticsText(invisible, { lang: 'zh' }));
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(/零宽空格（U\+200B）（本文件共 4 处/);
  expect(lines.slice(1).some((l) => l.includes('软连字符（U+00AD）') && !l.includes('本文件共'))).toBe(true);
  // Half-width marks likewise: the group of commas does not speak for a semicolon.
  const marks = [...halfWidth('d.yaml', 5), diag('JB301', 'd.yaml', { line: 40, col: 3 }, { char: ';', replacement: '；', input: 'x' })];
  expect(headLines(formatDiagnosticsText(marks, { lang: 'zh' }))).toHaveLength(2);
});
