// Placeholders are errors in check and build (JB331, each at its line:col); `build --draft` builds
// anyway as JB332 warnings and marks every page 样稿, read back from the PDF and the DOCX.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { issueSkeleton } from '../../src/wizard/skeleton';
import { runCli } from '../helpers/run-cli';
import { readDocx } from '../helpers/docx-read';
import { readPdf } from '../helpers/pdf-read';

/** A fresh `jianbao new` file, exactly as the wizard writes it. */
function skeletonIssue(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-draft-'));
  const file = path.join(dir, '2022-05.yaml');
  fs.writeFileSync(
    file,
    issueSkeleton({
      file,
      number: 5,
      total: 270,
      date: '2022-05-31',
      publication: { name: '温州科协信息', editor: '温州市科学技术协会编' },
    }),
  );
  return file;
}

const lineOf = (file: string, text: string) =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;

describe('placeholders left in an issue', () => {
  it('are errors in check, each at its line:col with the hint to use --draft', async () => {
    const file = skeletonIssue();
    const run = await runCli(['check', '--format', 'json', file]);
    expect(run.code).toBe(1);
    const found = JSON.parse(run.stdout) as Array<{ code: string; line: number; col: number; hint: string }>;
    const placeholders = found.filter((d) => d.code === 'JB331');
    expect(placeholders.map((d) => `${d.line}:${d.col}`)).toEqual([
      `${lineOf(file, '示例标题（请替换）')}:12`,
      `${lineOf(file, 'source: 来源单位')}:13`,
      `${lineOf(file, '第一段正文')}:7`,
      `${lineOf(file, '## 小标题（可选）')}:7`,
      `${lineOf(file, '第二段正文')}:7`,
    ]);
    expect(placeholders[0].hint).toContain('--draft');
  });

  it('check --strict does not say 没有问题, and says which placeholder', async () => {
    const run = await runCli(['check', '--strict', skeletonIssue()]);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).not.toContain('没有问题');
    expect(run.stdout + run.stderr).toContain('仍是占位文字“示例标题（请替换）”');
  });

  it("import's 待填写 and 2000-01-01 are errors too", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-draft-'));
    const file = path.join(dir, 'imported.yaml');
    fs.writeFileSync(
      file,
      [
        'publication:',
        '  name: 待填写  # 占位：原文没有，请填写',
        '  editor: 待填写  # 占位：原文没有，请填写',
        'issue:',
        '  number: 4',
        '  total: 269',
        '  date: "2000-01-01"  # 占位：原文没有，请填写',
        'articles:',
        '  - title: 市科协召开党组会',
        '    source: 市科协办公室',
        '    body: |',
        '      正文。',
        '',
      ].join('\n'),
    );
    const run = await runCli(['check', '--format', 'json', file]);
    const found = JSON.parse(run.stdout) as Array<{ code: string; line: number }>;
    expect(found.filter((d) => d.code === 'JB331').map((d) => d.line)).toEqual([2, 3, 7]);
  });

  it('stop build: nothing is written', async () => {
    const file = skeletonIssue();
    const out = path.join(path.dirname(file), 'out');
    const run = await runCli(['build', file, '-o', out], { JIANBAO_SERVER: '0' });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain('JB331');
    expect(fs.existsSync(path.join(out, '2022-05.pdf'))).toBe(false);
  });
});

