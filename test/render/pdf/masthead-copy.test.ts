// What the kexie masthead prints, copied from the PDF as from the DOCX and the HTML. The template
// prints `第 N 期` and `（总第 N 期）` with spaces (the real 《温州科协信息》 masthead; JB303's rule
// against them is for running text) and the date as GB/T 9704 writes it, `2024年3月31日`. On the
// grid the spaces share a cell with a lone digit, so 第, 1 and 期 stand evenly apart and poppler read
// them as letter spacing: the PDF copied `第1期` (user trial, trial5/卫健简报/out/2024/2024-01.pdf.txt).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderFormat } from '../../../src/render/registry';
import { readDocx } from '../../helpers/docx-read';
import { findTool, testWith } from '../../helpers/tools';

const pdftotext = findTool(['pdftotext'], ['-v'], 'apt-get install poppler-utils');
const ISSUE = path.join(__dirname, '../../fixtures/issues/k-title/k-title.yaml');
const PRINTED = ['第 1 期', '（总第 1 期）', '2024年3月31日'];

testWith(pdftotext, 'the masthead copies from the PDF as the DOCX and HTML have it: 第 1 期, （总第 1 期）, 2024年3月31日', async () => {
  const { model } = compileIssue(ISSUE, { date: new Date('2024-03-31T00:00:00Z') });
  const [pdf, docx, html] = await Promise.all((['pdf', 'docx', 'html'] as const).map((f) => renderFormat(model!, f)));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-masthead-copy-'));
  try {
    fs.writeFileSync(path.join(dir, 'issue.pdf'), pdf);
    // Whole lines (第 1 期 is inside （总第 1 期） too); -layout puts the editor and the date on one.
    const lines = (mode: string[]) =>
      execFileSync(pdftotext.command!, [...mode, '-l', '1', path.join(dir, 'issue.pdf'), '-'], { encoding: 'utf8' })
        .split('\n')
        .flatMap((l) => l.trim().split(/\s{2,}/));
    const docxLines = readDocx(docx).paragraphs.flatMap((p) => p.split('\t'));
    for (const text of PRINTED) {
      expect(docxLines).toContain(text);
      expect(html.toString('utf8')).toMatch(new RegExp(`>${text}<`));
      expect(lines([])).toContain(text);
      expect(lines(['-layout'])).toContain(text);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
