// Issue #19 rows 6–9: valid YAML that reads a text field otherwise than typed. Each case shows the
// input, the diagnostic (code and line:col), and what `check --fix` leaves in the file.
import fs from 'node:fs';
import path from 'node:path';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { runCli } from '../helpers/run-cli';
import { issueWith, writeIssue } from './issue-fixture';

const TITLE_LINE = '  - title: 市科协召开党组会';

function found(file: string) {
  const compiled = compileIssue(file, { glyphCheck: false });
  return { compiled, codes: compiled.diagnostics.map((d) => `${d.code}@${d.line}:${d.col}`) };
}

describe('a " #" after a plain value is a YAML comment (JB105)', () => {
  const input = '  - title: 市科协举办 #农技云培训# 活动';

  it(`reports ${input} at the #, and --fix quotes the whole line's text`, async () => {
    const file = writeIssue(issueWith(TITLE_LINE, input));
    const { compiled, codes } = found(file);
    expect(compiled.issue?.articles[0].title).toBe('市科协举办'); // what YAML reads
    expect(codes).toContain('JB105@9:18');
    const run = await runCli(['check', '--fix', file]);
    expect(run.stderr).toMatch(/修正/);
    expect(fs.readFileSync(file, 'utf8').split('\n')[8]).toBe('  - title: "市科协举办 #农技云培训# 活动"');
    expect(compileIssue(file, { glyphCheck: false }).issue?.articles[0].title).toBe('市科协举办 #农技云培训# 活动');
  });

  it('reports "value # more" (one space) after a source too, but offers no fix: it may be meant as a note', async () => {
    const file = writeIssue(issueWith('    source: 市科协办公室', '    source: 市科协办公室 # 科普部'));
    const { compiled, codes } = found(file);
    expect(codes).toContain('JB105@10:20');
    expect(compiled.diagnostics.find((d) => d.code === 'JB105')?.fixes).toBeUndefined();
  });

  it('takes "value  # note" (two spaces, then "# ") as a comment meant, as the samples write them', () => {
    const file = writeIssue(issueWith('    source: 市科协办公室', '    source: 市科协办公室  # 待核实'));
    expect(found(file).codes.filter((c) => c.startsWith('JB105'))).toEqual([]);
  });

  it("says nothing about a value already quoted, or about jianbao's own placeholder comment", () => {
    const quoted = writeIssue(issueWith(TITLE_LINE, '  - title: "市科协举办 #农技云培训# 活动"'));
    expect(found(quoted).codes.filter((c) => c.startsWith('JB105'))).toEqual([]);
    const own = writeIssue(issueWith('  name: 温州科协信息', '  name: 温州科协信息  # 占位：原文没有，请填写'));
    expect(found(own).codes.filter((c) => c.startsWith('JB105'))).toEqual([]);
  });
});

describe('\\n or \\t typed in a title outside double quotes (JB106)', () => {
  it('reports a plain 第一行\\n第二行 and --fix makes it a double-quoted title with a real break', async () => {
    const file = writeIssue(issueWith(TITLE_LINE, '  - title: 第一行\\n第二行'));
    const { compiled, codes } = found(file);
    expect(compiled.issue?.articles[0].title).toBe('第一行\\n第二行');
    expect(codes).toContain('JB106@9:15');
    await runCli(['check', '--fix', file]);
    expect(fs.readFileSync(file, 'utf8').split('\n')[8]).toBe('  - title: "第一行\\n第二行"');
    expect(compileIssue(file, { glyphCheck: false }).issue?.articles[0].title).toBe('第一行\n第二行');
  });

  it('check --fix says what it could not fix: a tab in a title has no fix', async () => {
    const file = writeIssue(issueWith(TITLE_LINE, "  - title: '第一行\\t第二行'"));
    const run = await runCli(['check', '--fix', file]);
    expect(run.stderr).toMatch(/以下 \d+ 个问题不能自动修正/);
    expect(run.stderr).not.toMatch(/已自动修正/);
    const en = await runCli(['check', '--fix', '--lang', 'en', file], {}, 'en');
    expect(en.stderr).toMatch(/cannot be fixed automatically/);
  });

  it('reports \\t too, without a fix (a tab in a title means nothing)', () => {
    const file = writeIssue(issueWith(TITLE_LINE, "  - title: '第一行\\t第二行'"));
    const d = found(file).compiled.diagnostics.find((x) => x.code === 'JB106');
    expect(d).toMatchObject({ line: 9, col: 16, args: { escape: '\\t' } });
    expect(d?.fixes).toBeUndefined();
  });
});

describe('a title written over two plain lines (JB107)', () => {
  it('reports the second line: YAML folds the two into one with a space', () => {
    const file = writeIssue(issueWith(TITLE_LINE, '  - title: 市科协召开党组会', '      传达学习贯彻市“两会”精神'));
    const { compiled, codes } = found(file);
    expect(compiled.issue?.articles[0].title).toBe('市科协召开党组会 传达学习贯彻市“两会”精神');
    expect(codes).toContain('JB107@10:7');
  });
});

describe('a source typed in brackets (JB330)', () => {
  it.each([['（市科协办公室）'], ['(市科协办公室)']])('%s is kept bare, warned, and --fix removes the brackets', async (typed) => {
    const file = writeIssue(issueWith('    source: 市科协办公室', `    source: ${typed}`));
    const { compiled, codes } = found(file);
    expect(compiled.issue?.articles[0].source).toBe('市科协办公室');
    expect(codes).toContain('JB330@10:13');
    await runCli(['check', '--fix', file]);
    expect(fs.readFileSync(file, 'utf8').split('\n')[9]).toBe('    source: 市科协办公室');
  });

  it("a brief's source too", () => {
    const file = writeIssue(issueWith('    source: 市科协科普部', '    source: （市科协科普部）'));
    const { compiled, codes } = found(file);
    expect(compiled.issue?.briefs[0].source).toBe('市科协科普部');
    expect(codes).toContain('JB330@16:13');
  });
});

test("the series config's publication fields are checked too, in the config file", () => {
  const file = writeIssue(issueWith('publication:', 'template: kexie').filter((l) => !/^ {2}(name|editor):/.test(l)));
  const config = path.join(path.dirname(file), 'jianbao.config.yaml');
  fs.writeFileSync(config, 'publication:\n  name: 温州科协信息 #内部#\n  editor: 温州市科学技术协会编\n');
  const d = compileIssue(file, { glyphCheck: false }).diagnostics.find((x) => x.code === 'JB105');
  expect(d).toMatchObject({ line: 2, col: 16, args: { field: 'publication.name' } });
  expect(path.resolve(d!.file)).toBe(config);
  // Reported, never rewritten by --fix: the config is shared by the series' every issue.
  expect(d!.fixes).toBeUndefined();
  expect(d!.args.fixable).toBeUndefined();
});
