// Acceptance: the feature page (seed 004) imports to a valid zhuankan issue with its two city
// sections; captions become paragraphs of their own; the spots needing a person are reported by line.
import fs from 'node:fs';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { nonSpace, rebuildPlainText } from '../../src/import/plain-text';
import { importToTemp, SEED_004 } from './round-trip-helpers';

const seed = fs.readFileSync(SEED_004, 'utf8');
const imported = importToTemp(SEED_004);
const CAPTIONS = [
  '2月25-26日,省科协党组书记谢志远调研“科创中国”宁波试点工作。',
  '中国科协党组书记怀进鹏等领导、院士专家参观中国基因药谷。',
];
const BYLINES = ['本报记者 徐军 通讯员 叶旭光', '本报记者 徐慧敏'];

describe('import of seed 004 (feature page)', () => {
  it('is a zhuankan issue with the two city sections, titles and bylines', () => {
    expect(imported.data.template).toBe('zhuankan');
    expect(imported.data.articles.map((a) => [a.section, a.title, a.byline])).toEqual([
      ['宁波', '创新“五连”模式 促进科技经济融合', BYLINES[0]],
      ['温州', '以青科会为载体 推动“科创中国”试点落地', BYLINES[1]],
    ]);
  });

  it('passes check (compileIssue) but for the placeholders of the masthead it lacks (JB331)', () => {
    const compiled = compileIssue(imported.yamlPath);
    const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.code} ${d.args.field}`)).toEqual([
      'JB331 publication.name',
      'JB331 publication.editor',
      'JB331 issue.date',
    ]);
    expect(compiled.model).not.toBeNull();
  });

  it('keeps the ## subheadings and writes captions as paragraphs of their own, no image files', () => {
    const body = imported.data.articles.map((a) => a.body).join('\n');
    expect(body.match(/^## /gm)).toHaveLength(9);
    for (const c of CAPTIONS) expect(body).toContain(`\n${c}\n`);
    expect(body).not.toMatch(/!\[/);
  });

  it('joins the paragraph split around a caption, with nothing inserted', () => {
    expect(imported.data.articles[0].body).toContain('协助乡镇(街道)为企业开展战略咨询');
    expect(imported.issue!.joins.map((j) => [j.line, j.to])).toEqual([
      [25, 31],
      [37, 39],
      [61, 63],
    ]);
  });

  it('reports, with line numbers, what it could not place with confidence', () => {
    const byCode = imported.diagnostics.map((d) => `${d.code}@${d.line}`);
    expect(byCode).toEqual(expect.arrayContaining(['JB155@29', 'JB155@55', 'JB161@45', 'JB154@69', 'JB162@1', 'JB158@1']));
    // …and says so in the YAML where a person will look.
    expect(imported.yaml).toMatch(/# 请核对（第 69 行）：段落在句中结束/);
    expect(imported.yaml).toMatch(/name: 待填写 {2}# 占位/);
  });

  it('keeps every non-space character once; in order apart from the captions and bylines it moved', () => {
    const rebuilt = rebuildPlainText(imported.data);
    expect(nonSpace(rebuilt).sort()).toEqual(nonSpace(seed).sort());
    const strip = (s: string) => [...CAPTIONS, ...BYLINES].reduce((t, x) => t.split(x).join(''), s);
    expect(nonSpace(strip(rebuilt)).join('')).toBe(nonSpace(strip(seed)).join(''));
  });
});
