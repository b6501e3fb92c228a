// The PDF for archives and readers (issue #23 item 10), read back from both samples: PDF 1.7,
// tagged (H1 per article title and 简讯, TOC/TOCI, Figure with its caption as Alt, folios and
// rules as Artifacts), bookmarks in order pointing at the pages the titles are on, document info
// and XMP with 期号/总期号, and PDF/A-2b identification with --pdfa; bytes reproducible.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderPdf } from '../../../src/render/pdf';
import type { DocumentModel } from '../../../src/model/model';
import type { Issue } from '../../../src/schema/issue-schema';
import { readPdf, type PdfPage } from '../../helpers/pdf-read';
import { elementsOf, pdfVersion, readStructure, textOf, type PdfStructure } from '../../helpers/pdf-structure';
import { plainText } from '../../../src/render/pdf/structure';
import { findTool, testWith } from '../../helpers/tools';

const SAMPLES = path.join(__dirname, '../../../samples');
const pdfinfo = findTool(['pdfinfo'], ['-v'], 'apt-get install poppler-utils');

interface Built {
  issue: Issue;
  model: DocumentModel;
  bytes: Buffer;
  pages: PdfPage[];
  pdf: PdfStructure;
}

async function build(name: string, options: { pdfa?: boolean; template?: string } = {}): Promise<Built> {
  const compiled = compileIssue(path.join(SAMPLES, name), { glyphCheck: false, template: options.template });
  if (!compiled.model || !compiled.issue) throw new Error(`${name} did not compile`);
  const bytes = await renderPdf(compiled.model, options);
  return { issue: compiled.issue, model: compiled.model, bytes, pages: readPdf(bytes), pdf: readStructure(bytes) };
}

const oneLine = (title: string) => title.replace(/\n/g, '');

/** Every element of a role over all pages, with its text (an element is on one page here). */
const tagged = (pdf: PdfStructure, role: string) =>
  pdf.structure.flatMap((tree) => elementsOf(tree, role)).map((node) => ({ node, text: textOf(pdf, node) }));

let kexie: Built;
let feature: Built;
beforeAll(async () => {
  kexie = await build('wenzhou-kexie-2022-04.yaml');
  feature = await build('feature-page-2021-06.yaml');
}, 60_000);

describe.each([
  ['kexie', () => kexie],
  ['feature', () => feature],
])('the %s sample as an archive PDF', (_, built) => {
  it('is PDF 1.7 in Chinese, with the issue in its info', () => {
    const { bytes, pdf, model } = built();
    expect(pdfVersion(bytes)).toBe('1.7');
    expect(pdf.info).toMatchObject({ PDFFormatVersion: '1.7', Language: 'zh-CN', Title: model.meta.title, Author: model.meta.author });
  });

  it('has one bookmark per article title, in order, pointing at the page the title starts on', () => {
    const { issue, pdf, pages } = built();
    const titles = issue.articles.map((a) => oneLine(a.title));
    const articleMarks = pdf.outline.filter((b) => titles.includes(b.title));
    expect(articleMarks.map((b) => b.title)).toEqual(titles);
    let after = 1;
    for (const mark of articleMarks) {
      // The page where the title is set large (the 本期要目 on page 1 lists it in body size).
      const start = Array.from(mark.title.replace(/\s/g, '')).slice(0, 12).join('');
      const large = (p: PdfPage) =>
        p.items
          .filter((it) => it.height > 18)
          .map((it) => it.text)
          .join('')
          .replace(/\s/g, '');
      const page = pages.findIndex((p, i) => i + 1 >= after && large(p).includes(start)) + 1;
      expect({ title: mark.title, page: mark.page }).toEqual({ title: mark.title, page });
      after = page;
    }
  });

  it('tags each article title as an H1, in reading order', () => {
    const { issue, pdf } = built();
    const h1 = tagged(pdf, 'H1').map((e) => e.text.replace(/\s/g, ''));
    const titles = issue.articles.map((a) => oneLine(a.title).replace(/\s/g, ''));
    expect(h1.filter((t) => t !== '简讯')).toEqual(titles);
  });

  it('marks the masthead, folios and rules as Artifacts and every other text as structure content', () => {
    const { pdf, pages, model } = built();
    const { prefix = '', suffix = '' } = model.pageNumbers ?? {};
    const squeeze = (text: string) => text.replace(/\s/g, '');
    // The masthead (kexie) or the page band (zhuankan), by the built-in templates' style names.
    const mastheadStyles = ['mark', 'masthead', 'masthead-number', 'masthead-meta', 'band'];
    const masthead = model.blocks.flatMap((b) =>
      b.kind === 'paragraph' && mastheadStyles.includes(b.style) ? [squeeze(plainText(b.inlines))] : [],
    );
    expect(masthead.length).toBeGreaterThan(0);
    pdf.marked.forEach((spans, i) => {
      const folio = squeeze(`${prefix}${i + 1}${suffix}`);
      expect(spans.filter((s) => s.tag === null && s.text.trim() !== '')).toEqual([]);
      const artifacts = spans.filter((s) => s.tag === 'Artifact' && s.text.trim() !== '').map((s) => squeeze(s.text));
      const head = i === 0 ? masthead : [];
      expect(artifacts).toEqual([...head, folio]);
      // Tagging loses no text: the content's text is the page's text without the artifacts.
      const content = squeeze(
        spans
          .filter((s) => s.id)
          .map((s) => s.text)
          .join(''),
      );
      const page = squeeze(pages[i].text);
      expect(page.startsWith(head.join(''))).toBe(true);
      expect(page.endsWith(folio)).toBe(true);
      expect(content).toBe(page.slice(head.join('').length, page.length - folio.length));
    });
  });

  it('is byte for byte the same when rendered twice', async () => {
    const { model, bytes } = built();
    expect((await renderPdf(model)).equals(bytes)).toBe(true);
  });
});

