// A glyph narrower than its grid cell (✘ 0.77 em, ☑ ☐ ☒ 0.82 em in Noto Sans Symbols 2) is
// centred in the cell; the blank either side must stay below what text extractors copy as a space
// (0.1 em), also on a line justification spreads. Copied with pdf.js and pdftotext, every line
// reads as typed, and the symbols stay in their cells: nothing reaches past the line's edge.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderPdf } from '../../../src/render/pdf';
import { layoutParagraph } from '../../../src/render/pdf/paragraph';
import { issueYaml, linesOf } from '../../helpers/body-build';
import { bodyStyle, bundledTestFonts } from '../../helpers/paragraph-setup';
import { readPdf } from '../../helpers/pdf-read';
import { findTool, testWith } from '../../helpers/tools';

const pdftotext = findTool(['pdftotext'], ['-v'], 'apt-get install poppler-utils');
const SYMBOLS = ['✘', '☑', '☐', '☒', '✔', '✓', '✗', '—'];
// Set solid (a paragraph's last line), and stretched: the opening “ may not end the first line, so
// it goes down and the line's 25 characters are spread over its 26 cells.
const solid = (s: string) => `清单${s}完成。`;
const stretched = (s: string) => `一二三四五六七八九十一二三四五六七八九十上午${s}下午“好。”后面还有一些文字。`;
const BODY = SYMBOLS.flatMap((s) => [solid(s), stretched(s)]).join('\n');

let pdf: Buffer;
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-narrow-'));
  try {
    fs.writeFileSync(path.join(dir, 'issue.yaml'), issueYaml([{ title: '勾选', body: BODY }], 'kexie'));
    pdf = await renderPdf(compileIssue(path.join(dir, 'issue.yaml')).model!);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

/** The lines of the text holding `s`, joined without adding anything. */
const around = (text: string, s: string) => text.split('\n').filter((l) => l.includes(s) || l.startsWith('“好'));

test('pdf.js copies each symbol with no space beside it, on a solid and on a spread line', () => {
  const text = linesOf(readPdf(pdf))
    .map((l) => l.text)
    .join('\n');
  for (const s of SYMBOLS) {
    const lines = around(text, s).join('');
    expect(lines).toContain(solid(s));
    expect(lines).toContain(stretched(s));
  }
});

testWith(pdftotext, 'pdftotext copies each symbol with no space beside it, on a solid and on a spread line', () => {
  const text = execFileSync(pdftotext.command!, ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
  for (const s of SYMBOLS) {
    const lines = around(text, s).join('');
    expect(lines).toContain(solid(s));
    expect(lines).toContain(stretched(s));
  }
});

describe('in the line layout', () => {
  const fonts = bundledTestFonts();
  const pitch = 442.2 / 28;
  const lay = (text: string) =>
    layoutParagraph({ kind: 'paragraph', style: 'body', inlines: [{ kind: 'text', text }] }, bodyStyle({ indent: 0 }), fonts, 442.2, {
      pitch,
      compression: 'none',
      hang: true,
    });

  test.each(['✘', '☑', '☐', '☒', '✔'])(
    '%s keeps its cell: the ideograph after it starts on the next cell, its blanks each under 0.1 em',
    (s) => {
      const [line] = lay(`参加人员勾选${s}完成确认无误。`);
      const at = line.pieces.findIndex((p) => p.text === s);
      const piece = line.pieces[at];
      expect(piece.x - (piece.lead ?? 0)).toBeCloseTo(6 * pitch, 6);
      expect(line.pieces[at + 1].x).toBeCloseTo(7 * pitch, 6);
      // What the glyph covers, drawn at its scale, and the blanks left either side in its cell.
      const drawn = piece.width - (piece.lead ?? 0) - (piece.tracking ?? 0) * (piece.scale ?? 1);
      expect(piece.lead ?? 0).toBeLessThan(0.1 * 16);
      expect(pitch - drawn - (piece.lead ?? 0)).toBeLessThan(0.1 * 16);
      // Widened, if at all, by less than a tenth: the symbol keeps its shape.
      expect(piece.scale ?? 1).toBeLessThan(1.1);
    },
  );

  test('no line reaches past the measure', () => {
    for (const s of SYMBOLS)
      for (const text of [solid(s), stretched(s)])
        for (const line of lay(text)) {
          const last = line.pieces[line.pieces.length - 1];
          expect(last.x + last.width + (last.glyphs - 1) * (last.charSpacing - (last.tracking ?? 0))).toBeLessThanOrEqual(442.2 + 16.5);
        }
  });
});
