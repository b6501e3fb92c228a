// Owns what the PDF says about itself: the document info (Title, Author, Subject with 期号 and
// 总期号, fixed dates), the XMP metadata stream that repeats it for archives (dc:publisher,
// dc:date, dc:language, 期号/总期号 in a described extension schema), and the PDF/A-2b
// identification `--pdfa` asks pdfkit for. Dates come from the model only, so bytes stay
// reproducible.
import type { SharedWork } from '../renderer';
import type { DocumentModel } from '../../model/model';

/** PDF/A part and conformance `--pdfa` writes (pdfkit adds pdfaid and the sRGB output intent). */
export const PDFA_SUBSET = 'PDF/A-2b';

/** Namespace of the extension schema carrying 期号 and 总期号. */
export const JIANBAO_XMP_NS = 'https://jianbao.invalid/ns/issue/1.0/';

export interface PdfOptions {
  /** Write PDF/A-2b (build --pdfa). */
  pdfa?: boolean;
  /** The layout the other renderers of this build use too (RenderOptions.shared). */
  shared?: SharedWork;
}

/** 第 4 期（总第 269 期）: the issue numbers as the masthead names them, or null. */
export function subjectOf(model: DocumentModel): string | null {
  const issue = model.meta.issue;
  if (!issue) return null;
  const parts = [issue.number ? `第 ${issue.number} 期` : '', issue.total ? `（总第 ${issue.total} 期）` : ''].join('');
  return parts || null;
}

/** pdfkit copies the info's Title and Author into the XMP unescaped, so a name with `&` or `<`
 * would make the XMP malformed: such a value is left out of the info and written (escaped) into
 * the XMP by extraXmp alone, which PDF/A allows (the info may lack what the XMP has). */
const xmlSafe = (text: string) => !/[&<>]/.test(text);

export function documentOptions(model: DocumentModel, options: PdfOptions): PDFKit.PDFDocumentOptions {
  const { date } = model.meta;
  const title = xmlSafe(model.meta.title) ? model.meta.title : null;
  const author = xmlSafe(model.meta.author) ? model.meta.author : null;
  const subject = subjectOf(model);
  return {
    pdfVersion: '1.7',
    tagged: true,
    lang: 'zh-CN',
    displayTitle: true,
    ...(options.pdfa ? { subset: PDFA_SUBSET } : {}),
    // Fixed dates make the file ID (derived from info) and so the whole file reproducible.
    info: {
      ...(title ? { Title: title } : {}),
      ...(author ? { Author: author } : {}),
      ...(subject ? { Subject: subject } : {}),
      Creator: 'jianbao',
      CreationDate: date,
      ModDate: date,
    },
  };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** XMP date without milliseconds, as pdfkit writes xmp:CreateDate. */
const xmpDate = (date: Date) => `${date.toISOString().split('.')[0]}Z`;

/** The XMP properties pdfkit does not write: modification and metadata dates (PDF/A wants them
 * equal to the info's), publisher, issue date, language, and 期号/总期号 with the extension
 * schema that PDF/A requires for any property outside the predefined schemas. */
export function extraXmp(model: DocumentModel): string {
  const { title, author, date, issue } = model.meta;
  // What documentOptions kept out of the info (and so out of pdfkit's own XMP).
  const unsafe = [
    xmlSafe(title) ? '' : `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(title)}</rdf:li></rdf:Alt></dc:title>`,
    xmlSafe(author) ? '' : `<dc:creator><rdf:Seq><rdf:li>${escapeXml(author)}</rdf:li></rdf:Seq></dc:creator>`,
  ].join('');
  const numbers = [
    issue?.number ? `<jianbao:issueNumber>${issue.number}</jianbao:issueNumber>` : '',
    issue?.total ? `<jianbao:totalNumber>${issue.total}</jianbao:totalNumber>` : '',
  ].filter(Boolean);
  const property = (name: string, description: string) =>
    `<rdf:li rdf:parseType="Resource"><pdfaProperty:name>${name}</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>${description}</pdfaProperty:description></rdf:li>`;
  const lines = [
    `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:ModifyDate>${xmpDate(date)}</xmp:ModifyDate><xmp:MetadataDate>${xmpDate(date)}</xmp:MetadataDate></rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:publisher><rdf:Bag><rdf:li>${escapeXml(author)}</rdf:li></rdf:Bag></dc:publisher><dc:language><rdf:Bag><rdf:li>zh-CN</rdf:li></rdf:Bag></dc:language>${unsafe}${
      issue ? `<dc:date><rdf:Seq><rdf:li>${escapeXml(issue.date)}</rdf:li></rdf:Seq></dc:date>` : ''
    }</rdf:Description>`,
  ];
  if (numbers.length > 0) {
    lines.push(
      `<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#"><pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource"><pdfaSchema:schema>jianbao issue numbers</pdfaSchema:schema><pdfaSchema:namespaceURI>${JIANBAO_XMP_NS}</pdfaSchema:namespaceURI><pdfaSchema:prefix>jianbao</pdfaSchema:prefix><pdfaSchema:property><rdf:Seq>${property('issueNumber', '期号 (issue number within the year)')}${property('totalNumber', '总期号 (running issue number)')}</rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>`,
      `<rdf:Description rdf:about="" xmlns:jianbao="${JIANBAO_XMP_NS}">${numbers.join('')}</rdf:Description>`,
    );
  }
  return lines.join('\n');
}
