// `jianbao toc` over a series folder: an issue `new` wrote and nobody has filled in yet still
// holds the skeleton's 示例标题（请替换）. Its stand-in is no title: it is left out of what is
// printed (stdout is pasted into a post or an email as it is), and stderr says so at its line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const issue = (n: number, titles: string[]) =>
  [
    'publication: { name: 温州科协信息, editor: 温州市科学技术协会编 }',
    `issue: { number: ${n}, total: ${264 + n}, date: "2022-0${n}-28" }`,
    'articles:',
    ...titles.flatMap((t) => [`  - title: ${t}`, '    source: 市科协办公室', '    body: |', '      正文。']),
    '',
  ].join('\n');

function series(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-toc-'));
  fs.writeFileSync(path.join(dir, '2022-04.yaml'), issue(4, ['全市科协主席会议召开', '市科协召开党组会']));
  fs.writeFileSync(path.join(dir, '2022-05.yaml'), issue(5, ['示例标题（请替换）']));
  fs.writeFileSync(path.join(dir, '2022-06.yaml'), issue(6, ['科普讲座走进罗阳镇', '示例标题（请替换）']));
  return dir;
}

describe('toc of a series folder with issues not filled in yet', () => {
  it('text: the stand-in titles are not listed, an issue with none of its own is left out, each said once', async () => {
    const run = await runCli(['toc', series()]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('示例标题');
    expect(run.stdout).toContain('2022-04.yaml（温州科协信息 第 4 期）');
    expect(run.stdout).not.toContain('2022-05.yaml');
    expect(run.stdout).toContain('2022-06.yaml（温州科协信息 第 6 期）\n本 期 要 目\n\n科普讲座走进罗阳镇\n');
    expect(run.stderr).toMatch(/2022-05\.yaml:4:12: 警告 JB335 .*“示例标题（请替换）”.*整期未列出/);
    expect(run.stderr).toMatch(/2022-06\.yaml:8:12: 警告 JB335 .*“示例标题（请替换）”.*未列入本期要目/);
    expect(run.stderr).not.toMatch(/2022-06\.yaml.*整期未列出/);
    expect(run.stderr.match(/JB335/g)).toHaveLength(2);
  });

  it('json and markdown leave them out the same way; English says so with --lang en', async () => {
    const dir = series();
    const json = await runCli(['toc', dir, '--format', 'json']);
    const listed = JSON.parse(json.stdout) as Array<{ file: string; toc: string[] }>;
    expect(listed.map((i) => path.basename(i.file))).toEqual(['2022-04.yaml', '2022-06.yaml']);
    expect(listed[1].toc).toEqual(['科普讲座走进罗阳镇']);
    expect(json.stderr).toContain('JB335');
    const md = await runCli(['toc', dir, '--format', 'markdown']);
    expect(md.stdout).not.toContain('示例标题');
    const en = await runCli(['toc', dir, '--lang', 'en'], {}, 'en');
    expect(en.stderr).toMatch(/warning JB335 .*placeholder.*not listed/);
  });

  it('one unfilled issue named alone: nothing on stdout, the warning, exit 0', async () => {
    const run = await runCli(['toc', path.join(series(), '2022-05.yaml')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('JB335');
  });
});
