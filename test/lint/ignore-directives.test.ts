// `# jianbao-ignore JB303` per line and `# jianbao-ignore-file` per file (issue #25 item 11): the
// shipped sample checks clean on a newcomer's first run, and a directive silences only what it names.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

function issue(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-ignore-'));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  const file = path.join(dir, 'issue.yaml');
  fs.writeFileSync(file, text);
  return file;
}

type Shown = { code: string; line: number };
const diagnosticsOf = (json: string): Shown[] => JSON.parse(json) as Shown[];

const TWO_BODIES = (first: string, second: string) => `issue:
  number: 4
  total: 269
  date: "2022-04-30"
articles:
  - title: 甲文
    source: 市科协办公室
    body: |${first}
      力争 5 月底交出答卷。
  - title: 乙文
    source: 市科协办公室
${second}    body: |
      截至 6 月底完成。
`;

test('the shipped sample checks without a warning (its 5 月 is marked as printed so)', async () => {
  const run = await runCli(['check', path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml')]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('没有问题');
});

test('a directive at the end of `body: |` silences that code in that body only', async () => {
  const run = await runCli(['check', '--format', 'json', issue(TWO_BODIES('  # jianbao-ignore JB303', ''))]);
  const lines = diagnosticsOf(run.stdout)
    .filter((d: { code: string }) => d.code === 'JB303')
    .map((d: { line: number }) => d.line);
  expect(lines).toEqual([13]);
});

test('a directive on a line of its own covers the next value', async () => {
  const run = await runCli(['check', '--format', 'json', issue(TWO_BODIES('', '    # jianbao-ignore JB303, JB302\n'))]);
  const lines = diagnosticsOf(run.stdout)
    .filter((d: { code: string }) => d.code === 'JB303')
    .map((d: { line: number }) => d.line);
  expect(lines).toEqual([9]);
});

test('jianbao-ignore-file silences a code in the whole file, and only that code', async () => {
  const run = await runCli(['check', '--format', 'json', issue(`# jianbao-ignore-file JB303\n${TWO_BODIES('', '')}`)]);
  const codes = diagnosticsOf(run.stdout).map((d: { code: string }) => d.code);
  expect(codes).not.toContain('JB303');
  const other = await runCli(['check', '--format', 'json', issue(`# jianbao-ignore-file JB301\n${TWO_BODIES('', '')}`)]);
  expect(diagnosticsOf(other.stdout).map((d: { code: string }) => d.code)).toContain('JB303');
});

test('an error is never silenced', async () => {
  const run = await runCli(['check', issue(`# jianbao-ignore-file JB204 JB201\nissue:\n  number: 4\n  total: 269\narticles: []\n`)]);
  expect(run.code).toBe(1);
});
