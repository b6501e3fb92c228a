// The memo of pdf.js answers (pdfjs-child.ts): the same bytes are answered from it, other bytes
// are read by pdf.js afresh.
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { readPdf } from './pdf-read';
import { PDFJS_CACHE } from './pdfjs-child';

function pdfOf(text: string): Promise<Buffer> {
  const doc = new PDFDocument({ info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text(text);
  doc.end();
  return done;
}

test('a PDF read twice is read by pdf.js once; other bytes get their own answer', async () => {
  const one = await pdfOf('pdfjs-child one');
  const first = readPdf(one);
  expect(first[0].text).toBe('pdfjs-child one');
  const answers = path.join(PDFJS_CACHE, 'pdfjs-answers');
  const kept = fs.readdirSync(answers).find((f) => fs.readFileSync(path.join(answers, f), 'utf8') === JSON.stringify(first));
  expect(kept).toBeDefined();
  // An answer changed in the memo is what the next read of the same bytes returns.
  fs.writeFileSync(path.join(answers, kept!), JSON.stringify([{ ...first[0], text: 'from the memo' }]));
  try {
    expect(readPdf(one)[0].text).toBe('from the memo');
  } finally {
    fs.rmSync(path.join(answers, kept!)); // the next run reads it afresh
  }
  expect(readPdf(await pdfOf('pdfjs-child two'))[0].text).toBe('pdfjs-child two');
});
