// What the PDF says about itself, without rendering: Subject from 期号/总期号, the pdfkit options
// (1.7, tagged, zh-CN, PDF/A-2b only when asked), and the extra XMP for an issue and for the
// annual index (no issue numbers, so no extension schema).
import { documentOptions, extraXmp, subjectOf } from '../../../src/render/pdf/metadata';
import { fixtureModel } from '../../fixtures/model';

const base = fixtureModel(1);
const withIssue = (issue: { number?: number; total?: number; date: string } | undefined) => ({ ...base, meta: { ...base.meta, issue } });

it('names 期号 and 总期号 in the Subject as the masthead does', () => {
  expect(subjectOf(withIssue({ number: 4, total: 269, date: '2022-04-30' }))).toBe('第 4 期（总第 269 期）');
  expect(subjectOf(withIssue({ number: 4, date: '2022-04-30' }))).toBe('第 4 期');
  expect(subjectOf(withIssue({ total: 269, date: '2022-04-30' }))).toBe('（总第 269 期）');
  expect(subjectOf(withIssue({ date: '2022-04-30' }))).toBeNull();
  expect(subjectOf(withIssue(undefined))).toBeNull();
});

it('asks pdfkit for PDF 1.7, tagged, zh-CN, fixed dates, and PDF/A-2b only with --pdfa', () => {
  const plain = documentOptions(withIssue({ number: 4, total: 269, date: '2022-04-30' }), {});
  expect(plain).toMatchObject({ pdfVersion: '1.7', tagged: true, lang: 'zh-CN', displayTitle: true });
  expect(plain.subset).toBeUndefined();
  expect(plain.info).toMatchObject({
    Title: base.meta.title,
    Author: base.meta.author,
    Subject: '第 4 期（总第 269 期）',
    CreationDate: base.meta.date,
    ModDate: base.meta.date,
  });
  expect(documentOptions(base, { pdfa: true }).subset).toBe('PDF/A-2b');
});

it('describes 期号/总期号 in an extension schema only when the document is an issue with numbers', () => {
  const issue = extraXmp(withIssue({ number: 4, total: 269, date: '2022-04-30' }));
  expect(issue).toContain('<jianbao:issueNumber>4</jianbao:issueNumber>');
  expect(issue).toContain('<pdfaSchema:prefix>jianbao</pdfaSchema:prefix>');
  expect(issue).toContain('<dc:date><rdf:Seq><rdf:li>2022-04-30</rdf:li></rdf:Seq></dc:date>');
  const index = extraXmp(withIssue(undefined));
  expect(index).not.toContain('jianbao:');
  expect(index).not.toContain('dc:date');
  expect(index).toContain('<xmp:ModifyDate>2022-04-30T00:00:00Z</xmp:ModifyDate>');
});
