// Template lookup (issue #25 item 2): beside the issue, beside the series config, in the current
// folder, in that order; `template copy`'s hint, `template list` and the build agree.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findTemplateDir, templateSearchDirs } from '../../src/templates/find-template';
import { runCli } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

/** The layout `init` makes: the config at the top, issues in YYYY/ below it. */
function initLayout(): { root: string; issue: string } {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-lookup-')));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(root, 'jianbao.config.yaml'));
  fs.mkdirSync(path.join(root, '2022'));
  const issue = path.join(root, '2022', '2022-04.yaml');
  fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), issue);
  return { root, issue };
}

function fakeTemplate(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'manifest.yaml'), 'name: x\n');
  return dir;
}

let cwd: string;
beforeEach(() => (cwd = process.cwd()));
afterEach(() => process.chdir(cwd));

test('template copy kexie templates/mine in the series folder: template: mine and -t mine both work from YYYY/', async () => {
  const { root, issue } = initLayout();
  process.chdir(root);
  const copy = await runCli(['template', 'copy', 'kexie', 'templates/mine']);
  expect(copy.code).toBe(0);
  expect(copy.stdout).toContain('template: mine');
  expect(copy.stdout).toContain('-t mine');
  const list = await runCli(['template', 'list', issue]);
  expect(list.stdout).toMatch(/^mine\s/m);
  const check = await runCli(['check', issue, '-t', 'mine']);
  expect(check.stderr).not.toContain('JB401');
  expect(check.code).toBe(0);
  // The same name written in the config, from another folder entirely.
  const config = fs.readFileSync(path.join(root, 'jianbao.config.yaml'), 'utf8').replace(/^template: .*$/m, '').concat('template: mine\n');
  fs.writeFileSync(path.join(root, 'jianbao.config.yaml'), config);
  process.chdir(os.tmpdir());
  const again = await runCli(['check', issue]);
  expect(again.stderr).not.toContain('JB401');
  expect(again.code).toBe(0);
});

test('the order is: beside the issue, beside the config, the current folder, then the built-ins', () => {
  const { root, issue } = initLayout();
  const elsewhere = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-cwd-')));
  const issueDir = path.dirname(issue);
  expect(templateSearchDirs(issueDir, elsewhere)).toEqual([issueDir, root, elsewhere]);
  const inCwd = fakeTemplate(path.join(elsewhere, 'templates', 'kexie'));
  expect(findTemplateDir('kexie', issueDir, elsewhere)).toBe(inCwd);
  const inConfig = fakeTemplate(path.join(root, 'templates', 'kexie'));
  expect(findTemplateDir('kexie', issueDir, elsewhere)).toBe(inConfig);
  const beside = fakeTemplate(path.join(issueDir, 'templates', 'kexie'));
  expect(findTemplateDir('kexie', issueDir, elsewhere)).toBe(beside);
});

test('a copy the lookup cannot find by name is offered by its path', async () => {
  const { root } = initLayout();
  process.chdir(root);
  const copy = await runCli(['template', 'copy', 'kexie', 'looks/mine']);
  expect(copy.code).toBe(0);
  expect(copy.stdout).toContain('template: ./looks/mine');
});
