// JB205 (issue #25 item 8): reported once (text and json), its hint uses the editor's own date,
// and `check --fix` rewrites 2022/4/30, 2022年4月30日 and 2022-4-30 to "2022-04-30".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

function withDate(date: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-date-'));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  const file = path.join(dir, 'issue.yaml');
  const sample = fs.readFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), 'utf8');
  fs.writeFileSync(file, sample.replace('date: "2022-04-30"', `date: ${date}`));
  return file;
}

test('a bad date is one JB205, in text and in json', async () => {
  const file = withDate('"2022/4/30"');
  const text = await runCli(['check', file]);
  expect(text.stderr.match(/JB205/g)).toHaveLength(1);
  const json = await runCli(['check', file, '--format', 'json']);
  expect((JSON.parse(json.stdout) as Array<{ code: string }>).filter((d) => d.code === 'JB205')).toHaveLength(1);
});

test('the hint shows the editor\'s own date as YYYY-MM-DD, and an impossible day its month\'s last', async () => {
  const run = await runCli(['check', withDate('"2023/6/5"')]);
  expect(run.stderr).toContain('例如 "2023-06-05"');
  expect(run.stderr).toContain('--fix');
  const impossible = await runCli(['check', withDate('"2023-02-30"')]);
  expect(impossible.stderr).toContain('例如 "2023-02-28"');
  expect(impossible.stderr).not.toContain('--fix');
});

test.each(['"2022/4/30"', '2022年4月30日', '"2022-4-30"', '2022/4/30'])('check --fix rewrites %s to "2022-04-30" and the issue then checks clean', async (date) => {
  const file = withDate(date);
  const fixed = await runCli(['check', '--fix', file]);
  expect(fixed.code).toBe(0);
  expect(fs.readFileSync(file, 'utf8')).toContain('  date: "2022-04-30"');
  expect((await runCli(['check', file])).code).toBe(0);
});
