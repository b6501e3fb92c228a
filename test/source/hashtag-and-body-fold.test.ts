// Found by a new-user trial: a title that starts with a hashtag became an empty value (YAML read
// all of it as a comment), a body written without `|` had its lines joined into one paragraph,
// and a ` #` comment inside a title cut the printed title short with exit 0. Each is an error now.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const HEAD =
  'publication:\n  name: 温州科协信息\n  editor: 温州市科学技术协会编\nissue:\n  number: 4\n  total: 269\n  date: "2022-04-30"\n';
function issue(articles: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-traps2-'));
  const file = path.join(dir, 'issue.yaml');
  fs.writeFileSync(file, `${HEAD}articles:\n${articles}`);
  return file;
}

test('a title starting with #话题#: JB117 at the #, and check --fix quotes it', async () => {
  const file = issue('  - title: #话题# 科普进万家活动启动\n    source: 市科协科普部\n    body: |\n      正文。\n');
  const check = await runCli(['check', file]);
  console.log(check.stderr);
  expect(check.code).toBe(1);
  expect(check.stderr).toMatch(/issue\.yaml:9:12: 错误 JB117/);
  await runCli(['check', '--fix', file]);
  expect(fs.readFileSync(file, 'utf8')).toContain('  - title: "#话题# 科普进万家活动启动"\n');
  expect((await runCli(['check', file])).code).toBe(0);
});

test('a body over several lines without |: JB118, the build writes nothing', async () => {
  const file = issue('  - title: 市科协召开座谈会\n    source: 市科协办公室\n    body: 第一段。\n      第二段。\n');
  const out = path.join(path.dirname(file), 'out');
  const build = await runCli(['build', file, '-o', out]);
  console.log(build.stderr);
  expect(build.code).toBe(1);
  expect(build.stderr).toContain('JB118');
  expect(fs.existsSync(path.join(out, 'issue.pdf'))).toBe(false);
});

test('a " #" comment that would cut a title short stops the build (JB105 is an error)', async () => {
  const file = issue('  - title: 科普进万家 #话题# 活动启动\n    source: 市科协科普部\n    body: |\n      正文。\n');
  const build = await runCli(['build', file, '-o', path.join(path.dirname(file), 'out')]);
  expect(build.code).toBe(1);
  expect(build.stderr).toMatch(/错误 JB105/);
});
