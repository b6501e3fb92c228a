// Characters and runs a user trial typed that no test had met (test/fixtures/issues/trial-2024-03-lines.yaml
// holds the lines as typed): a soft hyphen prints nothing, a no-break space never ends a line, and
// a run longer than the line breaks at the line's end instead of being squeezed until its glyphs overlap.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderPdf } from '../../../src/render/pdf';
import { layoutParagraph } from '../../../src/render/pdf/paragraph';
import type { PlacedPiece } from '../../../src/render/pdf/types';
import { buildYaml } from '../../helpers/body-build';
import { bodyStyle, bundledTestFonts } from '../../helpers/paragraph-setup';
import { firstPageImage, pdftoppm } from '../../helpers/page-image';
import { findTool, testWith } from '../../helpers/tools';

const TRIAL = fs.readFileSync(path.join(__dirname, '../../fixtures/issues/trial-2024-03-lines.yaml'), 'utf8');
const fonts = bundledTestFonts();
/** The kexie body on its grid: 28 cells of 16 pt. */
const MEASURE = 448;
const GRID = { pitch: 16, compression: 'none' as const };

/** The lines of one body paragraph laid out on the kexie grid. */
function laidOut(text: string): PlacedPiece[][] {
  const block = { kind: 'paragraph' as const, style: 'body', inlines: [{ kind: 'text' as const, text }] };
  return layoutParagraph(block, bodyStyle(), fonts, MEASURE, GRID).map((l) => l.pieces);
}
const lineText = (pieces: PlacedPiece[]) => pieces.map((p) => p.text).join('');
/** What justification (or a squeeze) put between a piece's glyphs, beyond their own setting. */
const spread = (p: PlacedPiece) => p.charSpacing - (p.tracking ?? 0);
/** Where a piece's last glyph ends (the spacing PDF adds after it left out). */
const rightEdge = (p: PlacedPiece) => p.x - (p.lead ?? 0) + p.width + (p.glyphs - 1) * spread(p);

/** The first page of a kexie issue with `body`, rasterised (PNG bytes). */
const pageImage = async (dir: string, body: string) => (await firstPageImage(dir, body, { title: '试印', template: 'kexie' })).png;

