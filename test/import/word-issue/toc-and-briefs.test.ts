// Back issues as secretaries type them, in shapes the first round did not read: one 要目 line
// naming two articles (spread with wide spaces, or joined with "；"), and the 简讯 typed as a
// table (date | text, with a header row, or one brief per row).
import fs from 'node:fs';
import { parse } from 'yaml';
import path from 'node:path';
import { importTyped, loaded } from './round-trip-helpers';
import { inTables, redCentred, type TypedArticle, type TypedIssue } from './secretary-docx';

const ROOT = path.join(__dirname, '..', '..', '..');
const KEXIE = parse(fs.readFileSync(path.join(ROOT, 'samples', 'wenzhou-kexie-2022-04.yaml'), 'utf8')) as {
  articles: { title: string; source?: string; body: string }[];
  briefs: { date: string; text: string; source: string }[];
};
const article = (k: number, extra: Partial<TypedArticle> = {}): TypedArticle => {
  const a = KEXIE.articles[k];
  return {
    title: a.title.split('\n'),
    body: a.body.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('![')),
    source: a.source,
    ...extra,
  };
};
const base = (articles: TypedArticle[], more: Partial<TypedIssue> = {}): TypedIssue => ({
  name: '温州科协信息',
  numbers: '第4期 总第269期',
  editorLine: '温州市科学技术协会编\t2022年4月30日',
  articles,
  briefs: KEXIE.briefs.slice(0, 2).map((b) => `${b.date}，${b.text}（${b.source}）`),
  colophon: ['报：省科协办公室', '共印200份'],
  ...more,
});
const flat = (a: TypedArticle) => a.title.join('');

describe('one 要目 line naming two articles', () => {
  it.each([
    ['spread with wide spaces', '\u3000\u3000', redCentred],
    ['joined with ；', '；', inTables],
  ] as const)('%s: matched to both titles, nothing unmatched', async (_, joint, layout) => {
    const arts = [article(2), article(3), article(4)];
    arts[0].toc = `${flat(arts[0])}${joint}${flat(arts[1])}`;
    arts[1].toc = null;
    const got = await importTyped('two-in-one', layout(base(arts)));
    expect(got.run.code).toBe(0);
    expect(got.run.stdout).toMatch(/整期，3 篇文章/);
    const issue = loaded(got.yamlFile);
    expect(issue.articles.map((a) => [a.title.replace(/\n/g, ''), a.toc])).toEqual(arts.map((a) => [flat(a), undefined]));
    expect(got.codes).not.toContain('JB078');
    expect(got.codes).not.toContain('JB079');
    expect(fs.readFileSync(got.yamlFile, 'utf8')).not.toMatch(/^# 原文/m);
  });
});

describe('简讯 typed as a table', () => {
  const briefs = KEXIE.briefs.slice(0, 3);

  it('date | text rows under a header row: a brief per row, in order, text kept; the header noted and kept in a comment', async () => {
    const issue = base([article(0), article(1)], {
      briefsTable: [['日期', '内容'], ...briefs.map((b) => [b.date, `${b.text}（${b.source}）`])],
    });
    const got = await importTyped('briefs-table', redCentred(issue));
    expect(got.run.code).toBe(0);
    expect(loaded(got.yamlFile).briefs).toEqual(briefs);
    expect(got.codes).toContain('JB086');
    expect(got.run.stderr).toMatch(/JB086 第 \d+ 段起的 3 行简讯是表格/);
    expect(fs.readFileSync(got.yamlFile, 'utf8')).toMatch(/^# 原文（第 \d+ 段，未写入）：\| 日期 \| 内容 \|$/m);
    // Nothing of the table was joined to the last article.
    expect(loaded(got.yamlFile).articles[1].body).not.toMatch(/日期|\|/);
  });

  it('one brief per row, typed whole in one cell', async () => {
    const issue = base([article(0), article(1)], { briefsTable: briefs.map((b) => [`${b.date}，${b.text}（${b.source}）`]) });
    const got = await importTyped('briefs-rows', redCentred(issue));
    expect(got.run.code).toBe(0);
    expect(loaded(got.yamlFile).briefs).toEqual(briefs);
    expect(loaded(got.yamlFile).articles[1].body).not.toMatch(/\|/);
  });

  it('date | text | source in three cells', async () => {
    const issue = base([article(0), article(1)], { briefsTable: briefs.map((b) => [b.date, b.text, b.source]) });
    const got = await importTyped('briefs-three', redCentred(issue));
    expect(got.run.code).toBe(0);
    expect(loaded(got.yamlFile).briefs).toEqual(briefs);
  });
});
