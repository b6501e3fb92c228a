// The core promise, end to end: both samples build to PDF and DOCX whose text, read back from the
// files, holds the masthead, the 本期要目, every title, paragraph and brief in order; fonts are
// embedded subsets; output is byte-identical across runs; an invalid issue writes nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDocx } from '../helpers/docx-read';
import { embeddedFontNames, readPdf, type PdfPage } from '../helpers/pdf-read';
import { runCli } from '../helpers/run-cli';
import { pdffonts, testWith } from '../helpers/tools';
import { expectedBylines, expectedCaptions, expectedParagraphs, findInOrder, squash } from '../helpers/sample-text';

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLES = ['wenzhou-kexie-2022-04', 'feature-page-2021-06'];
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-e2e-'));
const sample = (name: string) => path.join(ROOT, 'samples', `${name}.yaml`);
const pdffontsTool = pdffonts();

/** Page text without the folios (`— N —` or a bare number in the foot margin), so a paragraph
 *  broken across pages reads as one. */
const isFolio = (p: PdfPage, i: PdfPage['items'][number]) => /^(—\s*)?\d+(\s*—)?$/.test(i.text.trim()) && i.y > p.height * 0.88;
const bodyText = (pages: PdfPage[]) =>
  squash(
    pages
      .map((p) =>
        p.items
          .filter((i) => !isFolio(p, i))
          .map((i) => i.text)
          .join(''),
      )
      .join(''),
  );

/** The sample's text in `text`: a photo may float past the text after it (in the PDF, and so
 *  in the DOCX, which anchors it where the PDF put it), so each caption is found on its own and
 *  the rest is read in order with the captions taken out. */
function expectSampleText(squashed: string, name: string): { text: string; expected: string[] } {
  let text = squashed;
  for (const caption of expectedCaptions(sample(name))) {
    expect(text).toContain(squash(caption));
    text = text.replace(squash(caption), '');
  }
  const expected = expectedParagraphs(sample(name), { photos: false });
  expect(expected.length).toBeGreaterThan(20);
  expect(findInOrder(text, expected).missing).toBeNull();
  return { text, expected };
}

let out: string;
beforeAll(async () => {
  out = tmp();
  const run = await runCli(['build', ...SAMPLES.map(sample), '-o', out]);
  // The samples keep the seeds' real mistakes, so the linter may warn; nothing may be an error.
  expect(run.stderr).not.toMatch(/: 错误 JB/);
  expect(run.code).toBe(0);
});

