// `check ISSUE` never says "没有问题" for an issue whose series config (jianbao.config.yaml) has an
// error: the config's problem is reported under the config's name but stops this build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

test('check: no "没有问题" line when the series config beside the issue is broken', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-config-problem-'));
  const config = fs.readFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), 'utf8');
  fs.writeFileSync(path.join(dir, 'jianbao.config.yaml'), config.replace(/^ {2}editor:/m, '\teditor:'));
  fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), path.join(dir, 'issue.yaml'));
  const run = await runCli(['check', path.join(dir, 'issue.yaml')]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('JB111');
  expect(run.stdout).not.toContain('没有问题');
});
