// A problem in jianbao.config.yaml (a font file that is not there) is one diagnostic per run,
// at the config's key (file:line:col), with the number of issues that use it; not one per issue.
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';
import { archive } from './helpers';

function withMissingFont(): string {
  const { dir } = archive(3);
  fs.appendFileSync(path.join(dir, 'jianbao.config.yaml'), '\nfonts:\n  body:\n    file: fonts/simfang.ttf\n');
  return dir;
}

const count = (text: string, code: string) => text.split(code).length - 1;

test('build: one JB601 at fonts.body.file, counting the issues', async () => {
  const dir = withMissingFont();
  const run = await runCli(['build', dir, '--to', 'docx', '--jobs', '1']);
  expect(count(run.stderr, 'JB601')).toBe(1);
  const lines = fs.readFileSync(path.join(dir, 'jianbao.config.yaml'), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes('file: fonts/simfang.ttf')) + 1;
  expect(run.stderr).toContain(`jianbao.config.yaml:${line}:11:`);
  expect(run.stderr).toMatch(/3 期都用到这一设置/);
});

test('check --format json: one JB601 with its line and column', async () => {
  const dir = withMissingFont();
  const run = await runCli(['check', dir, '--format', 'json']);
  const found = (JSON.parse(run.stdout) as { code: string; line: number; col: number; message: string }[]).filter(
    (d) => d.code === 'JB601',
  );
  expect(found).toHaveLength(1);
  expect(found[0].line).toBeGreaterThan(0);
  expect(found[0].col).toBe(11);
  expect(found[0].message).toContain('3 期');
});