describe('build --draft', () => {
  const file = skeletonIssue();
  const out = path.join(path.dirname(file), 'out');
  let run: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    run = await runCli(['build', '--draft', file, '-o', out], { JIANBAO_SERVER: '0' });
  }, 60_000);

  it('builds, with each placeholder a JB332 warning', () => {
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).toContain('JB332');
    expect(run.stdout + run.stderr).not.toContain('JB331');
  });

  it('marks every PDF page 样稿 in the top margin', () => {
    const pages = readPdf(fs.readFileSync(path.join(out, '2022-05.pdf')));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const mark = page.items.find((i) => i.text === '样稿');
      expect(mark).toBeDefined();
      expect(mark!.y).toBeLessThan((37 * 72) / 25.4); // above the type area (top margin 37 mm)
    }
  });

  it('marks the DOCX: a 样稿 header that every section uses', () => {
    const docx = readDocx(fs.readFileSync(path.join(out, '2022-05.docx')));
    const headers = Object.entries(docx.xml).filter(([name]) => /^word\/header\d*\.xml$/.test(name));
    expect(headers.length).toBeGreaterThan(0);
    for (const [, xml] of headers) expect(xml).toContain('样稿');
    const document = docx.xml['word/document.xml'];
    expect(document).toMatch(/<w:headerReference w:type="default"/);
    // Odd and even pages alike: where the footers alternate, the even header is there too.
    if (/<w:footerReference w:type="even"/.test(document)) expect(document).toMatch(/<w:headerReference w:type="even"/);
    expect(docx.paragraphs.join('')).not.toContain('样稿'); // in the margin, never in the text
  });
});

test('a build without --draft has no 样稿 anywhere', async () => {
  const file = skeletonIssue();
  const text = fs
    .readFileSync(file, 'utf8')
    .replace('示例标题（请替换）', '市科协召开党组会')
    .replace('来源单位', '市科协办公室')
    .replace('第一段正文。段与段之间空一行。', '4月21日，市科协召开党组会。')
    .replace('## 小标题（可选）', '## 一是立足温州')
    .replace('第二段正文。', '会议强调。');
  fs.writeFileSync(file, text);
  const out = path.join(path.dirname(file), 'out');
  const run = await runCli(['build', file, '-o', out], { JIANBAO_SERVER: '0' });
  expect(run.code).toBe(0);
  const pages = readPdf(fs.readFileSync(path.join(out, '2022-05.pdf')));
  expect(pages.map((p) => p.text).join('')).not.toContain('样稿');
  const docx = readDocx(fs.readFileSync(path.join(out, '2022-05.docx')));
  expect(Object.keys(docx.xml).some((n) => /^word\/header/.test(n))).toBe(false);
}, 60_000);

test('build --draft of a many-page issue marks every page, odd and even (PDF), and both header kinds (DOCX)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-draft-'));
  const samples = path.join(__dirname, '..', '..', 'samples');
  for (const f of ['wenzhou-kexie-2022-04.yaml', 'jianbao.config.yaml']) fs.copyFileSync(path.join(samples, f), path.join(dir, f));
  fs.cpSync(path.join(samples, 'images'), path.join(dir, 'images'), { recursive: true });
  const out = path.join(dir, 'out');
  const run = await runCli(['build', '--draft', path.join(dir, 'wenzhou-kexie-2022-04.yaml'), '-o', out], { JIANBAO_SERVER: '0' });
  expect(run.code).toBe(0);
  const pages = readPdf(fs.readFileSync(path.join(out, 'wenzhou-kexie-2022-04.pdf')));
  expect(pages.length).toBeGreaterThan(2);
  pages.forEach((page, i) => {
    const mark = page.items.find((item) => item.text === '样稿');
    expect({ page: i + 1, marked: Boolean(mark) }).toEqual({ page: i + 1, marked: true });
    // Outside edge: right half on odd pages, left half on even ones.
    expect(mark!.x > page.width / 2).toBe(i % 2 === 0);
  });
  const docx = readDocx(fs.readFileSync(path.join(out, 'wenzhou-kexie-2022-04.docx')));
  const document = docx.xml['word/document.xml'];
  for (const kind of ['default', 'even']) {
    if (kind === 'even' && !/<w:footerReference w:type="even"/.test(document)) continue;
    const id = new RegExp(`<w:headerReference w:type="${kind}" r:id="(\\w+)"`).exec(document)?.[1];
    expect(id).toBeDefined();
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(docx.xml['word/_rels/document.xml.rels'])?.[1] ?? '';
    expect(docx.xml[`word/${target}`]).toContain('样稿');
  }
}, 90_000);
