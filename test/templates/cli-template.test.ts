// `template list`, `template copy`, and how an issue selects its template: by name, by a path
// relative to the issue or to jianbao.config.yaml, by a folder beside the issue that overrides a
// built-in, and by --template.
import fs from 'node:fs';
import path from 'node:path';
import { templateCopyCommand, templateListCommand } from '../../src/cli/commands/template';
import type { CliIO } from '../../src/io/io';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { runCli } from '../helpers/run-cli';
import { issueIn, templateFrom, tempDir } from './fixture';

function captureIO(): CliIO & { out: string; err: string } {
  const io = { out: '', err: '', env: {}, lang: 'en' as const, stdout: (t: string) => (io.out += `${t}\n`), stderr: (t: string) => (io.err += `${t}\n`) };
  return io;
}

/** The `marker` style colour of the template an issue ends up with: each test template has its own. */
const markerOf = (issue: string, template?: string) => {
  const compiled = compileIssue(issue, { template });
  expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return compiled.model!.paragraphStyles.marker?.color ?? 'none';
};

/** A kexie copy whose `marker` style colour identifies it in the resolved model. */
function markedTemplate(root: string, rel: string, colour: string): void {
  const dir = templateFrom(path.dirname(path.join(root, rel)), path.basename(rel), 'kexie');
  const manifest = fs.readFileSync(path.join(dir, 'manifest.yaml'), 'utf8').replace(/^styles:\n/m, `styles:\n  marker: { color: "${colour}" }\n`);
  fs.writeFileSync(path.join(dir, 'manifest.yaml'), manifest);
}

describe('template list', () => {
  it('lists the built-ins with their descriptions', () => {
    const io = captureIO();
    expect(templateListCommand(io, undefined, tempDir())).toBe(0);
    const lines = io.out.trim().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(['kexie', 'plain', 'zhuankan']);
    expect(io.out).toMatch(/kexie\s+built-in\s+红头简报/);
    expect(io.out).toMatch(/zhuankan\s+built-in\s+专版/);
  });

  it('adds templates beside the issue and in the working folder, marking an override', () => {
    const root = tempDir();
    const cwd = tempDir();
    templateFrom(path.join(root, 'templates'), 'kexie', 'kexie');
    templateFrom(path.join(cwd, 'templates'), 'mine', 'plain');
    const io = captureIO();
    templateListCommand(io, issueIn(root), cwd);
    expect(io.out).toMatch(/^kexie\s+.*templates[\\/]kexie \(overrides the built-in\)\s+红头简报/m);
    expect(io.out).toMatch(/^mine\s+templates[\\/]mine\s+朴素/m);
    expect(io.out).not.toMatch(/^kexie\s+built-in/m);
  });

  it('runs through the CLI', async () => {
    const run = await runCli(['template', 'list', '--lang', 'en'], {}, 'en');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('zhuankan');
  });
});

describe('template with no subcommand (a command group that lists, as git remote or git tag)', () => {
  it('lists the templates, exit 0, the same as template list', async () => {
    const cwd = process.cwd();
    const list = await runCli(['template', 'list']);
    const bare = await runCli(['template']);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toBe(list.stdout);
    expect(bare.stdout).toMatch(/^kexie\s/m);
    expect(bare.stderr).toBe('');
    expect(process.cwd()).toBe(cwd);
  });

  it('--help and help template still show the group and its commands', async () => {
    for (const argv of [['template', '--help'], ['help', 'template']]) {
      const run = await runCli(argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('copy [选项] <name> <dir>');
    }
  });

  it('a word that is neither a command nor a path (template lst) is not listed from: exit 2, the commands named', async () => {
    for (const argv of [
      ['template', 'lst'],
      ['template', 'list', 'nothere.yaml'],
    ]) {
      const run = await runCli(argv);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`错误 JB816 找不到“${argv[argv.length - 1].replace('.', '\\.')}”`));
      expect(run.stderr).toMatch(/list.*copy/);
    }
    const en = await runCli(['template', 'lst', '--lang', 'en'], {}, 'en');
    expect(en.stderr).toMatch(/error JB816 .*"lst".*not found/);
  });
});