describe('the kexie sample', () => {
  it('has bookmarks 本期要目, each article, 简讯 and nothing else', () => {
    const titles = kexie.issue.articles.map((a) => oneLine(a.title));
    expect(kexie.pdf.outline.map((b) => b.title)).toEqual(['本期要目', ...titles, '简讯']);
    expect(kexie.pdf.outline[0].page).toBe(1);
    const briefs = kexie.pdf.outline[kexie.pdf.outline.length - 1];
    expect(kexie.pages[briefs.page - 1].text.replace(/\s/g, '')).toContain('简讯');
  });

  it('tags 本期要目 as one TOC: its heading as Caption and one TOCI per article', () => {
    const tocs = tagged(kexie.pdf, 'TOC');
    expect(tocs).toHaveLength(1);
    const items = elementsOf(tocs[0].node, 'TOCI').map((n) => textOf(kexie.pdf, n).replace(/\s/g, ''));
    expect(items).toEqual(kexie.issue.articles.map((a) => oneLine(a.title).replace(/\s/g, '')));
    expect(elementsOf(tocs[0].node, 'Caption').map((n) => textOf(kexie.pdf, n).replace(/\s/g, ''))).toEqual(['本期要目']);
  });

  it('says 期号 and 总期号 in Subject and XMP, with publisher, date and language', () => {
    expect(kexie.pdf.info.Subject).toBe(`第 ${kexie.issue.issue.number} 期（总第 ${kexie.issue.issue.total} 期）`);
    const xmp = kexie.pdf.xmp ?? '';
    expect(xmp).toContain(`<jianbao:issueNumber>${kexie.issue.issue.number}</jianbao:issueNumber>`);
    expect(xmp).toContain(`<jianbao:totalNumber>${kexie.issue.issue.total}</jianbao:totalNumber>`);
    expect(xmp).toContain(`<dc:date><rdf:Seq><rdf:li>${kexie.issue.issue.date}</rdf:li></rdf:Seq></dc:date>`);
    expect(xmp).toContain(`<dc:publisher><rdf:Bag><rdf:li>${kexie.issue.publication.editor}</rdf:li></rdf:Bag></dc:publisher>`);
    expect(xmp).toContain('<rdf:li>zh-CN</rdf:li>');
    expect(xmp).not.toContain('pdfaid');
  });

  testWith(pdfinfo, 'pdfinfo reports Tagged: yes and PDF version 1.7', () => {
    const out = execFileSync(pdfinfo.command!, ['-'], { input: kexie.bytes }).toString('utf8');
    expect(out).toMatch(/^Tagged:\s+yes$/m);
    expect(out).toMatch(/^PDF version:\s+1\.7$/m);
  });
});

describe('the feature sample', () => {
  it('tags each photo as a Figure whose Alt is its caption', () => {
    const captions = feature.issue.articles.flatMap((a) => [...a.body.matchAll(/!\[([^\]]*)\]/g)].map((m) => m[1]));
    expect(captions.length).toBeGreaterThan(0);
    expect(tagged(feature.pdf, 'Figure').map((f) => f.node.alt)).toEqual(captions);
  });

  it("gives each Figure a Layout BBox: the photo's place on its page, in PDF space", () => {
    // pdf.js's structure tree leaves attributes out; the element dictionaries are not compressed.
    const boxes = [...feature.bytes.toString('latin1').matchAll(/\/S \/Figure[^]*?\/BBox \[([^\]]+)\]/g)].map((m) =>
      m[1].trim().split(/\s+/).map(Number),
    );
    const drawn = feature.pages.flatMap((p) => p.images.map((im) => [im.x, p.height - im.y - im.height, im.x + im.width, p.height - im.y]));
    expect(drawn.length).toBeGreaterThan(0);
    expect(boxes).toHaveLength(drawn.length);
    boxes.forEach((box, i) => box.forEach((v, k) => expect(v).toBeCloseTo(drawn[i][k], 1)));
  });
});

describe('the kexie sample in the plain template (no 本期要目, its own style names)', () => {
  let plain: Built;
  beforeAll(async () => {
    plain = await build('wenzhou-kexie-2022-04.yaml', { template: 'plain' });
  }, 60_000);

  it('still has a bookmark and an H1 per article and for 简讯', () => {
    const titles = plain.issue.articles.map((a) => oneLine(a.title));
    expect(plain.pdf.outline.map((b) => b.title)).toEqual([...titles, '简讯']);
    expect(tagged(plain.pdf, 'H1').map((e) => e.text.replace(/\s/g, ''))).toEqual([...titles, '简讯'].map((t) => t.replace(/\s/g, '')));
  });
});

describe('--pdfa', () => {
  let archived: Built;
  beforeAll(async () => {
    archived = await build('wenzhou-kexie-2022-04.yaml', { pdfa: true });
  }, 60_000);

  it('identifies the file as PDF/A-2b in its XMP, with the sRGB output intent', () => {
    const xmp = archived.pdf.xmp ?? '';
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    const raw = archived.bytes.toString('latin1');
    expect(raw).toContain('/OutputIntents');
    expect(raw).toMatch(/\/S \/GTS_PDFA1/);
    expect(raw).toContain('sRGB IEC61966-2.1');
  });

  it('keeps the same pages and text, and stays reproducible', async () => {
    expect(archived.pages.map((p) => p.text)).toEqual(kexie.pages.map((p) => p.text));
    expect((await renderPdf(archived.model, { pdfa: true })).equals(archived.bytes)).toBe(true);
  });
});
