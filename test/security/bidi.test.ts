// Issue #26 item 12: bidi control characters are a lint warning (JB009) that --fix removes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const HEAD = 'publication: { name: 测试简报, editor: 测试单位编 }\nissue: { number: 1, total: 1, date: "2022-04-30" }\n';

function issueWith(title: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-bidi-'));
  const file = path.join(dir, 'issue.yaml');
  fs.writeFileSync(file, `${HEAD}articles:\n  - title: ${title}\n    body: 正文。\n`);
  return file;
}

describe('bidi controls', () => {
  it('warns JB009 at the character in a title', async () => {
    const file = issueWith('市科协\u202e召开会议');
    const run = await runCli(['check', file, '--format', 'json']);
    const found = (JSON.parse(run.stdout) as Array<{ code: string; severity: string; line: number; col: number }>).filter(
      (d) => d.code === 'JB009',
    );
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', line: 4, col: 15 })]);
  });

  it('check --fix removes them and nothing else', async () => {
    const file = issueWith('市科协\u202e召开\u2066会议');
    const run = await runCli(['check', '--fix', file]);
    expect(run.stderr).not.toContain('JB009');
    expect(fs.readFileSync(file, 'utf8')).toBe(`${HEAD}articles:\n  - title: 市科协召开会议\n    body: 正文。\n`);
  });
});
