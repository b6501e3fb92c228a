// All three built-in templates render both samples to PDF and DOCX, and each one's distinctive
// feature is in the output, read back from the bytes.
import path from 'node:path';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderFormat } from '../../src/render/registry';
import { readDocx } from '../helpers/docx-read';
import { readPdf, type PdfPage } from '../helpers/pdf-read';
import { paintedOf } from './pdf-paint';

const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');
const KEXIE = path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml');
const FEATURE = path.join(SAMPLES, 'feature-page-2021-06.yaml');
const RED = '#E60012';

interface Rendered {
  pdf: Buffer;
  pages: PdfPage[];
  docx: ReturnType<typeof readDocx>;
}
const rendered = new Map<string, Rendered>();

async function render(file: string, template?: string): Promise<Rendered> {
  const key = `${file}|${template}`;
  if (!rendered.has(key)) {
    const compiled = compileIssue(file, { template });
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const pdf = await renderFormat(compiled.model!, 'pdf');
    const docx = readDocx(await renderFormat(compiled.model!, 'docx'));
    rendered.set(key, { pdf, pages: readPdf(pdf), docx });
  }
  return rendered.get(key)!;
}

const pdfText = (r: Rendered) => r.pages.map((p) => p.text).join('');
const docxText = (r: Rendered) => r.docx.paragraphs.join('\n');

describe.each(['kexie', 'zhuankan', 'plain'])('built-in template %s', (name) => {
  it.each([
    ['kexie sample', KEXIE, '温州市“科创中国”试点城市建设推进会召开'],
    ['feature sample', FEATURE, '创新“五连”模式 促进科技经济融合'],
  ])('renders the %s to PDF and DOCX with its text', async (_, file, title) => {
    const r = await render(file, name);
    expect(r.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfText(r).replace(/\s/g, '')).toContain(title.replace(/\s/g, ''));
    // A long title may carry the line breaks the title breaker chose (w:br, read as \n).
    expect(r.docx.paragraphs.map((p) => p.replace(/\n/g, ''))).toContain(title);
    expect(r.docx.xml['word/document.xml']).not.toContain('&amp;amp;');
  });
});

describe('kexie', () => {
  it('sets the masthead in red 初号 over a red rule in the PDF', async () => {
    const r = await render(KEXIE, 'kexie');
    expect(r.pages[0].items.find((i) => i.text.includes('温州科协信息'))?.height).toBe(42);
    const { texts, lines } = paintedOf(r.pdf);
    expect(texts.filter((t) => t.size === 42).map((t) => t.fill)).toEqual([RED]);
    expect(lines.some((l) => l.stroke === RED && l.width === 2)).toBe(true);
  });

  it('gives the masthead style a red colour and the masthead rule a red border in the DOCX', async () => {
    const styles = (await render(KEXIE, 'kexie')).docx.xml['word/styles.xml'];
    const masthead = /<w:style [^>]*w:styleId="masthead"[^]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(masthead).toContain('<w:color w:val="E60012"/>');
    const rule = /<w:style [^>]*w:styleId="[^"]*masthead[^"]*"[^]*?<\/w:style>/g;
    expect([...styles.matchAll(rule)].some((m) => /<w:bottom [^>]*w:color="E60012"/.test(m[0]))).toBe(true);
  });
});

describe('zhuankan', () => {
  it('has no masthead but a band with the page name, and section labels with bylines', async () => {
    const r = await render(FEATURE);
    const paragraphs = r.docx.paragraphs;
    expect(paragraphs.join('')).not.toContain('第 4 期');
    expect(paragraphs[paragraphs.findIndex((p) => p.startsWith('“科创中国”试点城市专版'))]).toBe('“科创中国”试点城市专版\t2021年6月30日');
    // section label, then the headline, then the byline under it
    const ningbo = paragraphs.indexOf('宁波');
    expect(paragraphs.slice(ningbo + 1).filter(Boolean).slice(0, 2)).toEqual(['创新“五连”模式 促进科技经济融合', '本报记者 徐军 通讯员 叶旭光']);
    expect(paragraphs).toContain('温州');
    expect(paragraphs).toContain('本报记者 徐慧敏');
  });

  it('sets section labels large in 黑体, subheadings in 黑体 and captions in 楷体 in the PDF', async () => {
    const r = await render(FEATURE);
    const items = r.pages.flatMap((p) => p.items);
    const label = items.find((i) => i.text.replace(/\s/g, '') === '宁波');
    expect(label?.height).toBe(26);
    expect(label?.fontName).toMatch(/NotoSansSC/);
    const sub = items.find((i) => i.text.startsWith('依托学会引学会'));
    expect(sub?.fontName).toMatch(/NotoSansSC/);
    const caption = items.find((i) => i.text.startsWith('2月25-26日'));
    const body = items.find((i) => i.text.startsWith('组织赋能'));
    expect(caption?.fontName).not.toBe(body?.fontName);
    expect(caption?.fontName).toMatch(/LXGWWenKai-Regular/);
  });
});

describe('plain', () => {
  it('uses no red anywhere', async () => {
    const r = await render(KEXIE, 'plain');
    const { texts, lines } = paintedOf(r.pdf);
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.every((t) => t.fill === '#000000')).toBe(true);
    expect(lines.every((l) => l.stroke === '#000000')).toBe(true);
    expect(r.docx.xml['word/styles.xml']).not.toMatch(/E60012/i);
    expect(docxText(r)).toContain('第 4 期');
  });
});
