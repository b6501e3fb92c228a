// Shaping plain CJK text from the cmap and hmtx tables (src/render/pdf/plain-shaping.ts) must
// give what fontkit's full OpenType shaping gives, glyph for glyph and advance for advance, on
// the faces jianbao ships: every line of text in both samples, every CJK mark and full-width
// form, and every pair of those marks side by side (where kerning or contextual forms would show).
import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import YAML from 'yaml';
import { bundledFonts } from '../../../src/fonts/bundled';
import { FONT_ROLES } from '../../../src/model/model';
import { shapeText } from '../../../src/render/pdf/plain-shaping';

const SAMPLES = path.resolve(__dirname, '../../../samples');
/** Every line of every string value in the samples: titles, bodies, briefs, masthead. */
function sampleLines(): string[] {
  const lines: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') lines.push(...value.split('\n'));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const f of fs.readdirSync(SAMPLES).filter((name) => name.endsWith('.yaml')))
    walk(YAML.parse(fs.readFileSync(path.join(SAMPLES, f), 'utf8')));
  return lines;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
/**
 * CJK symbols and punctuation, full-width forms, curly quotes: without the combining tone marks
 * (U+302A–302F) and the vertical kana repeat marks (U+3031–3035, ligatures in Noto), which
 * plain-shaping leaves to fontkit.
 */
const MARKS = [
  ...range(0x3000, 0x3029),
  '〰',
  ...range(0x3036, 0x303f),
  ...range(0xff01, 0xff60),
  ...range(0xffe0, 0xffe6),
  '‘',
  '’',
  '“',
  '”',
];

type Run = { glyphs: ReadonlyArray<{ id: number; advanceWidth: number }>; positions: readonly fontkit.GlyphPosition[] };

/** One line per glyph: id, advance, position; compact, so a mismatch prints as a short diff. */
function listing(run: Run): string {
  return run.glyphs.map((g, i) => `${g.id} ${g.advanceWidth} ${Object.values(run.positions[i]).slice(0, 4).join(' ')}`).join('\n');
}
const fontkitRun = (font: fontkit.Font, text: string) => listing(font.layout(text));
const ourRun = (font: fontkit.Font, text: string) => listing(shapeText(font, text));

const fonts = new Map(FONT_ROLES.map((role) => [role, fontkit.create(fs.readFileSync(bundledFonts()[role].file)) as fontkit.Font]));

describe.each(FONT_ROLES)('%s face', (role) => {
  const font = fonts.get(role)!;

  test('every line of the samples shapes as fontkit shapes it', () => {
    const lines = sampleLines();
    expect(lines.length).toBeGreaterThan(200);
    for (const line of lines) expect(ourRun(font, line)).toBe(fontkitRun(font, line));
  });

  test('every CJK mark, alone and next to every other, shapes as fontkit shapes it', () => {
    for (const first of MARKS) {
      const pairs = MARKS.map((second) => first + second).join('中');
      expect(ourRun(font, pairs)).toBe(fontkitRun(font, pairs));
    }
  });

  test('runs of digits and spaces, every pair of them, shape as fontkit shapes them, also between ideographs', () => {
    const digits = Array.from('0123456789 ');
    for (const first of digits) {
      const pairs = digits.map((second) => first + second).join('');
      expect(ourRun(font, pairs)).toBe(fontkitRun(font, pairs));
      expect(ourRun(font, `第${pairs}期`)).toBe(fontkitRun(font, '第') + '\n' + fontkitRun(font, pairs) + '\n' + fontkitRun(font, '期'));
    }
  });

  test('a ligature, Latin, digits and a variation selector still go through OpenType shaping', () => {
    const text = '2022年——AV‘To’……葛\u{E0100}字';
    expect(ourRun(font, text)).toBe(fontkitRun(font, text));
    // The em-dash pair is one glyph in Noto: proof the mixed run was shaped, not mapped.
    expect(shapeText(font, text).glyphs.length).toBeLessThan(Array.from(text).length);
  });
});

test('digits are shaped in their own run, as the line breaker measures them, not in the script of a Latin word before them', () => {
  // fontkit picks one script per run, from its first letter: after `A` Noto gives the digits
  // other glyphs than on their own. Each run on its own keeps drawing equal to measuring.
  const font = fonts.get('body')!;
  expect(ourRun(font, 'A2022年')).toBe(fontkitRun(font, 'A2022') + '\n' + fontkitRun(font, '年'));
  expect(ourRun(font, '温州2022')).toBe(fontkitRun(font, '温州') + '\n' + fontkitRun(font, '2022'));
});

test('a variable face is always shaped by fontkit', () => {
  const font = fonts.get('body')!;
  const variable = Object.create(font, {
    variationAxes: { value: { wght: { name: 'Weight', min: 200, default: 400, max: 900 } } },
  }) as fontkit.Font;
  const calls: string[] = [];
  variable.layout = (text: string) => {
    calls.push(text);
    return font.layout(text);
  };
  shapeText(variable, '温州科协');
  expect(calls).toEqual(['温州科协']);
});
