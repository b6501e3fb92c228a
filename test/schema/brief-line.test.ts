// A 简讯 typed as one line (`- 2月3日，市科协召开会议。（市科协）`): JB202 shows it as date, text and
// source, and `check --fix` rewrites it into them when the line splits certainly, so the brief
// prints exactly the line the editor typed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { briefParts } from '../../src/schema/brief-line';
import { captureIO } from '../lint/capture-io';

describe('briefParts', () => {
  it('splits a line the template prints back unchanged', () => {
    expect(briefParts('2月3日，市科协召开会议。（市科协）')).toEqual({ date: '2月3日', text: '市科协召开会议。', source: '市科协' });
    expect(briefParts('4月7日-8日，市科协举办第十一期“农技云培训”（市科协科普部）')).toEqual({
      date: '4月7日-8日',
      text: '市科协举办第十一期“农技云培训”',
      source: '市科协科普部',
    });
    expect(briefParts('4月9日，市科协组织专家开展考核工作')).toEqual({ date: '4月9日', text: '市科协组织专家开展考核工作' });
  });

  it('gives up where the split is not certain', () => {
    expect(briefParts('市科协召开会议，部署工作（市科协）')).toBeNull(); // no date first
    expect(briefParts('2月3日 市科协召开会议（市科协）')).toBeNull(); // no ， after the date
    expect(briefParts('2月3日，')).toBeNull(); // no text
  });
});

describe('check on one-line briefs', () => {
  const issue = (briefs: string[]) =>
    [
      'publication: { name: 测试简报, editor: 测试单位编 }',
      'issue: { number: 2, total: 290, date: "2024-02-29" }',
      'articles:',
      '  - { title: 市科协召开会议, source: 市科协办公室, body: 会上。 }',
      'briefs:',
      ...briefs.map((b) => `  - ${b}`),
      '',
    ].join('\n');
  const write = (text: string) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jb-brief-line-')), 'issue.yaml');
    fs.writeFileSync(file, text);
    return file;
  };

  it('JB202 shows the three keys, from the editor’s own line, and offers --fix', async () => {
    const io = captureIO('zh');
    expect(await main(['check', write(issue(['2月3日，市科协召开会议。（市科协）']))], io)).toBe(1);
    expect(io.err.join('')).toContain('JB202');
    expect(io.err.join('')).toContain('例如：date: 2月3日、text: 市科协召开会议。、source: 市科协（jianbao check --fix 可自动改）');
  });

  it('--fix rewrites the briefs it can split and leaves the others, each with its error', async () => {
    const file = write(issue(['2月3日，市科协召开会议。（市科协）', '市科协召开会议，部署工作']));
    await main(['check', '--fix', file], captureIO());
    const after = fs.readFileSync(file, 'utf8');
    expect(after).toContain('  - { date: "2月3日", text: "市科协召开会议。", source: "市科协" }');
    expect(after).toContain('  - 市科协召开会议，部署工作');
    const io = captureIO('en');
    expect(await main(['check', '--format', 'json', file], io)).toBe(1);
    const left = JSON.parse(io.out.join('')) as Array<{ code: string; line: number }>;
    expect(left.map((d) => [d.code, d.line])).toEqual([['JB202', 7]]);
  });
});
