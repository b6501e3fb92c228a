// Builds issues made of given articles in-process (compile → PDF and DOCX in memory) and reads
// both back: the body-format tests print what they typed and compare it with what was printed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderFormat } from '../../src/render/registry';
import type { Diagnostic } from '../../src/diagnostics/diagnostic';
import { paragraphElements, readDocx } from './docx-read';
import { readPdf, type PdfPage } from './pdf-read';

export interface TestArticle {
  title: string;
  body: string;
  source?: string;
}

/** One line of a PDF page: the items sharing a baseline, left to right. */
export interface PdfLine {
  /** 0-based page index (odd and even pages have different left margins). */
  page: number;
  y: number;
  x: number;
  text: string;
}

export interface Built {
  diagnostics: Diagnostic[];
  pdfPages: PdfPage[];
  /** Lines of every page in reading order (page numbers left out). */
  pdfLines: PdfLine[];
  docxParagraphs: string[];
  /** Raw XML of each DOCX body paragraph, in the order of docxParagraphs. */
  docxXml: string[];
  /** The whole word/document.xml (tables are read from it). */
  docxDocument: string;
}

/** A double-quoted YAML scalar: JSON's escapes are YAML's, so `\r`, `\n` and `\t` survive exactly. */
const quoted = (s: string) => JSON.stringify(s);

export function issueYaml(articles: TestArticle[], template = 'plain'): string {
  const out = [
    'publication: { name: 测试简报, editor: 测试单位编 }',
    `template: ${template}`,
    'issue: { number: 4, date: "2022-04-30" }',
    'articles:',
  ];
  for (const a of articles) {
    out.push(`  - title: ${quoted(a.title)}`);
    if (a.source) out.push(`    source: ${quoted(a.source)}`);
    out.push(`    body: ${quoted(a.body)}`);
  }
  return `${out.join('\n')}\n`;
}

export function linesOf(pages: PdfPage[]): PdfLine[] {
  const lines: PdfLine[] = [];
  pages.forEach((page, n) => {
    const rows = new Map<number, PdfPage['items']>();
    for (const item of page.items) {
      if (item.y > page.height * 0.9 && /^(—\s*)?\d+(\s*—)?$/.test(item.text.trim())) continue; // the folio
      const y = Math.round(item.y);
      rows.set(y, [...(rows.get(y) ?? []), item]);
    }
    for (const [y, items] of [...rows].sort((a, b) => a[0] - b[0])) {
      const sorted = items.sort((a, b) => a.x - b.x);
      lines.push({ page: n, y, x: sorted[0].x, text: sorted.map((i) => i.text).join('') });
    }
  });
  return lines;
}

/** Writes `yaml` (and any files) into a fresh folder, builds it, and reads both formats back. */
export async function buildYaml(yaml: string | Buffer, files: Record<string, Buffer> = {}): Promise<Built> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-body-'));
  const file = path.join(dir, 'issue.yaml');
  fs.writeFileSync(file, yaml);
  for (const [name, bytes] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), bytes);
  }
  const compiled = compileIssue(file, { date: new Date('2022-04-30T00:00:00Z') });
  fs.rmSync(dir, { recursive: true, force: true });
  if (!compiled.model)
    return { diagnostics: compiled.diagnostics, pdfPages: [], pdfLines: [], docxParagraphs: [], docxXml: [], docxDocument: '' };
  const [pdf, docx] = await Promise.all([renderFormat(compiled.model, 'pdf'), renderFormat(compiled.model, 'docx')]);
  const pdfPages = readPdf(pdf);
  const read = readDocx(docx);
  const docxDocument = read.xml['word/document.xml'] ?? '';
  const docxXml = paragraphElements(docxDocument);
  return {
    diagnostics: compiled.diagnostics,
    pdfPages,
    pdfLines: linesOf(pdfPages),
    docxParagraphs: read.paragraphs,
    docxXml,
    docxDocument,
  };
}

export const buildArticles = (articles: TestArticle[], template = 'plain') => buildYaml(issueYaml(articles, template));
