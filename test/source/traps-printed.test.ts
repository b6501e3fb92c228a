// Issue #19 rows 6 and 9, read back from the outputs: a bracketed source prints with one pair of
// brackets, and a hashtag title quoted by `check --fix` prints whole, in the PDF and the DOCX.
import fs from 'node:fs';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderFormat } from '../../src/render/registry';
import { readDocx } from '../helpers/docx-read';
import { readPdf } from '../helpers/pdf-read';
import { runCli } from '../helpers/run-cli';
import { issueWith, writeIssue } from './issue-fixture';

async function printed(file: string): Promise<{ pdf: string; docx: string }> {
  const { model } = compileIssue(file);
  if (!model) throw new Error(`${file} did not compile`);
  const pdf = readPdf(await renderFormat(model, 'pdf'))
    .map((p) => p.text)
    .join('\n');
  const docx = readDocx(await renderFormat(model, 'docx')).paragraphs.join('\n');
  return { pdf, docx };
}

test('source: （市科协办公室） and brief source (市科协科普部) print as （市科协办公室）, never （（…））', async () => {
  const lines = issueWith('    source: 市科协办公室', '    source: （市科协办公室）');
  const file = writeIssue(lines.map((l) => (l === '    source: 市科协科普部' ? '    source: (市科协科普部)' : l)));
  console.log(`input:\n${fs.readFileSync(file, 'utf8')}`);
  const { pdf, docx } = await printed(file);
  for (const text of [pdf, docx]) {
    expect(text).toContain('（市科协办公室）');
    expect(text).toContain('（市科协科普部）');
    expect(text).not.toMatch(/（（|））|\(市|（\(/);
  }
}, 60_000);

test('title: 市科协举办 #农技云培训# 活动, after check --fix, prints whole', async () => {
  const file = writeIssue(issueWith('  - title: 市科协召开党组会', '  - title: 市科协举办 #农技云培训# 活动'));
  await runCli(['check', '--fix', file]);
  console.log(`input after --fix:\n${fs.readFileSync(file, 'utf8')}`);
  const { pdf, docx } = await printed(file);
  for (const text of [pdf, docx]) expect(text.replace(/\s+/g, ' ')).toContain('市科协举办 #农技云培训# 活动');
}, 60_000);
