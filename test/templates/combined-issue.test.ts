// A 合刊 (combined issue, 第 5-6 期) prints “（合刊）” after its 期号 in the masthead of the built-in
// templates, in the PDF and the DOCX alike; an ordinary issue prints no such mark. Templates see
// issue.combined and the first and last numbers of each range (docs/templates.md).
import { buildYaml } from '../helpers/body-build';
import { templateData } from '../../src/templates/template-data';
import type { TemplateSource } from '../../src/templates/template-data';

jest.setTimeout(60_000);

function issue(template: string, number: string, total: string): string {
  return [
    'publication: { name: 测试简报, editor: 测试单位编 }',
    `template: ${template}`,
    `issue: { number: ${number}, total: ${total}, date: "2022-06-30" }`,
    'articles:',
    '  - title: 一篇文章',
    '    body: 正文。',
    '',
  ].join('\n');
}

/** The printed line holding 期号 in each format, spaces squeezed out. */
async function numberLines(template: string, number: string, total: string) {
  const built = await buildYaml(issue(template, number, total));
  expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const first = (lines: string[]) => lines.map(squeeze).find((l) => /^第\d/.test(l) || l.includes('期')) ?? '';
  return { pdf: first(built.pdfLines.map((l) => l.text)), docx: first(built.docxParagraphs), built };
}

describe.each(['kexie', 'plain'])('the %s template', (template) => {
  it('prints “第 5-6 期（合刊）” for a 合刊, in PDF and DOCX', async () => {
    const { pdf, docx } = await numberLines(template, '"5-6"', '"270-271"');
    expect(pdf).toContain('第5-6期（合刊）');
    expect(docx).toContain('第5-6期（合刊）');
  });

  it('prints no 合刊 mark for an ordinary issue', async () => {
    const { pdf, docx, built } = await numberLines(template, '5', '270');
    expect(pdf).toContain('第5期');
    expect(docx).toContain('第5期');
    expect(built.pdfLines.some((l) => l.text.includes('合刊'))).toBe(false);
    expect(built.docxParagraphs.some((p) => p.includes('合刊'))).toBe(false);
  });
});

describe('the data a template sees', () => {
  const source = (number: TemplateSource['issue']['number'], total: TemplateSource['issue']['total']): TemplateSource => ({
    publication: { name: '刊', editor: '编' },
    issue: { number, total, date: '2022-06-30' },
    articles: [],
    briefs: [],
    colophon: null,
  });

  it('a 合刊: combined, with the first and last of each range', () => {
    expect(templateData(source('5-6', '270-271')).issue).toEqual({
      number: '5-6',
      total: '270-271',
      date: '2022-06-30',
      combined: true,
      numberSpan: { first: 5, last: 6 },
      totalSpan: { first: 270, last: 271 },
    });
    // One 总期号 for two 期号 is a 合刊 too.
    expect(templateData(source('5-6', 270)).issue).toMatchObject({ combined: true, totalSpan: { first: 270, last: 270 } });
  });

  it('an ordinary issue: not combined; an issue without numbers has no spans', () => {
    expect(templateData(source(5, 270)).issue).toMatchObject({ combined: false, numberSpan: { first: 5, last: 5 } });
    expect(templateData(source(undefined, undefined)).issue).toMatchObject({ combined: false, numberSpan: null, totalSpan: null });
  });
});
