// Glyph preflight through the real pipeline: an issue using a character the bundled fonts lack
// (𠀀 U+20000) gets an error at its YAML line naming the character and the article, at the desk
// as under CI, and no PDF is made: a blank box is never printed in place of the editor's text.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { runCli } from '../helpers/run-cli';

let dir: string;
const RARE = '𠀀';
const ISSUE = [
  'issue: { number: 4, total: 269, date: "2022-04-30" }',
  'articles:',
  '  - title: 温州市科协召开会议',
  '    source: 市科协办公室',
  '    body: |',
  '      第一段正文。',
  '',
  `      第二段提到罕见字${RARE}，印出来会是空框。`,
  '',
].join('\n');
const savedCI = process.env.CI;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-preflight-'));
  fs.copyFileSync(path.join(__dirname, '../../samples/jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  fs.writeFileSync(path.join(dir, 'issue.yaml'), ISSUE);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (savedCI === undefined) delete process.env.CI;
  else process.env.CI = savedCI;
});

describe('glyph preflight', () => {
  it('is an error at the line and column of the character, naming it, its font and the article', () => {
    delete process.env.CI;
    const r = compileIssue(path.join(dir, 'issue.yaml'));
    const found = r.diagnostics.filter((d) => d.code === 'JB604');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'error',
      line: 8,
      col: 15,
      args: { char: RARE, codepoint: 'U+20000', role: 'body', family: '仿宋', article: '温州市科协召开会议' },
    });
    expect(r.model).toBeNull();
  });

  it('stops a PDF build at the desk (no CI): exit 1, the message says no PDF can be made, no file written', async () => {
    const out = path.join(dir, 'out-desk');
    const run = await runCli(['build', path.join(dir, 'issue.yaml'), '-o', out], { CI: '' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/JB604[\s\S]*不能生成 PDF/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
  });

  it('lets a draft be made: the character an empty box, named at its line (JB608, a warning); no JB604', async () => {
    const r = compileIssue(path.join(dir, 'issue.yaml'), { draft: true });
    expect(r.diagnostics.filter((d) => d.code === 'JB604')).toEqual([]);
    expect(r.diagnostics.find((d) => d.code === 'JB608')).toMatchObject({ severity: 'warning', line: 8, col: 15, args: { char: RARE } });
    expect(r.model).not.toBeNull();
    const out = path.join(dir, 'out-draft');
    const run = await runCli(['build', path.join(dir, 'issue.yaml'), '--draft', '--to', 'pdf', '-o', out], { CI: '' });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('JB608');
    expect(fs.readdirSync(out)).toEqual(['issue.pdf']);
  });

  it("is skipped for a DOCX-only build, which Word sets in the editor's own fonts", async () => {
    process.env.CI = 'true';
    const out = path.join(dir, 'out');
    const docx = await runCli(['build', path.join(dir, 'issue.yaml'), '--to', 'docx', '-o', out], { CI: 'true' });
    expect(docx.code).toBe(0);
    expect(fs.readdirSync(out)).toEqual(['issue.docx']);
    const pdf = await runCli(['build', path.join(dir, 'issue.yaml'), '--to', 'pdf', '-o', out], { CI: 'true' });
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).toContain('JB604');
    expect(fs.readdirSync(out)).toEqual(['issue.docx']);
  });

  it('checks the kai role against LXGW WenKai: 㐀 (Ext-A, not in it) in a （来源） is reported as 楷体, in the body (Noto has it) not', () => {
    delete process.env.CI;
    const file = path.join(dir, 'kai.yaml');
    fs.writeFileSync(file, ISSUE.replace('source: 市科协办公室', 'source: 市科协㐀办公室').replace('第一段正文。', '第一段正文㐀。'));
    const found = compileIssue(file).diagnostics.filter((d) => d.code === 'JB604' && d.args?.char === '㐀');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'error',
      line: 4,
      args: { char: '㐀', codepoint: 'U+3400', role: 'kai', family: '楷体' },
    });
  });

  it('passes superscripts and subscripts the fonts lack (drawn from their digits) but still stops a missing ideograph', () => {
    delete process.env.CI;
    const file = path.join(dir, 'scripts.yaml');
    const typed = 'CO₂、m²、10⁶、PM₂.₅、x⁻¹、Hₙ';
    // In the body (Noto Serif SC) and in a （来源） set in the kai role (LXGW WenKai).
    fs.writeFileSync(file, ISSUE.replace('第一段正文。', `第一段正文${typed}。`).replace('source: 市科协办公室', 'source: 市科协办公室₂'));
    const found = compileIssue(file).diagnostics.filter((d) => d.code === 'JB604');
    expect(found.map((d) => d.args?.char)).toEqual([RARE]);
  });

  it('builds a PDF of an issue with CO₂、m²、10⁶、PM₂.₅: exit 0', async () => {
    const file = path.join(dir, 'scripts-only.yaml');
    fs.writeFileSync(file, ISSUE.replace(`第二段提到罕见字${RARE}，印出来会是空框。`, '第二段写CO₂、m²、10⁶、PM₂.₅。'));
    const out = path.join(dir, 'out-scripts');
    const run = await runCli(['build', file, '--to', 'pdf', '-o', out], { CI: '' });
    expect(run.stderr).not.toContain('JB604');
    expect(run.code).toBe(0);
    expect(fs.readdirSync(out)).toEqual(['scripts-only.pdf']);
  });

  it('finds nothing missing in the samples', () => {
    delete process.env.CI;
    for (const name of ['wenzhou-kexie-2022-04.yaml', 'feature-page-2021-06.yaml']) {
      const r = compileIssue(path.join(__dirname, '../../samples', name));
      expect(r.diagnostics.filter((d) => d.code === 'JB604')).toEqual([]);
    }
  });
});
