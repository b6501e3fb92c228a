// Text contributions in their other forms: UTF-16 (with --encoding, as for whole issues), a 简讯
// page under a "5月简讯" heading with a brief lacking its source (noted in the issue file).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../../helpers/run-cli';
import { firstArticle, tmp } from './intake-helpers';

const ISSUE =
  'publication:\n  name: 科协简报\n  editor: 办公室\nissue:\n  date: "2022-05-31"\narticles:\n  - title: 已有文章\n    body: 正文。\n';

describe('text contributions', () => {
  it('a UTF-16LE single article (with its byte-order mark): read by its byte-order mark, with or without --encoding', async () => {
    const dir = tmp('utf16');
    const file = path.join(dir, '稿件.txt');
    fs.writeFileSync(file, Buffer.from('\ufeff市科协召开座谈会\r\n　　5月6日，市科协召开座谈会。\r\n（市科协办公室）\r\n', 'utf16le'));
    const guessed = await runCli(['import', file, '-o', path.join(dir, 'guessed')], {}, 'en');
    expect(guessed.code).toBe(0);
    expect(firstArticle(path.join(dir, 'guessed', '稿件.yaml')).title).toBe('市科协召开座谈会');
    const run = await runCli(['import', file, '-o', dir, '--encoding', 'utf-16le']);
    expect(run.code).toBe(0);
    const a = firstArticle(path.join(dir, '稿件.yaml'));
    expect([a.title, a.body, a.source]).toEqual(['市科协召开座谈会', '5月6日，市科协召开座谈会。\n', '市科协办公室']);
  });

  it('a 简讯 page under "5月简讯": briefs appended, one without a source noted above it', async () => {
    const dir = tmp('briefs');
    const issue = path.join(dir, 'issue.yaml');
    fs.writeFileSync(issue, ISSUE);
    const file = path.join(dir, '简讯.txt');
    fs.writeFileSync(file, '5月简讯\n5月3日，市科协召开学会工作座谈会。（市科协学会部）\n5月9日，市科协开展科技周活动。\n');
    const run = await runCli(['import', file, '--to', issue]);
    expect(run.code).toBe(0);
    const after = fs.readFileSync(issue, 'utf8');
    expect(after.startsWith(ISSUE)).toBe(true);
    expect(after.slice(ISSUE.length)).toBe(
      [
        'briefs:',
        '  - date: 5月3日',
        '    text: 市科协召开学会工作座谈会。',
        '    source: 市科协学会部',
        '  # 请核对：简讯不是“日期，内容（来源）”的形式：5月9日，市科协开展科技周活动。',
        '  - date: 5月9日',
        '    text: 市科协开展科技周活动。',
        '',
      ].join('\n'),
    );
    expect((parse(after) as { briefs: unknown[] }).briefs).toHaveLength(2);
  });
});

describe('subheading guesses in text', () => {
  it('a short line after an unfinished one is not taken as a subheading (a wrapped line, not a heading)', async () => {
    const dir = tmp('wrapped');
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, '市科协开展调研\n5月6日，市科协赴瑞安开展调研，\n了解基层科协\n组织建设情况。\n');
    const run = await runCli(['import', file, '-o', dir]);
    expect(run.code).toBe(0);
    expect(firstArticle(path.join(dir, 'a.yaml')).body).not.toContain('## ');
    expect(run.stderr).not.toContain('JB183');
  });
});
