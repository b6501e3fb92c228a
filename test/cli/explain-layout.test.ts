// `build --explain-layout` prints, per issue, one line per PDF page: its fill and why it ended.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const sample = path.join(__dirname, '../../samples/feature-page-2021-06.yaml');

test('build --explain-layout lists every page with its fill and the reason it ended', async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-explain-'));
  const run = await runCli(['build', sample, '--to', 'pdf', '-o', out, '--explain-layout']);
  expect(run.code).toBe(0);
  const lines = run.stdout.split('\n').filter((l) => /^第 \d+ 页/.test(l));
  expect(lines.length).toBeGreaterThan(1);
  lines.forEach((line, i) => expect(line).toMatch(new RegExp(`^第 ${i + 1} 页  填满 \\d+%  \\S`)));
  expect(lines[lines.length - 1]).toMatch(/末页$/);
  expect(run.stdout).toContain('图片自第 2 页移来');
});

test('without the flag nothing is explained', async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-explain-'));
  const run = await runCli(['build', sample, '--to', 'pdf', '-o', out]);
  expect(run.stdout).not.toMatch(/第 \d+ 页 {2}填满/);
});
