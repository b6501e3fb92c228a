// The PDF's line ends given to the DOCX as character spacing (pdf-lines.ts), on hand-made lines.
import type { DocumentModel } from '../../../src/model/model';
import { LIBREOFFICE_AUTOSPACE_EM, latinBoundaries, lineSpacings } from '../../../src/render/docx/pdf-lines';
import type { Box, LineBox, PlacedPiece } from '../../../src/render/pdf/types';
import { fixtureModel } from '../../fixtures/model';

const MEASURE = 442;

function piece(text: string, x: number, width: number, charSpacing = 0): PlacedPiece {
  const glyphs = Array.from(text).length;
  return { text, x, width, glyphs, charSpacing, tracking: 0 } as PlacedPiece;
}

const line = (...pieces: PlacedPiece[]): LineBox => ({ pieces, height: 29, baseline: 20 });

function setup(text: string, grid = true): DocumentModel {
  const model = fixtureModel(0);
  model.blocks = [{ kind: 'paragraph', style: 'body', inlines: [{ kind: 'text', text }] }];
  model.grid = grid ? { charsPerLine: 28, linesPerPage: 22, charPitch: MEASURE / 28, linePitch: 29, size: 16 } : null;
  model.paragraphStyles.body = { ...model.paragraphStyles.body, grid: true };
  return model;
}

const box = (...lines: LineBox[]): Box => ({ kind: 'lines', lines, spaceBefore: 0, spaceAfter: 0, keepWithNext: false });

test('a line with a hanging closing mark is set tighter by the mark’s width, spread over its characters and the mark', () => {
  const model = setup('甲乙”丙');
  const spacing = lineSpacings(model, [box(line(piece('甲乙', 0, 442)), line(piece('丙', 0, 16)))], MEASURE);
  expect(spacing.size).toBe(0); // nothing hangs, nothing stretched: nothing to pin

  const hanging = lineSpacings(model, [box(line(piece('甲乙', 0, 442), piece('”', 442, 16)), line(piece('丙', 0, 16)))], MEASURE).get(0)!;
  expect([...hanging.keys()]).toEqual([0, 1, 2]);
  for (const s of hanging.values()) expect(s).toBeCloseTo(-16 / 3, 6);
});

test('a stretched line gets its slack back as spacing, less a margin; the last line never', () => {
  const model = setup('甲乙丙丁');
  // Three glyphs justified with 10 pt between each: 20 pt of slack, to the measure.
  const spacing = lineSpacings(model, [box(line(piece('甲乙丙', 0, 422, 10)), line(piece('丁', 0, 16, 10)))], MEASURE).get(0)!;
  expect([...spacing.keys()]).toEqual([0, 1, 2]);
  for (const s of spacing.values()) expect(s).toBeCloseTo((20 - 3) / 3, 6);
});

test('in a grid issue, paragraphs off the grid are left as Word sets them', () => {
  const model = setup('甲乙”丙');
  model.paragraphStyles.body = { ...model.paragraphStyles.body, grid: false };
  expect(lineSpacings(model, [box(line(piece('甲乙', 0, 442), piece('”', 442, 16)), line(piece('丙', 0, 16)))], MEASURE).size).toBe(0);
});

/** A proportional (no grid) justified paragraph. */
function proportional(text: string, align: 'justify' | 'center' = 'justify'): DocumentModel {
  const model = setup(text, false);
  model.paragraphStyles.body = { ...model.paragraphStyles.body, grid: false, align, letterSpacing: 0, size: 12 };
  return model;
}

test('a proportional line is spaced to fill the measure at full widths less the margin, in whole twips adding up to it', () => {
  const model = proportional('甲乙。”丙丁');
  // Line one: 甲乙 at 12 pt from the indent 24, then 。” with the 。 closed up by 6 pt (tracking −3 a glyph
  // over the two marks' piece); the PDF justified it to the measure (376 pt over 3 gaps). Line two,
  // the last, fits: left alone.
  const gap = 376 / 3;
  const first = line(piece('甲乙', 24, 24, gap), { ...piece('。”', 24 + 24 + 2 * gap, 18, gap - 3), tracking: -3 });
  const spacing = lineSpacings(model, [box(first, line(piece('丙丁', 0, 24)))], MEASURE).get(0)!;
  expect([...spacing.keys()]).toEqual([0, 1, 2, 3]);
  // Full widths 24 + 24 = 48 over the 418 from the indent, less the 3 pt margin: 367 pt = 7340 twips.
  for (const s of spacing.values()) expect(s * 20).toBeCloseTo(Math.round(s * 20), 9);
  const twips = [...spacing.values()].map((s) => Math.round(s * 20));
  expect(twips.reduce((a, b) => a + b, 0)).toBe(7340);
  expect(Math.max(...twips) - Math.min(...twips)).toBeLessThanOrEqual(1);
});

