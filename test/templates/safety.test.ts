// Template safety and clarity: a misspelt field, a syntax error or a foreign partial is one
// diagnostic naming the right file and line; no prototype access; text is escaped correctly for
// the document model in both outputs; manifest problems point at their line.
import fs from 'node:fs';
import path from 'node:path';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderFormat } from '../../src/render/registry';
import { readDocx } from '../helpers/docx-read';
import { readPdf } from '../helpers/pdf-read';
import { runCli } from '../helpers/run-cli';
import { messageOf } from '../../src/diagnostics/messages';
import { issueIn, templateFrom, tempDir } from './fixture';

/** Compiles an issue that uses a copy of kexie with `files` replaced; returns its diagnostics. */
function diagnosticsWith(files: Record<string, string | null>, issueExtra?: string) {
  const root = tempDir();
  const dir = templateFrom(root, 'tpl', 'kexie', files);
  const issue = issueIn(root, { template: './tpl', extra: issueExtra });
  const errors = compileIssue(issue).diagnostics.filter((d) => d.severity === 'error');
  const rel = (f: string) => path.relative(dir, path.resolve(f)).split(path.sep).join('/');
  return { root, issue, errors: errors.map((d) => ({ code: d.code, file: rel(d.file), line: d.line, args: d.args })) };
}

const MAIN = fs.readFileSync(path.join(__dirname, '..', '..', 'templates', 'kexie', 'template.hbs'), 'utf8');

describe('strict fields', () => {
  it('a misspelt field in template.hbs is one JB403 naming file, line and field', () => {
    const { errors } = diagnosticsWith({ 'template.hbs': 'x\n<p class="title">{{issue.nubmer}}</p>\n' });
    expect(errors).toEqual([{ code: 'JB403', file: 'template.hbs', line: 2, args: { field: 'nubmer' } }]);
  });

  it('a misspelt field in a partial names the partial, even in a branch this issue never takes', () => {
    // The test issue has no 报尾: only the load-time probe fill reaches this line.
    const colophon = '<bottom>\n<p class="colophon">{{colophon.copise}}</p>\n</bottom>\n';
    const { errors } = diagnosticsWith({ 'partials/colophon.hbs': colophon });
    expect(errors).toEqual([{ code: 'JB403', file: 'partials/colophon.hbs', line: 2, args: { field: 'copise' } }]);
  });

  it('check exits 1 and prints file:line and the field', async () => {
    const { issue } = diagnosticsWith({});
    const root = path.dirname(issue);
    fs.writeFileSync(path.join(root, 'tpl', 'partials', 'toc.hbs'), '<p class="toc-heading">{{spaced "本期要目"}}</p>\n{{#each toc}}<p class="toc-item">{{tilte}}</p>{{/each}}\n');
    const run = await runCli(['check', issue], {}, 'en');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/tpl[\\/]partials[\\/]toc\.hbs:2:\d+: error JB403 template uses an unknown field "tilte"/);
    expect(run.stderr.match(/error JB/g)).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('syntax errors', () => {
  it('an unclosed block in template.hbs is one JB402 at its file and line', () => {
    const { errors } = diagnosticsWith({ 'template.hbs': `${MAIN}\n{{#if briefs.length}}\n<p class="brief">x</p>\n` });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'JB402', file: 'template.hbs' });
    expect(errors[0].line).toBeGreaterThan(MAIN.split('\n').length);
    // A key and values, worded at the edge: no English sentence to match for the Chinese.
    expect(errors[0].args).toEqual({ problem: 'openBlock' });
  });

  // Each JB402 is said in both languages from its key; the English is never the source of the Chinese.
  it.each([
    ['an unclosed block', '{{#if briefs.length}}\n', '文件结束时还有块没有闭合', 'the file ends inside an open block'],
    ['a malformed expression', '{{#each briefs}\n', '{{ … }} 表达式写错了', 'a malformed {{ … }} expression'],
    ['an empty expression', '{{}}\n', '{{ }} 表达式是空的或不完整', 'an empty or incomplete {{ }} expression'],
    ['a stray closing tag', '{{/if}}\n', '这里不该出现 {{/…}}', 'unexpected {{/…}} here'],
    ['a partial named by a path', '{{> /etc/passwd}}\n', '这里出现了不该出现的内容', 'something here is not expected'],
    ['mismatched block names', '{{#each toc}}\nx\n{{/if}}\n', '{{#each}} 块用 {{/if}} 结束了', '{{#each}} is closed by {{/if}}'],
  ])('%s: JB402 in Chinese and in English', (_what, text, zh, en) => {
    const { errors } = diagnosticsWith({ 'partials/toc.hbs': text });
    expect(errors).toHaveLength(1);
    const jb402 = { ...errors[0], code: 'JB402' as const, severity: 'error' as const, col: 1 };
    expect(Object.keys(jb402.args)).not.toContain('detail');
    expect(messageOf(jb402, 'zh').message).toContain(zh);
    // Only the template's own tags (each, if) may be quoted back.
    expect(messageOf(jb402, 'zh').message.replace(/\{\{[^}]*\}\}/g, '')).not.toMatch(/[A-Za-z]/);
    expect(messageOf(jb402, 'en').message).toContain(en);
  });

  it('a syntax error in a partial names the partial, not template.hbs', () => {
    const { errors } = diagnosticsWith({ 'partials/briefs.hbs': '<p class="section-heading">简讯</p>\n{{#each briefs}\n' });
    expect(errors).toEqual([expect.objectContaining({ code: 'JB402', file: 'partials/briefs.hbs', line: 2 })]);
  });

  it('mismatched block names are a JB402 with the line', () => {
    const { errors } = diagnosticsWith({ 'partials/toc.hbs': '{{#each toc}}\n<p class="toc-item">{{this}}</p>\n{{/if}}\n' });
    expect(errors).toEqual([expect.objectContaining({ code: 'JB402', file: 'partials/toc.hbs', line: 1 })]);
  });

  it('check exits 1 with the syntax error', async () => {
    const root = tempDir();
    templateFrom(root, 'tpl', 'kexie', { 'template.hbs': '{{> masthead}}\n{{#each articles}}\n' });
    const run = await runCli(['check', issueIn(root, { template: './tpl' })], {}, 'en');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/tpl[\\/]template\.hbs:\d+:\d+: error JB402 template syntax error/);
    expect(run.stderr.match(/error JB/g)).toHaveLength(1);
  });
});

