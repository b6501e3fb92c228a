// Grid cells and punctuation compression: how wide atoms are set, and what that does to lines.
import { bundledFonts } from '../../../src/fonts/bundled';
import type { ParagraphStyle, PunctuationCompression } from '../../../src/model/model';
import { compressionOf, hangingOf } from '../../../src/render/pdf/boxes';
import { fitStretch, MAX_BLANK_EM, MIN_SCALE, setAtoms } from '../../../src/render/pdf/cells';
import { openFont } from '../../../src/fonts/open-font';
import { layoutParagraph, type Fonts } from '../../../src/render/pdf/paragraph';
import { segment } from '../../../src/render/pdf/segment';
import { fixtureModel } from '../../fixtures/model';

const SIZE = 16;
const PITCH = 15.79;
// Ideographs and marks one em, Latin half an em per character: the shape of the real fonts.
const measured = (text: string) =>
  segment(text).map((atom) => {
    const glyphs = Array.from(atom.text).length;
    return { atom, glyphs, width: (atom.kind === 'cjk' ? SIZE : SIZE / 2) * glyphs };
  });
const slots = (text: string, compression: PunctuationCompression, pitch: number | null = null) =>
  setAtoms(measured(text), { pitch, size: SIZE, compression });

describe('setAtoms', () => {
  it('none: every mark keeps its full em and nothing may shrink', () => {
    const set = slots('会议。“科创”', 'none');
    expect(set.map((s) => s.slot)).toEqual([16, 16, 16, 16, 16, 16, 16]);
    expect(set.every((s) => s.shrink === 0 && s.endShrink === 0 && s.extra === 0)).toBe(true);
  });

  it('consecutive: the first of two adjacent marks loses half an em, drawn with negative spacing', () => {
    const set = slots('会议。“科创”），好', 'consecutive');
    expect(set.map((s) => s.slot)).toEqual([16, 16, 8, 16, 16, 16, 8, 8, 16, 16]);
    expect(set[2].extra).toBe(-8);
    // Marks not yet compressed may still be squeezed by a prohibition pull-up; others not.
    expect(set[3].shrink).toBe(8);
    expect(set[2].shrink).toBe(0);
    expect(set[0].shrink).toBe(0);
    // A compressed mark that ends a line (the pair parted by the break) is set full width again.
    expect(set.map((s) => s.endShrink)).toEqual([0, 0, -8, 0, 0, 0, -8, -8, 0, 0]);
  });

  it('a mark drawn narrower than half an em (a proportional ’ or ” in a kai face) has no blank half to lose', () => {
    // LXGW WenKai's ’ is 0.35 em: taking half an em off it set the next （ back over it.
    const atoms = measured('’（一）').map((m, i) => (i === 0 ? { ...m, width: SIZE * 0.35 } : m));
    const set = setAtoms(atoms, { pitch: null, size: SIZE, compression: 'consecutive' });
    expect(set[0].slot).toBeCloseTo(SIZE * 0.35);
    expect(set.every((s) => s.slot > 0)).toBe(true);
    expect(set[0].shrink).toBe(0);
    // Nor one of 0.6 em (grid2's rule: proportional below 0.75 em); a 0.8 em mark gives what it
    // has beyond half an em, never more.
    const widthOf = (w: number) =>
      setAtoms(
        measured('”（').map((m, i) => (i === 0 ? { ...m, width: SIZE * w } : m)),
        { pitch: null, size: SIZE, compression: 'consecutive' },
      )[0].slot;
    expect(widthOf(0.6)).toBeCloseTo(SIZE * 0.6);
    expect(widthOf(0.8)).toBeCloseTo(SIZE / 2);
    // On the grid it is narrow text (no cell of its own): again nothing to lose.
    const grid = setAtoms(atoms, { pitch: PITCH, size: SIZE, compression: 'consecutive' });
    expect(grid[0].slot).toBeCloseTo(SIZE * 0.35);
  });

  it('line-end: closing marks may also lose half an em at a line end, opening marks never', () => {
    const set = slots('好，好（好，（', 'line-end');
    expect(set[1].endShrink).toBe(8);
    expect(set[3].endShrink).toBe(0);
    // A mark already closed up against the next one has nothing left to give at a line end.
    expect(set[5].endShrink).toBe(0);
  });

  it('on the grid: full-width glyphs fill whole cells, —— two; digits and Latin whole cells when they fit', () => {
    const set = slots('会——2022年', 'none', PITCH);
    // 2022 (2.03 cells) is condensed to 2 cells, its glyphs not spaced.
    expect(set.map((s) => s.slot)).toEqual([PITCH, 2 * PITCH, 2 * PITCH, PITCH]);
    expect(set[0].extra).toBeCloseTo(PITCH - SIZE, 10);
    expect(set[2]).toMatchObject({ extra: 0, lead: 0, fit: { scale: (2 * PITCH) / 32, before: 0, after: 0 } });
    // A lone digit (half a cell) fits no whole cell without a blank that reads as a space: kept,
    // unless its face has a full-width form, which then takes the cell (its glyph spaced to fit).
    const lone = slots('第4期', 'none', PITCH);
    expect(lone.map((s) => s.slot)).toEqual([PITCH, 8, PITCH]);
    expect(lone[1].fit).toBeUndefined();
    const full = setAtoms(
      measured('第4期').map((m) => (m.atom.text === '4' ? { ...m, fullWidth: SIZE } : m)),
      { pitch: PITCH, size: SIZE, compression: 'none' },
    );
    expect(full.map((s) => s.slot)).toEqual([PITCH, PITCH, PITCH]);
    expect(full[1]).toMatchObject({ lead: 0, fit: { full: true, scale: 1 } });
    expect(full[1].extra).toBeCloseTo(PITCH - SIZE, 10);
    // Only a stretch of that one atom: 4.5 (two atoms, 0.78 cell) is no lone digit.
    const pair = setAtoms(
      measured('第4.5期').map((m) => (m.atom.text === '4' ? { ...m, fullWidth: SIZE } : m)),
      { pitch: PITCH, size: SIZE, compression: 'none' },
    );
    expect(pair.some((s) => s.fit?.full)).toBe(false);
  });

  it('fitStretch: rounds up with a blank either side below a space, else down condensed, else not at all', () => {
    // 30.5 pt: 1.08 pt either side of it makes two cells.
    expect(fitStretch(30.5, PITCH, SIZE)).toEqual({ scale: 1, before: (2 * PITCH - 30.5) / 2, after: (2 * PITCH - 30.5) / 2 });
    // 34 pt: three cells would leave 6.7 pt each side (read as spaces); two at 93% width.
    expect(fitStretch(34, PITCH, SIZE)).toEqual({ scale: (2 * PITCH) / 34, before: 0, after: 0 });
    // 40 pt: neither 3 cells (3.7 pt each side) nor 2 (79%).
    expect(fitStretch(40, PITCH, SIZE)).toBeNull();
    // Starting its paragraph, a stretch keeps its first glyph on the indent: all the blank after.
    expect(fitStretch(30.5, PITCH, SIZE, true)).toEqual({ scale: 1, before: 0, after: 2 * PITCH - 30.5 });
    expect(fitStretch(33, PITCH, SIZE, true)).toEqual({ scale: (2 * PITCH) / 33, before: 0, after: 0 });
    // 30 pt: 0.79 pt either side inside a line, but 1.58 pt after it at the start reads as a space.
    expect(fitStretch(30, PITCH, SIZE)).toMatchObject({ scale: 1, before: (2 * PITCH - 30) / 2 });
    expect(fitStretch(30, PITCH, SIZE, true)).toBeNull();
    expect(fitStretch(8, PITCH, SIZE, true)).toBeNull();
    expect(MAX_BLANK_EM * SIZE).toBeLessThan(0.1 * SIZE);
    expect(MIN_SCALE).toBeGreaterThanOrEqual(0.85);
  });

  it('on the grid, compression takes half a cell', () => {
    expect(slots('。”', 'consecutive', PITCH)[0].slot).toBeCloseTo(PITCH / 2, 10);
  });
});

