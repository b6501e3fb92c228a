// After a failed issue its outputs from an earlier build stay in out/ (nothing is deleted), and
// the run says so: on the progress line, in the summary and as a diagnostic (JB706).
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';
import { archive } from './helpers';

test('an issue built before that now fails: its old PDF/DOCX are named as left from the earlier build', async () => {
  const { dir, files } = archive(2);
  const out = path.join(dir, 'out');
  const first = await runCli(['build', dir, '--jobs', '1']);
  expect(first.code).toBe(0);
  const [, second] = files;
  const stem = path.relative(dir, second).replace(/\.yaml$/, '');
  const pdf = path.join(out, `${stem}.pdf`);
  const before = fs.readFileSync(pdf);

  // 𠮷 has no glyph in the bundled fonts (JB604): the issue fails.
  fs.writeFileSync(
    second,
    fs.readFileSync(second, 'utf8').replace(/body: \|\n(\s+)/, (m) => `${m}𠮷`),
  );
  const run = await runCli(['build', dir, '--jobs', '1']);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('JB604');
  // Nothing deleted or changed.
  expect(fs.readFileSync(pdf)).toEqual(before);
  const failedLine = run.stdout.split('\n').find((l) => l.includes(`失败 ${stem.split(path.sep).join('/')}`));
  expect(failedLine).toMatch(/\.pdf.*是上次生成的旧文件/);
  expect(run.stdout).toMatch(/其中 1 期未生成，输出文件夹中仍是上次生成的旧文件/);
  expect(run.stderr).toContain('JB706');

  const en = await runCli(['build', dir, '--jobs', '1'], {}, 'en');
  expect(en.stdout).toMatch(/FAILED .*left from an earlier build/);
});