describe.each(SAMPLES)('%s', (name) => {
  test('the PDF holds every title, paragraph and brief of the sample, in order', () => {
    const pages = readPdf(fs.readFileSync(path.join(out, `${name}.pdf`)));
    expect(pages.length).toBeGreaterThan(1);
    const { text, expected } = expectSampleText(bodyText(pages), name);
    for (const byline of expectedBylines(sample(name))) expect(bodyText(pages)).toContain(squash(byline));
    // The check can fail: swapped paragraphs or one changed character are caught.
    expect(findInOrder(text, [expected[5], expected[2]]).missing).toBe(expected[2]);
    expect(findInOrder(text, [expected[3].replace(/.$/u, '〇')]).missing).not.toBeNull();
  });

  test('the DOCX holds the same, in order', () => {
    const docx = readDocx(fs.readFileSync(path.join(out, `${name}.docx`)));
    expectSampleText(squash(docx.paragraphs.join('')), name);
    for (const byline of expectedBylines(sample(name))) expect(squash(docx.paragraphs.join(''))).toContain(squash(byline));
  });

  test('the PDF embeds only subset fonts', () => {
    const names = embeddedFontNames(fs.readFileSync(path.join(out, `${name}.pdf`)));
    expect(names.length).toBeGreaterThan(0);
    for (const font of names) expect(font).toMatch(/^[A-Z]{6}\+/);
  });

  testWith(pdffontsTool, 'pdffonts lists every font as embedded, subset and with a ToUnicode map', () => {
    const names = embeddedFontNames(fs.readFileSync(path.join(out, `${name}.pdf`)));
    const pdffonts = spawnSync(pdffontsTool.command!, [path.join(out, `${name}.pdf`)], { encoding: 'utf8' });
    const rows = pdffonts.stdout
      .split('\n')
      .slice(2)
      .filter((l) => l.trim());
    expect(rows.length).toBe(names.length);
    // columns: name type encoding emb sub uni … — every font embedded (yes) and subset (yes)
    for (const row of rows) expect(row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
  });
});

test('the kexie masthead and 本期要目 are on page 1, TOC lines in article order', () => {
  const [first] = readPdf(fs.readFileSync(path.join(out, 'wenzhou-kexie-2022-04.pdf')));
  const text = squash(first.items.map((i) => i.text).join(''));
  for (const part of ['温州科协信息', '第4期', '（总第269期）', '温州市科学技术协会编', '2022年4月30日', '本期要目'])
    expect(text).toContain(part);
  const toc = [
    '温州市“科创中国”试点城市建设推进会召开',
    '市科协召开党组会传达学习贯彻市“两会”精神',
    '市科协深入挂钩社区开展文明城市创建志愿服务活动',
  ];
  expect(findInOrder(text.slice(text.indexOf('本期要目')), toc).missing).toBeNull();
});

test('Chinese text round-trips through the PDF, 堃 included', () => {
  const pages = readPdf(fs.readFileSync(path.join(out, 'feature-page-2021-06.pdf')));
  expect(bodyText(pages)).toContain('李校堃');
});

test('building twice gives byte-identical PDF and DOCX', async () => {
  const again = tmp();
  const run = await runCli(['build', sample('wenzhou-kexie-2022-04'), '-o', again]);
  expect(run.code).toBe(0);
  for (const ext of ['pdf', 'docx']) {
    const a = fs.readFileSync(path.join(out, `wenzhou-kexie-2022-04.${ext}`));
    const b = fs.readFileSync(path.join(again, `wenzhou-kexie-2022-04.${ext}`));
    expect(Buffer.compare(a, b)).toBe(0);
  }
});

test('the document date is the issue date, or SOURCE_DATE_EPOCH when set', async () => {
  const pdf = fs.readFileSync(path.join(out, 'wenzhou-kexie-2022-04.pdf')).toString('latin1');
  expect(pdf).toContain('D:20220430000000Z');
  const epochOut = tmp();
  await runCli(['build', sample('wenzhou-kexie-2022-04'), '--to', 'pdf', '-o', epochOut], { SOURCE_DATE_EPOCH: '1700000000' });
  expect(fs.readFileSync(path.join(epochOut, 'wenzhou-kexie-2022-04.pdf')).toString('latin1')).toContain('D:20231114221320Z');
});

test('--to pdf -o DIR writes only the PDF, into DIR', async () => {
  const dir = path.join(tmp(), 'dist');
  const run = await runCli(['build', sample('wenzhou-kexie-2022-04'), '--to', 'pdf', '-o', dir]);
  expect(run.code).toBe(0);
  expect(fs.readdirSync(dir)).toEqual(['wenzhou-kexie-2022-04.pdf']);
});

test('an invalid issue writes nothing and leaves an earlier good output untouched', async () => {
  const dir = tmp();
  const bad = path.join(dir, 'issue.yaml');
  fs.cpSync(path.join(ROOT, 'test/fixtures/issues/four-problems'), dir, { recursive: true });
  const good = path.join(dir, 'out', 'issue.pdf');
  fs.mkdirSync(path.dirname(good));
  fs.writeFileSync(good, 'previous good output');
  const run = await runCli(['build', bad, '-o', path.join(dir, 'out')]);
  expect(run.code).toBe(1);
  expect(fs.readdirSync(path.join(dir, 'out'))).toEqual(['issue.pdf']);
  expect(fs.readFileSync(good, 'utf8')).toBe('previous good output');
});

test('the installed bin: build on a broken file prints diagnostics, no stack trace, exit 1', () => {
  const bin = path.join(ROOT, 'bin', 'jianbao');
  const dir = tmp();
  const result = spawnSync(process.execPath, [bin, 'build', path.join(ROOT, 'test/fixtures/issues/four-problems/issue.yaml'), '-o', dir], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('JB203');
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(fs.readdirSync(dir)).toEqual([]);
  // and the happy path through the shim
  const ok = execFileSync(process.execPath, [bin, 'toc', sample('wenzhou-kexie-2022-04')], { encoding: 'utf8' });
  expect(ok.split('\n')).toContain('全市县（市、区）科协主席会议召开');
});