describe('partials come only from the template folder', () => {
  it('{{> ../x}} is refused before anything runs', () => {
    const { root, errors } = diagnosticsWith({ 'template.hbs': 'a\n{{> ../secret}}\n' });
    fs.writeFileSync(path.join(root, 'secret.hbs'), '<p>leak</p>');
    expect(errors).toEqual([expect.objectContaining({ code: 'JB406', file: 'template.hbs', line: 2, args: expect.objectContaining({ name: '../secret' }) })]);
  });

  it('a computed partial name and an unknown one are refused', () => {
    const { errors } = diagnosticsWith({ 'template.hbs': '{{> (lookup publication "name")}}\n{{> mastehad}}\n' });
    expect(errors.map((e) => [e.code, e.line, e.args.name])).toEqual([['JB406', 1, '(…)'], ['JB406', 2, 'mastehad']]);
  });

  it('a partial that is a link to a file outside the folder is refused', () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'outside.hbs'), '<p>leak</p>');
    const dir = templateFrom(root, 'tpl', 'kexie');
    fs.symlinkSync(path.join(root, 'outside.hbs'), path.join(dir, 'partials', 'leak.hbs'));
    const errors = compileIssue(issueIn(root, { template: './tpl' })).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.code, path.basename(d.file)])).toEqual([['JB408', 'leak.hbs']]);
  });
});