describe('template copy', () => {
  it('copies a built-in, renames its manifest and says what to edit next', () => {
    const cwd = tempDir();
    const io = captureIO();
    expect(templateCopyCommand(io, 'kexie', path.join('templates', 'red'), cwd)).toBe(0);
    const dir = path.join(cwd, 'templates', 'red');
    expect(fs.readdirSync(dir).sort()).toEqual(['manifest.yaml', 'partials', 'template.hbs']);
    expect(fs.readFileSync(path.join(dir, 'manifest.yaml'), 'utf8')).toMatch(/^name: "red"$/m);
    expect(io.out).toContain('templates/red/manifest.yaml');
    expect(io.out).toContain('template: red');
    // the copy is usable by name from an issue beside templates/
    expect(compileIssue(issueIn(cwd, { template: 'red' })).model).not.toBeNull();
  });

  it('never overwrites an existing folder', () => {
    const cwd = tempDir();
    fs.mkdirSync(path.join(cwd, 'mine'));
    fs.writeFileSync(path.join(cwd, 'mine', 'keep.txt'), 'x');
    const io = captureIO();
    expect(templateCopyCommand(io, 'plain', 'mine', cwd)).toBe(1);
    expect(io.err).toContain('JB407');
    expect(fs.readdirSync(path.join(cwd, 'mine'))).toEqual(['keep.txt']);
  });

  it('refuses an unknown template with JB401 and exit 1', async () => {
    const run = await runCli(['template', 'copy', 'nosuch', path.join(tempDir(), 'x')], {}, 'en');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('JB401');
  });
});

describe('-t given an output format (pandoc\'s -t)', () => {
  it('points to --to in the hint, in both languages', async () => {
    const issue = issueIn(tempDir(), {});
    const zh = await runCli(['check', issue, '-t', 'PDF']);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('找不到模板“PDF”');
    expect(zh.stderr).toContain('模板不是输出格式；只生成 pdf 请用 --to pdf');
    const en = await runCli(['check', issue, '-t', 'docx'], {}, 'en');
    expect(en.stderr).toContain('A template is not an output format; for docx only, use --to docx');
  });

  it('says nothing of --to for any other unknown name', async () => {
    const run = await runCli(['check', issueIn(tempDir(), {}), '-t', 'nosuch']);
    expect(run.stderr).toContain('JB401');
    expect(run.stderr).not.toContain('--to');
  });
});

describe('selecting a template', () => {
  it('template: in the issue is a path relative to the issue file', () => {
    const root = tempDir();
    markedTemplate(root, 'looks/a', '#111111');
    const sub = path.join(root, 'issues');
    fs.mkdirSync(sub);
    expect(markerOf(issueIn(sub, { template: '../looks/a' }))).toBe('#111111');
  });

  it('template: in jianbao.config.yaml is relative to the config, and the issue overrides it', () => {
    const root = tempDir();
    markedTemplate(root, 'looks/b', '#222222');
    markedTemplate(root, 'issues/2022/own', '#333333');
    fs.writeFileSync(path.join(root, 'jianbao.config.yaml'), 'template: ./looks/b\n');
    const dir = path.join(root, 'issues', '2022');
    expect(markerOf(issueIn(dir))).toBe('#222222');
    expect(markerOf(issueIn(dir, { template: './own' }))).toBe('#333333');
  });

  it('a templates/<name> folder beside the issue overrides the built-in, and --template wins over both', () => {
    const root = tempDir();
    markedTemplate(root, 'templates/kexie', '#444444');
    markedTemplate(root, 'other', '#555555');
    const issue = issueIn(root, { template: 'kexie' });
    expect(markerOf(issue)).toBe('#444444');
    expect(markerOf(issue, path.join(root, 'other'))).toBe('#555555');
  });
});
