// Back issues typed by a secretary in WPS/Word (seed 000's text, seed 004's for the feature page),
// not written by jianbao: each imports as a whole issue whose fields hold exactly what was typed,
// every typed character is accounted for (printed, or kept in a comment with a note, or one of the
// noted layout changes), and the YAML builds to a PDF holding the text in order.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { nonSpace } from '../../../src/import/plain-text';
import { firstMissingInOrder, pdfTexts } from '../intake/intake-helpers';
import { png } from '../intake/make-docx';
import { importTyped, loaded, printed, type PrintedIssue } from './round-trip-helpers';
import { boldTitles, featurePage, inTables, redCentred, type TypedArticle, type TypedIssue } from './secretary-docx';

const ROOT = path.join(__dirname, '..', '..', '..');
interface SampleArticle {
  section?: string;
  title: string;
  source?: string;
  byline?: string;
  body: string;
}
const sample = (name: string) =>
  parse(fs.readFileSync(path.join(ROOT, 'samples', name), 'utf8')) as {
    articles: SampleArticle[];
    briefs: { date: string; text: string; source: string }[];
  };
const KEXIE = sample('wenzhou-kexie-2022-04.yaml');
const FEATURE = sample('feature-page-2021-06.yaml');
const PHOTO_HASH = createHash('sha256')
  .update(png(40, 120, 200, 60, 40))
  .digest('hex')
  .slice(0, 12);

const bodyOf = (a: SampleArticle) =>
  a.body
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.replace(/^!\[([^\]]*)\]\([^)]*\)$/, '[photo] $1'));
const typed = (a: SampleArticle, extra: Partial<TypedArticle> = {}): TypedArticle => ({
  section: a.section,
  title: a.title.split('\n'),
  body: bodyOf(a),
  source: a.source,
  byline: a.byline,
  ...extra,
});
const briefLine = (b: { date: string; text: string; source: string }) => `${b.date}，${b.text}（${b.source}）`;

/** What the YAML must hold for a typed issue (photos by their bytes' hash, as printed() names them). */
function expected(issue: TypedIssue, fields: Omit<PrintedIssue, 'articles' | 'briefs'>, briefs: PrintedIssue['briefs']): PrintedIssue {
  return {
    ...fields,
    articles: issue.articles.map((a) => ({
      section: a.section,
      title: a.title.join(''),
      toc: (a.toc ?? a.title.join('')).replace(/\n/g, ''),
      source: a.source,
      byline: a.byline,
      body: a.body.map((l) => (l.startsWith('[photo] ') ? `![${l.slice(8)}](${PHOTO_HASH})` : l)),
    })),
    briefs,
  };
}

/** The masthead and 报尾 fields a kexie issue of 2022-04 (第4期, 总第269期) must hold: its name and mark
 *  as typed, the 编印单位 left of the date, each typed 报/送/发 line's label and text, the 共印 count. */
function kexieFields(issue: TypedIssue): Omit<PrintedIssue, 'articles' | 'briefs'> {
  const distribution = issue.colophon.flatMap((l) => {
    const m = /^([报送发])：(.+)$/.exec(l);
    return m ? [{ label: m[1], to: m[2] }] : [];
  });
  const copies = issue.colophon.map((l) => /共印\s*(\d+)\s*份/.exec(l)?.[1]).find(Boolean);
  return {
    name: issue.name,
    editor: issue.editorLine!.split(/\t+/)[0],
    mark: issue.mark,
    number: 4,
    total: 269,
    date: '2022-04-30',
    colophon: { distribution, copies: Number(copies) },
  };
}

