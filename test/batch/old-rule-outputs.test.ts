// Outputs of the same issues left by the earlier output rule, which wrote out/ in the working
// folder (`cd 2022 && jianbao build .` → 2022/out/2022-04.pdf): now that build writes out/ in the
// series folder, they are named once per build (JB336, a warning), and never deleted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

let cwd: string;
beforeEach(() => (cwd = process.cwd()));
afterEach(() => process.chdir(cwd));

/** A series with 2022/2022-04.yaml and the outputs the old rule wrote for it in 2022/out/. */
function seriesWithOldOutputs(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jb-oldrule-')));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  fs.mkdirSync(path.join(dir, '2022', 'out'), { recursive: true });
  const issue = [
    'issue: { number: 4, total: 269, date: "2022-04-30" }',
    'articles:',
    '  - title: 标题',
    '    source: 市科协',
    '    body: 正文。',
    '',
  ];
  fs.writeFileSync(path.join(dir, '2022', '2022-04.yaml'), issue.join('\n'));
  fs.writeFileSync(path.join(dir, '2022', 'out', '2022-04.pdf'), 'an old PDF');
  fs.writeFileSync(path.join(dir, '2022', 'out', '2022-04.docx'), 'an old DOCX');
  return dir;
}

test('build . in the series folder names the old outputs once, keeps them, and says nothing once they are gone', async () => {
  const dir = seriesWithOldOutputs();
  process.chdir(dir);
  const run = await runCli(['build', '.', '--to', 'docx', '-j', '1']);
  expect(run.code).toBe(0);
  expect(fs.existsSync(path.join('out', '2022', '2022-04.docx'))).toBe(true);
  const old = path.join('2022', 'out', '2022-04.pdf');
  expect(run.stderr).toContain(`警告 JB336 1 期还有按旧规则生成的输出，如 ${old}`);
  expect(run.stderr).toContain(`现在输出到 out`);
  expect(run.stderr.match(/JB336/g)).toHaveLength(1);
  expect(fs.readFileSync(old, 'utf8')).toBe('an old PDF');
  expect(fs.readFileSync(path.join('2022', 'out', '2022-04.docx'), 'utf8')).toBe('an old DOCX');

  // From inside the year folder, where the old rule wrote them: the same notice.
  process.chdir('2022');
  const inside = await runCli(['build', '2022-04.yaml', '--to', 'docx', '-j', '1']);
  expect(inside.stderr).toContain(`JB336 1 期还有按旧规则生成的输出，如 ${path.join('out', '2022-04.pdf')}`);
  expect(inside.stderr).toContain(`现在输出到 ${path.join('..', 'out')}`);

  process.chdir(dir);
  fs.rmSync(path.join('2022', 'out'), { recursive: true });
  const after = await runCli(['build', '.', '--to', 'docx', '-j', '1']);
  expect(after.stderr).not.toContain('JB336');
});

test('-o elsewhere or output.dir in the config: the old rule is not in question, nothing is said', async () => {
  const dir = seriesWithOldOutputs();
  process.chdir(dir);
  const run = await runCli(['build', '.', '--to', 'docx', '-j', '1', '-o', 'elsewhere']);
  expect(run.code).toBe(0);
  expect(run.stderr).not.toContain('JB336');
  const en = await runCli(['build', '.', '--to', 'docx', '-j', '1', '--lang', 'en'], {}, 'en');
  expect(en.stderr).toMatch(/warning JB336 .*old output rule/);
});
