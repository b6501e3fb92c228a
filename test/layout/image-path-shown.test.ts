// JB502 names a Windows path as the editor typed it (issue #25 item 8), not percent-encoded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

test('JB502 shows C:\\Users\\编辑\\图片.png unencoded, in text and json', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-winpath-'));
  const file = path.join(dir, 'issue.yaml');
  fs.writeFileSync(
    file,
    [
      'publication: { name: 测试简报, editor: 测试单位编 }',
      'issue: { number: 1, total: 1, date: "2022-04-30" }',
      'articles:',
      '  - title: 市科协召开会议',
      '    source: 市科协办公室',
      '    body: |',
      '      4月21日，市科协召开会议。',
      '',
      '      ![会场](C:\\Users\\编辑\\图片1.png)',
      '',
    ].join('\n'),
  );
  const run = await runCli(['check', file]);
  expect(run.stderr).toContain('JB502');
  expect(run.stderr).toContain('C:\\Users\\编辑\\图片1.png');
  expect(run.stderr).not.toContain('%5C');
  const json = await runCli(['check', file, '--format', 'json']);
  expect(json.stdout).not.toContain('%5C');
});
