// Issue #26 item 12: a URL longer than the line breaks after / and . instead of being squeezed
// into overlapping glyphs; short numbers and abbreviations with dots stay whole.
import { breakLines, type MeasuredAtom } from '../../src/render/pdf/linebreak';
import { segment } from '../../src/render/pdf/segment';

const CHAR = 5; // a fixed advance per character is enough to test where lines may end
const measured = (text: string): MeasuredAtom[] => segment(text).map((a) => ({ ...a, width: [...a.text].length * CHAR, shrink: 0 }));

describe('long URLs in the PDF line breaker', () => {
  const text = '详见https://www.example.org/news/2022/04/article-name.html。';

  it('every line fits the measure', () => {
    const atoms = measured(text);
    const width = 30 * CHAR;
    const lines = breakLines(atoms, () => width);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(atoms.slice(l.start, l.end).reduce((w, a) => w + a.width, 0)).toBeLessThanOrEqual(width);
    expect(
      lines
        .map((l) =>
          atoms
            .slice(l.start, l.end)
            .map((a) => a.text)
            .join(''),
        )
        .join(''),
    ).toBe(text);
  });

  it('breaks only after / or . inside the URL, and keeps 3.14 and e.g. whole', () => {
    const parts = segment(text)
      .filter((a) => a.kind === 'word')
      .map((a) => a.text);
    for (const p of parts.slice(0, -1)) if (p !== 'https') expect(p).toMatch(/[/.]$/);
    expect(
      segment('圆周率3.14，e.g.例')
        .filter((a) => a.kind === 'word')
        .map((a) => a.text),
    ).toEqual(['3.14', 'e.g']);
  });
});
