// The table of superscript and subscript forms and what the bundled faces can print with it.
import { canPrint, drawnFromBase, scriptForms, scriptMetrics } from '../../src/fonts/script-forms';
import { bundledTestFonts } from '../helpers/paragraph-setup';

const { body, kai } = bundledTestFonts();

test('within one position each base stands for one form (the PDF maps the base glyph back to it)', () => {
  for (const position of ['super', 'sub'] as const) {
    const bases = [...scriptForms().values()].filter((f) => f.position === position).map((f) => f.base);
    expect(new Set(bases).size).toBe(bases.length);
  }
  expect(scriptForms().get('₂')).toEqual({ base: '2', position: 'sub' });
  expect(scriptForms().get('⁻')).toEqual({ base: '−', position: 'super' });
});

test('Noto Serif SC: ₂ and ⁶ are drawn from their digits, ² is its own glyph, a missing ideograph is not printable', () => {
  expect(drawnFromBase(body.font, '₂')).toEqual({ base: '2', position: 'sub' });
  expect(drawnFromBase(body.font, '⁶')).toEqual({ base: '6', position: 'super' });
  expect(drawnFromBase(body.font, '²')).toBeNull();
  expect(drawnFromBase(body.font, '2')).toBeNull();
  expect(canPrint(body.font, '₂')).toBe(true);
  expect(canPrint(body.font, '𠀀')).toBe(false);
});

test('every digit form prints in the bundled body and 楷 faces', () => {
  for (const char of '⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉⁺⁻₊₋') {
    expect(canPrint(body.font, char)).toBe(true);
    expect(canPrint(kai.font, char)).toBe(true);
  }
});

test("superscripts match the face's own ¹ (smaller, raised); subscripts as small, lowered", () => {
  const sup = scriptMetrics(body.font, 'super');
  const one = body.font.glyphForCodePoint(0xb9).bbox;
  expect(sup.scale).toBeGreaterThan(0.5);
  expect(sup.scale).toBeLessThan(0.7);
  // Where the face's ¹ ink starts, within a unit or two.
  expect(sup.rise * 1000 + sup.scale * body.font.glyphForCodePoint(0x31).bbox.minY).toBeCloseTo(one.minY, 0);
  const sub = scriptMetrics(body.font, 'sub');
  expect(sub.scale).toBe(sup.scale);
  expect(sub.rise).toBeLessThan(0);
});