testWith(
  pdftoppm,
  'a soft hyphen (U+00AD) prints nothing: the page is the same pixels as without it, between ideographs and inside a word',
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-shy-'));
    try {
      // A `-` met first gave the soft hyphen's glyph (the face's hyphen) its code point in fontkit,
      // which then stopped hiding it: the trial's body had `- 短横开头的一行` above.
      const plain = await pageImage(dir, '- 短横开头的一行\n零宽字符：甲\u200B乙\u200D丙\uFEFF丁戊，Healthy City。');
      const typed = await pageImage(dir, '- 短横开头的一行\n零宽字符：甲\u200B乙\u200D丙\uFEFF丁\u00AD戊，Heal\u00ADthy City。');
      expect(typed.equals(plain)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  60_000,
);

testWith(
  pdftoppm,
  'a narrow no-break space (U+202F) and a figure space (U+2007), which the bundled faces lack, print as a space: never nothing, never a box',
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-nnbsp-'));
    try {
      const space = await pageImage(dir, '窄空格：5 000，数字空格：7 500。');
      // Drawn first and after a soft hyphen and a dash: fontkit's answer for a missing glyph
      // depended on what it had been asked before.
      const typed = await pageImage(dir, '窄空格：5\u202F000，数字空格：7\u2007500。');
      const afterOthers = await pageImage(dir, '- 短横\u00AD\n窄空格：5\u202F000，数字空格：7\u2007500。');
      const spaceAfterOthers = await pageImage(dir, '- 短横\n窄空格：5 000，数字空格：7 500。');
      expect(typed.equals(space)).toBe(true);
      expect(afterOthers.equals(spaceAfterOthers)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  60_000,
);

const pdftotext = findTool(['pdftotext'], ['-v'], 'apt-get install poppler-utils');

testWith(
  pdftotext,
  'the trial line copies from the PDF as typed, its soft hyphen and zero-width characters kept as the DOCX keeps them',
  async () => {
    const built = await buildYaml(TRIAL);
    const typed = '零宽字符：甲\u200B乙\u200D丙\uFEFF丁\u00AD戊';
    expect(built.docxParagraphs.join('\n')).toContain(typed);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-shy-'));
    try {
      const file = path.join(dir, 'issue.yaml');
      fs.writeFileSync(file, TRIAL);
      const pdf = path.join(dir, 'issue.pdf');
      fs.writeFileSync(pdf, await renderPdf(compileIssue(file, { date: new Date('2024-03-31T00:00:00Z') }).model!));
      // poppler reads each piece's /ActualText, as a reader's copy does.
      const text = execFileSync(pdftotext.command!, [pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain(typed);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
);

describe('a no-break character never ends a line (UAX #14 GL and WJ)', () => {
  // U+00A0 no-break space, U+202F narrow no-break space, U+2007 figure space, U+2060 word joiner.
  for (const glue of ['\u00A0', '\u202F', '\u2007', '\u2060']) {
    const name = `U+${glue.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    test(`${name}: 5${name}000 and 甲${name}乙 stay on one line wherever the line ends`, () => {
      // 22 to 27 ideographs before: the end of the first line (26 cells after the indent) falls
      // before, on and after the no-break character.
      for (let n = 22; n <= 27; n++)
        for (const joined of [`5${glue}000`, `甲${glue}乙`]) {
          const lines = laidOut(`${'字'.repeat(n)}${joined}结束。`).map(lineText);
          expect(lines.some((l) => l.includes(joined))).toBe(true);
        }
    });
  }
});

describe('a run longer than the line breaks at its end (emergency break), never squeezed', () => {
  const runs: Array<[string, string]> = [
    ['80 A', 'A'.repeat(80)],
    ['60 digits', '1234567890'.repeat(6)],
  ];
  for (const [name, run] of runs)
    test(`${name}: starts after the colon on a line set normally, each line within the measure with no negative spacing`, () => {
      const lines = laidOut(`超长无空格：${run}`);
      expect(lines.map(lineText).join('')).toBe(`超长无空格：${run}`);
      // The first line is not the six ideographs spread over the whole measure.
      expect(lineText(lines[0])).toMatch(/^超长无空格：[A0-9]+$/);
      for (const line of lines) {
        for (const piece of line) expect(spread(piece)).toBeGreaterThan(-1e-6);
        expect(Math.max(...line.map(rightEdge))).toBeLessThanOrEqual(MEASURE + 0.1);
        expect(Math.max(...lines[0].map(spread))).toBeLessThan(0.1 * 16);
      }
    });

  test('a long URL breaks after / . - or _ when it can, and no glyph overlaps', () => {
    const url = 'https://www.example.com/a/very_long-path/that/keeps/going/and/going/index.html?query=1&other=2';
    const lines = laidOut(`一句很长很长的中文句子后面紧接着一个很长的网址${url}结束。`);
    expect(lines.map(lineText).join('')).toContain(url);
    for (const line of lines.slice(0, -1)) expect(lineText(line)).toMatch(/[/._-]$|[\u4e00-\u9fff]$/u);
    for (const line of lines) for (const piece of line) expect(spread(piece)).toBeGreaterThan(-1e-6);
  });

  test('a URL of one part longer than the line (no / . - _) still breaks at the line end', () => {
    const lines = laidOut(`网址https://${'x'.repeat(90)}结束。`);
    for (const line of lines) {
      for (const piece of line) expect(spread(piece)).toBeGreaterThan(-1e-6);
      expect(Math.max(...line.map(rightEdge))).toBeLessThanOrEqual(MEASURE + 0.1);
    }
  });
});
