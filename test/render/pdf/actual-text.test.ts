// Copied text equals what is printed (issue #23 item 6): a template heading set apart by letter
// spacing (本 期 要 目, 简 讯 in kexie; 宁波, 温州 as zhuankan section labels) carries its text
// as /ActualText, and nothing else of the samples changes. What each reader does with it:
// - pdftotext (poppler 22) honours /ActualText on the marked content inside the text object:
//   it prints 本期要目 and 简讯 (without it, 本 期 要 目 and 简 / 讯 on two lines).
// - pdf.js (pdfjs-dist 5) ignores /ActualText in getTextContent, so its text layer still reads
//   本 期 要 目 from the glyph gaps; its structure tree (getStructTree, what screen readers use)
//   gives the element's /ActualText as the node's alt: 本期要目.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderPdf } from '../../../src/render/pdf';
import { readPdf } from '../../helpers/pdf-read';
import { elementsOf, readStructure } from '../../helpers/pdf-structure';
import { findTool, testWith } from '../../helpers/tools';

const SAMPLES = path.join(__dirname, '../../../samples');
const pdftotext = findTool(['pdftotext'], ['-v'], 'apt-get install poppler-utils');

async function render(name: string): Promise<Buffer> {
  const compiled = compileIssue(path.join(SAMPLES, name), { glyphCheck: false });
  if (!compiled.model) throw new Error(`${name} did not compile`);
  return renderPdf(compiled.model);
}

let kexie: Buffer;
let feature: Buffer;
beforeAll(async () => {
  kexie = await render('wenzhou-kexie-2022-04.yaml');
  feature = await render('feature-page-2021-06.yaml');
}, 60_000);

const lines = (bytes: Buffer, layout: boolean) =>
  execFileSync(pdftotext.command!, [...(layout ? ['-layout'] : []), '-', '-'], { input: bytes })
    .toString('utf8')
    .split('\n')
    .map((l) => l.trim());

testWith(pdftotext, 'pdftotext copies 本期要目 and 简讯 as printed, without the spacing', () => {
  for (const layout of [false, true]) {
    const text = lines(kexie, layout);
    expect(text).toContain('本期要目');
    expect(text).toContain('简讯');
    expect(text.join('\n')).not.toMatch(/本\s+期\s+要\s+目|简\s+讯/u);
  }
});

testWith(pdftotext, 'pdftotext reads the zhuankan section labels 宁波 and 温州 as words', () => {
  const text = lines(feature, false);
  expect(text).toContain('宁波');
  expect(text).toContain('温州');
});

it('gives each letter-spaced heading, and only those, its text as /ActualText in the structure tree', () => {
  const actual = (bytes: Buffer) =>
    readStructure(bytes)
      .structure.flatMap((tree) => [...elementsOf(tree, 'Caption'), ...elementsOf(tree, 'H1'), ...elementsOf(tree, 'P')])
      .filter((n) => n.alt)
      .map((n) => n.alt);
  expect(actual(kexie)).toEqual(['本期要目', '简讯']);
  // The zhuankan page band is set apart too (2 pt on 小三), but it is an Artifact, no element.
  expect(actual(feature)).toEqual(['宁波', '温州']);
});

it('pdf.js: the text layer still shows the gaps (it ignores marked-content /ActualText)', () => {
  const heading = readPdf(kexie)[0].items.find((it) => it.text.replace(/\s/gu, '') === '本期要目');
  expect(heading?.text).toBe('本 期 要 目');
});

testWith(pdftotext, 'pdftotext and pdf.js read the same characters in the same order on every page (spaces aside)', () => {
  // An ActualText span that poppler misplaced would move its text elsewhere on the page.
  const squeeze = (text: string) => text.replace(/\s/gu, '');
  for (const bytes of [kexie, feature]) {
    const pages = readPdf(bytes);
    pages.forEach((page, i) => {
      const poppler = execFileSync(pdftotext.command!, ['-f', String(i + 1), '-l', String(i + 1), '-', '-'], { input: bytes }).toString(
        'utf8',
      );
      expect(squeeze(poppler)).toBe(squeeze(page.text));
    });
  }
});

it('pdf.js reads every 简讯 item of the kexie sample as typed: the line above an attribution that moved down is set solid, not spaced out', () => {
  const compiled = compileIssue(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), { glyphCheck: false });
  const briefs = compiled.issue!.briefs ?? [];
  expect(briefs.length).toBeGreaterThan(10);
  const text = readPdf(kexie)
    .map((p) => p.text)
    .join('');
  for (const brief of briefs) expect(text).toContain(`${brief.date}，${brief.text}`);
});