describe('no prototype access', () => {
  it('constructor and __proto__ resolve to nothing', async () => {
    const root = tempDir();
    const body = '<p class="title">[{{publication.constructor}}][{{lookup publication "__proto__"}}][{{#with (lookup issue "constructor")}}{{name}}{{/with}}]</p>\n';
    templateFrom(root, 'tpl', 'kexie', { 'template.hbs': body });
    const compiled = compileIssue(issueIn(root, { template: './tpl' }));
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const docx = readDocx(await renderFormat(compiled.model!, 'docx'));
    expect(docx.paragraphs.filter(Boolean)).toEqual(['[][][]']);
  });
});

describe('escaping is right for the document model', () => {
  const title = 'A&B <x> "引" \'q\' =`';
  let model: NonNullable<ReturnType<typeof compileIssue>['model']>;
  beforeAll(() => {
    const root = tempDir();
    const compiled = compileIssue(issueIn(root, { template: 'kexie', title }));
    model = compiled.model!;
  });

  it('a title with markup characters prints literally in the DOCX', async () => {
    const docx = readDocx(await renderFormat(model, 'docx'));
    expect(docx.paragraphs).toContain(title);
    expect(docx.xml['word/document.xml']).not.toMatch(/&amp;amp;|&amp;lt;|&amp;#/);
  });

  it('and in the PDF', async () => {
    const text = readPdf(await renderFormat(model, 'pdf')).map((p) => p.text).join('');
    expect(text).toContain('A&B <x>');
    expect(text).not.toContain('&amp;');
    expect(text).not.toContain('&lt;');
  });
});

describe('manifest problems point at their line', () => {
  it('an unknown style key is reported at its line and column', () => {
    const manifest = fs.readFileSync(path.join(__dirname, '..', '..', 'templates', 'kexie', 'manifest.yaml'), 'utf8');
    const broken = manifest.replace('  mark: { font: heading, align: left }', '  mark: { font: heading, alig: left }');
    expect(broken).not.toBe(manifest);
    const line = broken.split('\n').findIndex((l) => l.includes('alig:')) + 1;
    const { errors } = diagnosticsWith({ 'manifest.yaml': broken });
    expect(errors).toEqual([expect.objectContaining({ code: 'JB203', file: 'manifest.yaml', line, args: expect.objectContaining({ key: 'alig' }) })]);
  });

  it('a base style that does not exist is JB404 at the base: line', () => {
    const manifest = 'name: t\npage:\n  margins: { top: 20mm, bottom: 20mm, inside: 20mm, outside: 20mm }\nstyles:\n  default: { size: 小四 }\n  title:\n    base: titel\n';
    const { errors } = diagnosticsWith({ 'manifest.yaml': manifest, 'template.hbs': '<p class="title">x</p>\n', 'partials/masthead.hbs': null });
    expect(errors).toEqual([expect.objectContaining({ code: 'JB404', file: 'manifest.yaml', line: 7 })]);
  });

  // A Chinese editor who copied a template reads every manifest problem in Chinese.
  it.each([
    ['a base style that does not exist', '  title:\n    base: titel\n', '样式“titel”没有定义', 'style "titel" is not defined'],
    ['styles that inherit in a circle', '  a: { base: b }\n  b: { base: a }\n', '样式互相继承成了一个圈：a → b → a', 'styles inherit in a circle: a → b → a'],
  ])('%s: JB404 says it in the reader\'s language', (_what, styles, zh, en) => {
    const manifest = `name: t\npage:\n  margins: { top: 20mm, bottom: 20mm, inside: 20mm, outside: 20mm }\nstyles:\n  default: { size: 小四 }\n${styles}`;
    const { errors } = diagnosticsWith({ 'manifest.yaml': manifest, 'template.hbs': '<p class="a title">x</p>\n', 'partials/masthead.hbs': null });
    const found = errors.find((d) => d.code === 'JB404')!;
    const jb404 = { ...found, severity: 'error' as const, col: 1 };
    expect(messageOf(jb404, 'zh').message).toContain(zh);
    expect(messageOf(jb404, 'zh').message).not.toMatch(/[A-Za-z]{4,} [a-z]{2,} [a-z]{2,}/);
    expect(messageOf(jb404, 'en').message).toContain(en);
  });
});