describe('compression defaults and effect on lines', () => {
  it('is none in grid mode and consecutive otherwise, unless the model says', () => {
    const model = fixtureModel(1);
    expect(compressionOf(model)).toBe('consecutive');
    const grid = { charsPerLine: 28, linesPerPage: 22, charPitch: PITCH, linePitch: 29, size: 16 };
    expect(compressionOf({ ...model, grid })).toBe('none');
    expect(compressionOf({ ...model, grid, punctuation: 'line-end' })).toBe('line-end');
  });

  it('hangs punctuation in grid mode (as Word does by default) and not otherwise, unless the model says', () => {
    const model = fixtureModel(1);
    const grid = { charsPerLine: 28, linesPerPage: 22, charPitch: PITCH, linePitch: 29, size: 16 };
    expect(hangingOf(model)).toBe(false);
    expect(hangingOf({ ...model, grid })).toBe(true);
    expect(hangingOf({ ...model, grid, hangingPunctuation: false })).toBe(false);
    expect(hangingOf({ ...model, hangingPunctuation: true })).toBe(true);
  });

  const fonts = Object.fromEntries(Object.entries(bundledFonts()).map(([r, f]) => [r, openFont(f)])) as Fonts;
  const style: ParagraphStyle = {
    font: 'body',
    size: SIZE,
    bold: false,
    color: '#000000',
    align: 'justify',
    indent: 0,
    spaceBefore: 0,
    spaceAfter: 0,
    lineHeight: 29,
    letterSpacing: 0,
    keepWithNext: false,
  };
  const lay = (text: string, chars: number, compression: PunctuationCompression) =>
    layoutParagraph({ kind: 'paragraph', style: 'body', inlines: [{ kind: 'text', text }] }, style, fonts, chars * PITCH, {
      pitch: PITCH,
      compression,
    });
  const textOf = (line: { pieces: Array<{ text: string }> }) => line.pieces.map((p) => p.text).join('');
  const end = (line: { pieces: Array<{ x: number; width: number; glyphs: number; charSpacing: number; tracking?: number }> }) => {
    const p = line.pieces[line.pieces.length - 1];
    // The right edge of the last glyph's cell: justification spacing sits between glyphs only.
    return p.x + p.width + (p.glyphs - 1) * (p.charSpacing - (p.tracking ?? 0));
  };

  it('with none on the grid, a closing mark that would start a line pushes a character down', () => {
    const lines = lay('一二三四五六七八九十，一二三四五', 10, 'none');
    expect(textOf(lines[0])).toBe('一二三四五六七八九');
    expect(textOf(lines[1])).toBe('十，一二三四五');
    expect(end(lines[0])).toBeCloseTo(10 * PITCH, 6); // stretched to the grid edge
  });

  it('with hanging on, the closing mark hangs just past the grid edge, drawn last, the line untouched', () => {
    const hangLay = (text: string) =>
      layoutParagraph({ kind: 'paragraph', style: 'body', inlines: [{ kind: 'text', text }] }, style, fonts, 10 * PITCH, {
        pitch: PITCH,
        compression: 'none',
        hang: true,
      });
    const lines = hangLay('一二三四五六七八九十，一二三四五');
    expect(lines.map(textOf)).toEqual(['一二三四五六七八九十，', '一二三四五']);
    const pieces = lines[0].pieces;
    const mark = pieces[pieces.length - 1];
    expect(mark.text).toBe('，'); // its own piece, last: the text layer reads 十 then ，
    const inside = { ...lines[0], pieces: pieces.slice(0, -1) };
    expect(end(inside)).toBeCloseTo(10 * PITCH, 6); // ten full cells, flush with the edge
    expect(pieces.slice(0, -1).every((p) => Math.abs(p.charSpacing - (p.tracking ?? 0)) < 1e-9)).toBe(true); // not stretched
    expect(mark.x).toBeCloseTo(10 * PITCH, 6); // outside the measure, starting at its edge
    expect(mark.width).toBeCloseTo(PITCH, 6);
    // A paragraph's last line hangs its mark the same way, though set solid and flush left.
    const last = hangLay('一二三四五六七八九十。');
    expect(last.map(textOf)).toEqual(['一二三四五六七八九十。']);
    expect(last[0].pieces[last[0].pieces.length - 1].x).toBeCloseTo(10 * PITCH, 6);
  });

  it('with consecutive, a mark is pulled up when squeezing the line changes it less than a push', () => {
    // Pushing would move the whole —— (two cells); pulling squeezes one cell out of “ ” ，.
    const text = '一二“三”四五六——，一二';
    expect(textOf(lay(text, 10, 'consecutive')[0])).toBe('一二“三”四五六——，');
    expect(end(lay(text, 10, 'consecutive')[0])).toBeCloseTo(10 * PITCH, 6);
    expect(textOf(lay(text, 10, 'none')[0])).toBe('一二“三”四五六'); // none never squeezes
  });

  it('with line-end, a mark ending a line is set half a cell narrow and the line justified', () => {
    const text = '一二三四五六七八九，一二三四五';
    const plain = lay(text, 10, 'none');
    const compressed = lay(text, 10, 'line-end');
    expect(textOf(compressed[0])).toBe('一二三四五六七八九，');
    const mark = compressed[0].pieces[compressed[0].pieces.length - 1];
    expect(mark.text).toBe('，');
    expect(mark.width).toBeCloseTo(PITCH / 2, 6);
    expect(end(compressed[0])).toBeCloseTo(10 * PITCH, 6);
    expect(plain.length).toBe(compressed.length);
  });
});
