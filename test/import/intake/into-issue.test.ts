// Contributions into the month's issue: `add article ISSUE --from FILE` and `import 简讯 --to ISSUE`
// insert one block of text and leave every other byte of the issue as it was; single-article text
// and Markdown import as articles; the built issue prints every source character in order.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../../helpers/run-cli';
import { SAMPLE_000 } from '../round-trip-helpers';
import { centredTitle, docxOf, ImageRun, Paragraph, png, TextRun, typed, AlignmentType } from './make-docx';
import { firstArticle, firstMissingInOrder, pdfTexts, tmp } from './intake-helpers';

/** The one contiguous block `after` adds to `before`, or null when anything else changed. */
function insertedBlock(before: string, after: string): string | null {
  let p = 0;
  while (p < before.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  return p + s === before.length ? after.slice(p, after.length - s) : null;
}

const ARTICLE_TXT = [
  '台州市科协开展科技志愿服务',
  '',
  '　　5月12日，台州市科协组织科技志愿者走进社区，开展“科普进万家”活动。',
  '　　活动现场设置了健康咨询、应急演练等展位。',
  '志愿者风采',
  '　　参加活动的志愿者共86人，服务群众1200余人次。',
  '（台州市科协）',
].join('\r\n');

const BRIEFS_TXT = [
  '简讯',
  '6月3日，市科协召开学会工作座谈会。（市科协学会部）',
  '6月5日-7日，市科协举办科技工作者培训班。（市科协组宣部）',
  '6月10日至12日，瑞安市科协开展科普日活动。（瑞安市科协）',
].join('\n');

describe('contributions into an issue', () => {
  const dir = tmp('into');
  const issue = path.join(dir, '2022-05', '2022-05.yaml');
  let before = '';

  beforeAll(() => {
    fs.mkdirSync(path.dirname(issue), { recursive: true });
    fs.copyFileSync(SAMPLE_000, issue);
    for (const f of fs.readdirSync(path.dirname(SAMPLE_000))) {
      if (f === 'jianbao.config.yaml') fs.copyFileSync(path.join(path.dirname(SAMPLE_000), f), path.join(dir, f));
      if (f === 'images') fs.cpSync(path.join(path.dirname(SAMPLE_000), f), path.join(path.dirname(issue), f), { recursive: true });
    }
    before = fs.readFileSync(issue, 'utf8');
  });

  it('imports a single-article .txt (CRLF, typed indentation): title, paragraphs, a subheading line, the source', async () => {
    const file = path.join(dir, '台州.txt');
    fs.writeFileSync(file, ARTICLE_TXT);
    const run = await runCli(['import', file, '-o', path.join(dir, 'single')]);
    expect(run.code).toBe(0);
    const yamlPath = path.join(dir, 'single', '台州.yaml');
    const a = firstArticle(yamlPath);
    expect(a.title).toBe('台州市科协开展科技志愿服务');
    expect(a.source).toBe('台州市科协');
    expect(a.body.split('\n').filter(Boolean)).toEqual([
      '5月12日，台州市科协组织科技志愿者走进社区，开展“科普进万家”活动。',
      '活动现场设置了健康咨询、应急演练等展位。',
      '## 志愿者风采',
      '参加活动的志愿者共86人，服务群众1200余人次。',
    ]);
    // A guessed subheading: a warning at file:line and a 请核对 comment.
    expect(run.stderr).toMatch(/台州\.txt:5:1: 警告 JB183 第 4 段“志愿者风采”/);
    expect(fs.readFileSync(yamlPath, 'utf8')).toContain('# 请核对：第 4 段“志愿者风采”按短行识别为小标题');
    const text = (await pdfTexts([yamlPath])).get(yamlPath)!;
    expect(firstMissingInOrder(ARTICLE_TXT, text)).toBeNull();
  }, 60_000);

  it('imports Markdown: # title, ## heading, **bold** kept', async () => {
    const file = path.join(dir, 'note.md');
    fs.writeFileSync(file, '# 科技馆暑期开放\n\n## 开放时间\n\n每天**9:00**开馆。\n');
    expect((await runCli(['import', file, '-o', path.join(dir, 'md')])).code).toBe(0);
    const a = firstArticle(path.join(dir, 'md', 'note.yaml'));
    expect(a.title).toBe('科技馆暑期开放');
    expect(a.body).toBe('## 开放时间\n\n每天**9:00**开馆。\n');
  });

  it('add article --from a .docx: appended after the last article with its photo and notes, every other byte kept', async () => {
    const photo = png(20, 120, 200);
    const file = path.join(dir, '台州.docx');
    fs.writeFileSync(
      file,
      await docxOf([
        centredTitle('台州市科协开展科技志愿服务'),
        typed('5月12日，科技志愿者走进社区。'),
        new Paragraph({ children: [new ImageRun({ type: 'png', data: photo, transformation: { width: 60, height: 40 } })] }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('图为活动现场。')] }),
        typed('服务群众1200余人次。（台州市科协）'),
      ]),
    );
    const run = await runCli(['add', 'article', issue, '--from', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已把文章');
    const after = fs.readFileSync(issue, 'utf8');
    const block = insertedBlock(before, after);
    expect(block).not.toBeNull();
    expect(block).toMatch(/^ {2}# 请核对：第 4 段“图为活动现场。”作为上一张图片的说明\n {2}- title: 台州市科协开展科技志愿服务\n/);
    const data = parse(after) as { articles: { title: string; source?: string; body: string }[] };
    const last = data.articles[data.articles.length - 1];
    expect(last.source).toBe('台州市科协');
    const img = /\((images\/[0-9a-f]{16}\.png)\)/.exec(last.body)![1];
    expect(fs.readFileSync(path.join(path.dirname(issue), img)).equals(photo)).toBe(true);
    before = after;
  });

  it('import 简讯.txt --to ISSUE: the briefs appended, date ranges kept, every other byte kept', async () => {
    const file = path.join(dir, '简讯.txt');
    fs.writeFileSync(file, BRIEFS_TXT);
    const run = await runCli(['import', file, '--to', issue]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('加入 3 条简讯');
    const after = fs.readFileSync(issue, 'utf8');
    expect(insertedBlock(before, after)).not.toBeNull();
    const briefs = (parse(after) as { briefs: { date: string; text: string; source?: string }[] }).briefs.slice(-3);
    expect(briefs).toEqual([
      { date: '6月3日', text: '市科协召开学会工作座谈会。', source: '市科协学会部' },
      { date: '6月5日-7日', text: '市科协举办科技工作者培训班。', source: '市科协组宣部' },
      { date: '6月10日至12日', text: '瑞安市科协开展科普日活动。', source: '瑞安市科协' },
    ]);
    before = after;
  });

  it('import 简讯.docx --to ISSUE, then the issue builds with the new article and briefs printed in order', async () => {
    const file = path.join(dir, '简讯.docx');
    const lines = ['6月15日，市科协举办院士专家报告会。（市科协学术部）', '6月18日，永嘉县科协开展科普进校园活动。（永嘉县科协）'];
    fs.writeFileSync(file, await docxOf([centredTitle('简讯'), ...lines.map((l) => typed(l))]));
    expect((await runCli(['import', file, '--to', issue])).code).toBe(0);
    const text = (await pdfTexts([issue])).get(issue)!;
    expect(
      firstMissingInOrder('台州市科协开展科技志愿服务 5月12日，科技志愿者走进社区。图为活动现场。服务群众1200余人次。（台州市科协）', text),
    ).toBeNull();
    expect(firstMissingInOrder(BRIEFS_TXT.split('\n').slice(1).join('') + lines.join(''), text)).toBeNull();
  }, 60_000);

  it('a 简讯 page without --to is refused with the command to use; a stray paragraph with --to writes nothing', async () => {
    const file = path.join(dir, '简讯2.txt');
    fs.writeFileSync(file, BRIEFS_TXT);
    const run = await runCli(['import', file, '-o', path.join(dir, 'x')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('JB185');
    expect(run.stderr).toContain('--to 2022-05/2022-05.yaml');
    const stray = path.join(dir, '简讯3.txt');
    fs.writeFileSync(stray, `说明：以下为本月简讯\n${BRIEFS_TXT.split('\n').slice(1).join('\n')}\n6月20日，某县科协开展活动。（某县科协）`);
    const now = fs.readFileSync(issue, 'utf8');
    const refused = await runCli(['import', stray, '--to', issue]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/JB184 简讯页第 1 段/);
    expect(fs.readFileSync(issue, 'utf8')).toBe(now);
  });

  it('a whole back issue cannot be added with --to (JB187)', async () => {
    const seed = path.join(__dirname, '..', '..', 'samples', 'seeds', '000_e208822181160997.txt');
    const run = await runCli(['import', seed, '--to', issue]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('JB187');
  });
});