test('a proportional paragraph’s last line is spaced only when it would not fit; other alignments never', () => {
  const model = proportional('甲乙丙');
  // Compressed in the PDF so it fits; at full widths it is 4 pt too wide.
  const tight = line({ ...piece('甲乙丙', 0, 440, 0), tracking: -2 });
  const spacing = lineSpacings(model, [box(tight)], MEASURE).get(0)!;
  expect([...spacing.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(442 - 3 - 446, 6);
  expect(lineSpacings(model, [box(line(piece('甲乙丙', 0, 36)))], MEASURE).size).toBe(0);
  expect(lineSpacings(proportional('甲乙丙', 'center'), [box(tight)], MEASURE).size).toBe(0);
});

test('a line with a number inside Chinese text is set tighter by the space LibreOffice adds around it', () => {
  expect(latinBoundaries('于2022年')).toBe(2);
  expect(latinBoundaries('4月28日')).toBe(3);
  expect(latinBoundaries('用 Word 写')).toBe(0);
  const model = setup('于2022年，丙');
  // The last line: not stretched, only the number's spaces taken back.
  const spacing = lineSpacings(model, [box(line(piece('于', 0, 16), piece('2022', 16, 36), piece('年，丙', 52, 48)))], MEASURE).get(0)!;
  // Over 于 年 ， 丙 only: LibreOffice honours spacing on the digits only in part.
  expect([...spacing.keys()]).toEqual([0, 5, 6, 7]);
  for (const s of spacing.values()) expect(s).toBeCloseTo((-LIBREOFFICE_AUTOSPACE_EM * 16 * 2) / 4, 6);
});

test('a proportional line’s spacing goes on its Chinese characters only: LibreOffice honours it on digits only in part', () => {
  const model = proportional('于2022年丙丁');
  // Justified to the measure: 382 pt over 6 gaps.
  const gap = 382 / 6;
  const first = line(piece('于', 0, 12, gap), piece('2022', 12 + gap, 24, gap), piece('年丙', 36 + 5 * gap, 24, gap));
  const spacing = lineSpacings(model, [box(first, line(piece('丁', 0, 12)))], MEASURE).get(0)!;
  // 于 年 丙 at offsets 0, 5, 6; the digits 1–4 get none.
  expect([...spacing.keys()]).toEqual([0, 5, 6]);
  const autospace = LIBREOFFICE_AUTOSPACE_EM * 12 * 2;
  expect([...spacing.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(Math.round((442 - 3 - 60 - autospace) * 20) / 20, 6);
});

test('a line the PDF ends short (before an attribution kept whole) gets the rest of the measure after its last character', () => {
  const model = proportional('甲乙丙（丁）');
  // 甲乙丙 set solid, 36 pt of the 442; （丁） on the last line.
  const spacing = lineSpacings(model, [box(line(piece('甲乙丙', 0, 36)), line(piece('（丁）', 0, 36)))], MEASURE).get(0)!;
  expect([...spacing]).toEqual([[2, 442 - 3 - 36]]);
  // On the grid likewise, from where the PDF's line ends.
  const grid = setup('甲乙丙（丁）');
  expect([...lineSpacings(grid, [box(line(piece('甲乙丙', 0, 48)), line(piece('（丁）', 0, 48)))], MEASURE).get(0)!]).toEqual([
    [2, 442 - 3 - 48],
  ]);
});

test('Greek letters meet Chinese as Latin ones do, for LibreOffice’s space', () => {
  expect(latinBoundaries('青科π社区')).toBe(2);
  expect(latinBoundaries('π2')).toBe(0);
});
