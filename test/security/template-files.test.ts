// Issue #26 items 7 and 11: template files that are links or not regular files are refused before
// reading (JB409), a broken manifest is named without being echoed, absurd manifest values are a
// coded error in `check` (JB410), runaway loops end as JB411, `template list` prints no controls.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const ROOT = path.join(__dirname, '..', '..');
const SECRET = 'TOPSECRET-4b1d-line-of-a-private-file';
jest.setTimeout(60_000);

/** An issue folder with a copy of the plain template in templates/mine. */
function workspace(): { dir: string; tpl: string; issue: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-tpl-'));
  const tpl = path.join(dir, 'templates', 'mine');
  fs.cpSync(path.join(ROOT, 'templates', 'plain'), tpl, { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'samples', 'wenzhou-kexie-2022-04.yaml'), path.join(dir, 'issue.yaml'));
  fs.copyFileSync(path.join(ROOT, 'samples', 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  fs.cpSync(path.join(ROOT, 'samples', 'images'), path.join(dir, 'images'), { recursive: true });
  return { dir, tpl, issue: path.join(dir, 'issue.yaml') };
}

const check = (issue: string, tpl: string) => runCli(['check', issue, '-t', tpl, '--format', 'json']);
const codes = (stdout: string) => (JSON.parse(stdout) as Array<{ code: string }>).map((d) => d.code);

describe('template files', () => {
  it('refuses a symlinked manifest.yaml (JB409) and never prints what it points at', async () => {
    const { dir, tpl, issue } = workspace();
    const secret = path.join(dir, 'secret.txt');
    fs.writeFileSync(secret, `${SECRET}: x\n${SECRET}\n`);
    fs.rmSync(path.join(tpl, 'manifest.yaml'));
    fs.symlinkSync(secret, path.join(tpl, 'manifest.yaml'));
    const run = await check(issue, tpl);
    expect(run.code).toBe(1);
    // JB408 for a link out of the folder, JB409 for one inside it: either way never read.
    expect(codes(run.stdout).filter((c) => c === 'JB408' || c === 'JB409')).toHaveLength(1);
    expect(run.stdout + run.stderr).not.toContain('TOPSECRET');
  });

  it('quotes at most a few characters of a manifest line it cannot use', async () => {
    const { tpl, issue } = workspace();
    fs.appendFileSync(path.join(tpl, 'manifest.yaml'), `${SECRET}: 1\n`);
    const run = await check(issue, tpl);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain(SECRET);
  });

  const fifo = process.platform !== 'win32' ? it : it.skip;
  fifo('refuses a FIFO as template.hbs (JB409) instead of hanging [needs mkfifo]', async () => {
    const { tpl, issue } = workspace();
    fs.rmSync(path.join(tpl, 'template.hbs'));
    execFileSync('mkfifo', [path.join(tpl, 'template.hbs')]);
    const run = await check(issue, tpl);
    expect(codes(run.stdout)).toContain('JB409');
  });

  it.each([
    ['a negative margin', (m: string) => m.replace('top: 25mm', 'top: -25mm')],
    ['a 100000 pt type size', (m: string) => m.replace('size: 小四, lineHeight: 20pt', 'size: 100000pt, lineHeight: 20pt')],
    ['margins wider than the page', (m: string) => m.replace('inside: 25mm', 'inside: 200mm')],
  ])('check reports %s in manifest.yaml as JB410', async (_name, edit) => {
    const { tpl, issue } = workspace();
    const file = path.join(tpl, 'manifest.yaml');
    const before = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, edit(before));
    expect(fs.readFileSync(file, 'utf8')).not.toBe(before);
    const run = await check(issue, tpl);
    expect(run.code).toBe(1);
    expect(codes(run.stdout).filter((c) => c.startsWith('JB4'))).toEqual(['JB410']);
  });

  it('ends three nested loops over the briefs with JB411 instead of aborting', async () => {
    const { tpl, issue } = workspace();
    const briefs = Array.from({ length: 300 }, (_, i) => `  - { date: 4月${(i % 28) + 1}日, text: 简讯${i} }`).join('\n');
    fs.writeFileSync(
      issue,
      `publication: { name: 测试简报, editor: 测试单位编 }\nissue: { number: 1, total: 1, date: "2022-04-30" }\narticles:\n  - { title: 会议, body: 正文。 }\nbriefs:\n${briefs}\n`,
    );
    const main = path.join(tpl, 'template.hbs');
    fs.appendFileSync(
      main,
      '{{#each @root.briefs}}{{#each @root.briefs}}{{#each @root.briefs}}<p>{{text}}</p>{{/each}}{{/each}}{{/each}}\n',
    );
    const run = await check(issue, tpl);
    expect(run.code).toBe(1);
    expect(codes(run.stdout)).toContain('JB411');
  });

  it('template list strips terminal escape sequences from a manifest', async () => {
    const { dir, tpl } = workspace();
    const file = path.join(tpl, 'manifest.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^description: .*$/m, 'description: "\\e]0;pwned\\a\\e[2J红\\u202e色"'));
    const run = await runCli(['template', 'list', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('mine');
    expect(run.stdout).toContain('红');
    // eslint-disable-next-line no-control-regex -- the terminal escapes and controls are what this looks for
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
  });
});
