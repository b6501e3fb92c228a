// The 本期要目 line made from a title typed over two lines (trial5/bad/k-title.yaml): the line break
// joins Chinese without a space and two Latin words with one, as a soft break in a body does
// (model/whitespace.ts), in `jianbao toc`, the PDF, the DOCX and the HTML alike.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderFormat } from '../../src/render/registry';
import { readDocx } from '../helpers/docx-read';
import { readPdf } from '../helpers/pdf-read';
import { runCli } from '../helpers/run-cli';

const ISSUE = path.join(__dirname, '../fixtures/issues/k-title/k-title.yaml');
const LINE = '区卫健局发布《Healthy City Report 2024》';

test('jianbao toc joins the title lines with one space between Latin words', async () => {
  const run = await runCli(['toc', ISSUE, '--format', 'json']);
  expect(run.stdout).toContain(LINE);
});

test('the PDF, DOCX and HTML 本期要目 print the same line', async () => {
  const { model } = compileIssue(ISSUE, { date: new Date('2024-03-31T00:00:00Z') });
  const [pdf, docx, html] = await Promise.all(['pdf', 'docx', 'html'].map((f) => renderFormat(model!, f as 'pdf')));
  const pdfLines = readPdf(pdf)[0].items.map((i) => i.text);
  expect(pdfLines.filter((t) => t.includes('Healthy'))).toContain(LINE); // the TOC line; the title is broken
  expect(readDocx(docx).paragraphs).toContain(LINE);
  expect(html.toString('utf8')).toContain(`${LINE}<`);
});

test('a title broken between Chinese characters joins without a space', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-toc-'));
  try {
    const file = path.join(dir, 'issue.yaml');
    fs.writeFileSync(
      file,
      fs.readFileSync(ISSUE, 'utf8').replace('区卫健局发布《Healthy City\\nReport 2024》', '区卫健局召开\\n全区工作会议'),
    );
    fs.copyFileSync(path.join(path.dirname(ISSUE), 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
    const run = await runCli(['toc', file, '--format', 'json']);
    expect(run.stdout).toContain('"区卫健局召开全区工作会议"');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