/** Every typed character, in typing order. */
function typedText(issue: TypedIssue, layout: 'red' | 'tables' | 'feature'): string[] {
  const out: string[] = [];
  if (layout !== 'feature') {
    out.push(...[issue.mark, issue.name, issue.numbers, issue.editorLine].filter((x): x is string => x !== undefined));
    if (layout === 'red') out.push('━'.repeat(26));
    if (!issue.noToc) {
      out.push(layout === 'red' ? '本 期 要 目' : '本期要目');
      const toc = [...issue.articles.filter((a) => a.toc !== null).map((a) => a.toc ?? a.title.join('')), ...(issue.extraToc ?? [])];
      out.push(...toc.map((t, i) => `${t}${layout === 'red' ? i + 1 : i + 2}`));
    }
  } else out.push(issue.editorLine!);
  for (const a of issue.articles) {
    out.push(...[a.section, ...a.title, a.byline].filter((x): x is string => x !== undefined));
    out.push(...a.body.map((l) => l.replace(/^## |^\[photo\] /, '')));
    if (a.source) out.push(`（${a.source}）`);
  }
  if (layout !== 'feature') out.push(issue.briefsHeading ?? '简讯', ...issue.briefs);
  if (layout === 'red') out.push('_'.repeat(40));
  out.push(...issue.colophon);
  return out;
}

/** The imported issue's text as it prints, and the lines kept as comments. */
function yamlText(yamlFile: string): string[] {
  const issue = loaded(yamlFile);
  const out: string[] = [];
  const { publication: p, issue: n } = issue;
  if (issue.template !== 'zhuankan') {
    out.push(...[p.mark, p.name].filter((x): x is string => x !== undefined));
    if (n.number !== undefined) out.push(`第${n.number}期`);
    if (n.total !== undefined) out.push(`（总第${n.total}期）`);
    const [y, m, d] = n.date.split('-').map(Number);
    out.push(p.editor ?? '', `${y}年${m}月${d}日`, '本期要目', ...issue.articles.map((a) => a.toc ?? a.title.replace(/\n/g, '')));
  } else {
    const [y, m, d] = n.date.split('-').map(Number);
    out.push(p.name, `${y}年${m}月${d}日`);
  }
  for (const a of issue.articles) {
    out.push(...[a.section, a.title, a.byline].filter((x): x is string => x !== undefined));
    out.push(...a.body.split('\n').map((l) => l.replace(/^## /, '').replace(/^!\[([^\]]*)\]\([^)]*\)$/, '$1')));
    if (a.source) out.push(`（${a.source}）`);
  }
  if (issue.briefs.length) out.push('简讯', ...issue.briefs.map((b) => `${b.date}，${b.text}${b.source ? `（${b.source}）` : ''}`));
  for (const d of issue.colophon?.distribution ?? []) out.push(`${d.label}：${d.to}`);
  if (issue.colophon?.copies) out.push(`（共印${issue.colophon.copies}份）`);
  const comments = fs
    .readFileSync(yamlFile, 'utf8')
    .split('\n')
    .filter((l) => /^# 原文（第 \d+ 段，未写入）：/.test(l))
    .map((l) => l.replace(/^# 原文（第 \d+ 段，未写入）：/, ''));
  return [...out, ...comments];
}

/** Characters in `a` and not in `b` (spaces aside), sorted: what one side has that the other lacks. */
function lacking(a: string[], b: string[]): string {
  const count = new Map<string, number>();
  for (const c of nonSpace(b.join(''))) count.set(c, (count.get(c) ?? 0) + 1);
  const out: string[] = [];
  for (const c of nonSpace(a.join(''))) {
    if ((count.get(c) ?? 0) > 0) count.set(c, count.get(c)! - 1);
    else out.push(c);
  }
  return out.sort().join('');
}
const sorted = (s: string) => [...s].sort().join('');

describe('red centred masthead, 要目 with dotted tab leaders, 栏目, 工作简讯, 报尾 between typed rules', () => {
  const issue: TypedIssue = {
    mark: '内部资料 注意保存',
    name: '温州科协信息',
    numbers: '第4期\u3000\u3000\u3000\u3000总第269期',
    editorLine: '温州市科学技术协会编\t\t\t\t\t2022年4月30日',
    articles: KEXIE.articles
      .slice(0, 5)
      .map((a, k) =>
        typed(
          a,
          k === 0
            ? { section: '【工作动态】' }
            : k === 1
              ? { toc: '全市县（市、区）科协\n主席会议召开' }
              : k === 3
                ? { section: '【调研走访】' }
                : {},
        ),
      ),
    briefsHeading: '工作简讯',
    briefs: KEXIE.briefs.map(briefLine),
    colophon: [
      '报：省科协办公室，市委办公室，市政府办公室',
      '送：市委组织部、宣传部，市科技局，市人力社保局',
      '发：各县（市、区）科协，市级学会，市科协机关各部室、直属单位',
      '温州市科学技术协会办公室\u3000\u3000\u3000\u30002022年4月30日印发',
      '共印200份',
    ],
  };
  let got: Awaited<ReturnType<typeof importTyped>>;
  beforeAll(async () => {
    got = await importTyped('2022-04', redCentred(issue));
  });

  test('a whole issue whose fields hold what was typed', () => {
    expect(got.run.code).toBe(0);
    expect(got.run.stdout).toMatch(/整期，5 篇文章，14 条简讯/);
    const want = expected(issue, kexieFields(issue), KEXIE.briefs);
    expect(printed(loaded(got.yamlFile))).toEqual(want);
  });

  test('every typed character is printed or kept, but for the noted layout changes', () => {
    const typedChars = typedText(issue, 'red');
    const yamlChars = yamlText(got.yamlFile);
    // Typed and not printed: the rules (JB083), the 要目's page numbers, 工作 of 工作简讯 (JB082).
    expect(lacking(typedChars, yamlChars)).toBe(sorted(`${'━'.repeat(26)}${'_'.repeat(40)}12345工作`));
    // Printed and not typed: the brackets of （总第269期） and of （共印200份） (JB081).
    expect(lacking(yamlChars, typedChars)).toBe(sorted('（）（）'));
    expect(new Set(got.codes)).toEqual(new Set(['JB080', 'JB081', 'JB082', 'JB083', 'JB175']));
    expect(got.run.stderr).toMatch(/JB080 报尾第 \d+ 段“温州市科学技术协会办公室/);
  });

  test('builds, and the PDF holds every article and brief in order', async () => {
    const pdf = (await pdfTexts([got.yamlFile])).get(got.yamlFile)!;
    const issueText = loaded(got.yamlFile);
    const flow = issueText.articles.flatMap((a) => [a.title, a.body.replace(/^## /gm, ''), `（${a.source}）`]).join('\n');
    expect(firstMissingInOrder(flow, pdf)).toBeNull();
    expect(firstMissingInOrder(issue.briefs.join('\n'), pdf)).toBeNull();
    expect(nonSpace(pdf).join('')).toContain('（总第269期）');
  });
});

describe('masthead, 要目 and 报尾 in tables; a photo; 要目 and titles that disagree', () => {
  const arts = KEXIE.articles.slice(5, 9);
  const issue: TypedIssue = {
    name: '温州科协信息',
    numbers: '第4期 总第269期',
    editorLine: '温州市科学技术协会编\t2022年4月30日',
    extraToc: ['全市科普工作会议召开'],
    articles: [
      typed(arts[0], { toc: '“科创中国”温州站泵阀产业技术交流会召开' }),
      typed(arts[1], { toc: null }),
      typed(arts[2], { body: [bodyOf(arts[2])[0], '[photo] 图为座谈会现场。', ...bodyOf(arts[2]).slice(1)] }),
      typed(arts[3], { sourceAlone: true }),
    ],
    briefs: [
      briefLine(KEXIE.briefs[0]),
      briefLine(KEXIE.briefs[1]),
      '4月9日，市科协组织专家开展科普项目',
      '和科普教育阵地考核工作（市科协科普部）',
    ],
    colophon: [
      '报：省科协办公室',
      '发：各县（市、区）科协',
      '温州市科学技术协会办公室\u3000\u3000\u3000\u30002022年4月30日印发',
      '共印 200 份',
    ],
  };
  let got: Awaited<ReturnType<typeof importTyped>>;
  beforeAll(async () => {
    got = await importTyped('2022-04b', inTables(issue));
  });

  test('a whole issue; the 要目 line that differs is kept as toc, the one naming no article is noted and kept in a comment', () => {
    expect(got.run.code).toBe(0);
    const want = expected(issue, kexieFields(issue), KEXIE.briefs.slice(0, 3));
    // The article the 要目 left out gets the rebuilt 要目's line (its title).
    want.articles[1].toc = want.articles[1].title;
    expect(printed(loaded(got.yamlFile))).toEqual(want);
    const text = fs.readFileSync(got.yamlFile, 'utf8');
    expect(text).toMatch(/^# 原文（第 \d+ 段，未写入）：全市科普工作会议召开$/m);
    expect(text).toMatch(/^# 原文（第 \d+ 段，未写入）：温州市科学技术协会办公室\u3000{4}2022年4月30日印发$/m);
    expect(new Set(got.codes)).toEqual(new Set(['JB078', 'JB079', 'JB080', 'JB081', 'JB084', 'JB153', 'JB175', 'JB181']));
  });

  test('every typed character is printed or kept, but for the noted layout changes', () => {
    const typedChars = typedText(issue, 'tables');
    const yamlChars = yamlText(got.yamlFile);
    // The 要目's page numbers (2–5) are not printed; the rebuilt 要目 lists the article it left out.
    expect(lacking(typedChars, yamlChars)).toBe(sorted('2345'));
    expect(lacking(yamlChars, typedChars)).toBe(sorted(`（）（）${arts[1].title.replace(/\n/g, '')}`));
  });
});

describe('a feature page (seed 004): no masthead or 要目, a 栏目 (city) over each article, bylines, photos', () => {
  const issue: TypedIssue = {
    editorLine: '“科创中国”试点城市专版\t\t\t2021年6月30日',
    articles: FEATURE.articles.map((a) => typed(a)),
    briefs: [],
    colophon: [],
  };
  let got: Awaited<ReturnType<typeof importTyped>>;
  beforeAll(async () => {
    got = await importTyped('zhuankan', featurePage(issue));
  });

  test('a whole issue in the feature template, each article under its city', () => {
    expect(got.run.code).toBe(0);
    const loadedIssue = loaded(got.yamlFile);
    expect(loadedIssue.template).toBe('zhuankan');
    const want = expected(
      issue,
      {
        name: '“科创中国”试点城市专版',
        editor: '待填写',
        mark: undefined,
        date: '2021-06-30',
        number: undefined,
        total: undefined,
        colophon: null,
      },
      [],
    );
    expect(printed(loadedIssue)).toEqual(want);
    expect(got.codes).toContain('JB158');
  });

  test('every typed character is printed', () => {
    expect(lacking(typedText(issue, 'feature'), yamlText(got.yamlFile))).toBe('');
    expect(lacking(yamlText(got.yamlFile), typedText(issue, 'feature'))).toBe('');
  });
});

describe('no 要目: a mark above the name, 第４期 in full-width digits, the date in Chinese numerals beside …办公室', () => {
  const issue: TypedIssue = {
    mark: '内部资料',
    name: '温州科协信息',
    numbers: '第４期\u3000\u3000总第２６９期',
    editorLine: '温州市科学技术协会办公室\t\t\t二〇二二年四月三十日',
    noToc: true,
    articles: KEXIE.articles.slice(0, 3).map((a) => typed(a)),
    briefs: KEXIE.briefs.slice(0, 2).map(briefLine),
    colophon: ['报：省科协办公室', '发：各县（市、区）科协', '（共印 200 份）'],
  };
  let got: Awaited<ReturnType<typeof importTyped>>;
  beforeAll(async () => {
    got = await importTyped('2022-04c', redCentred(issue));
  });

  test('the masthead is read, the articles are the three typed, nothing is said about a 要目', () => {
    expect(got.run.code).toBe(0);
    const want = expected(issue, kexieFields(issue), KEXIE.briefs.slice(0, 2));
    expect(printed(loaded(got.yamlFile))).toEqual(want);
    expect(got.codes).not.toContain('JB079');
    expect(got.codes).not.toContain('JB156');
  });
});

test('titles typed in body type, centred and bold, under a 第3期 masthead: still a whole issue', async () => {
  const got = await importTyped('2019-03', boldTitles());
  expect(got.run.stdout).toMatch(/整期，2 篇文章/);
  const issue = loaded(got.yamlFile);
  expect(issue.articles.map((a) => [a.title, a.source, a.body])).toEqual([
    ['区科协召开全委会', '区科协', '3月5日，区科协召开全委会。\n'],
    ['科普讲座进社区', '区科协', '3月9日，科普讲座走进社区。\n'],
  ]);
  expect([issue.issue.number, issue.issue.date, issue.publication.editor]).toEqual([3, '2019-03-31', '瓯海区科协办公室']);
});
