import fc from 'fast-check';
import { canBreakBetween, segment } from '../../../src/render/pdf/segment';

const texts = (s: string) => segment(s).map((a) => a.text);

describe('segment', () => {
  it('splits ideographs one by one and keeps Latin words and numbers whole', () => {
    expect(texts('2022年COVID-19疫情')).toEqual(['2022', '年', 'COVID-19', '疫', '情']);
    expect(texts('增长3.5%以上')).toEqual(['增', '长', '3.5%', '以', '上']);
  });

  it('keeps A&B, AT&T, R&D and C+D whole, so no cell or justification gap opens inside them', () => {
    expect(texts('A&B与AT&T及R&D部门C+D')).toEqual(['A&B', '与', 'AT&T', '及', 'R&D', '部', '门', 'C+D']);
  });

  it('never splits —— or ……', () => {
    expect(texts('他说——好……吧')).toEqual(['他', '说', '——', '好', '……', '吧']);
  });

  it('keeps characters outside the BMP whole', () => {
    expect(texts('𠀾堃')).toEqual(['𠀾', '堃']);
  });

  it('forbids breaks before closing and after opening punctuation', () => {
    const [a, comma, open, b] = segment('好，“中');
    expect(canBreakBetween(a, comma)).toBe(false);
    expect(canBreakBetween(comma, open)).toBe(true);
    expect(canBreakBetween(open, b)).toBe(false);
  });

  it('breaks after spaces, not before them', () => {
    const [word, space, next] = segment('Hello world');
    expect(space.kind).toBe('space');
    expect(canBreakBetween(word, space)).toBe(false);
    expect(canBreakBetween(space, next)).toBe(true);
  });

  it('gives an ideograph (URO, Extension A, compatibility) the same atom every time, frozen', () => {
    for (const char of ['温', '㐀', '豈']) {
      const [first] = segment(`${char}x`);
      const [again] = segment(`y ${char}`).slice(2);
      expect(first).toEqual({ text: char, kind: 'cjk', noStart: false, noEnd: false, squeezable: false, hangable: false });
      expect(again).toBe(first);
      expect(Object.isFrozen(first)).toBe(true);
    }
    // Punctuation next to ideographs still takes the general path, with its own classes.
    expect(segment('中，')[1]).toMatchObject({ text: '，', noStart: true, squeezable: true, hangable: true });
  });

  it('loses and adds no text: the atoms of any string join back to it', () => {
    const pieces = fc.constantFrom(
      '温',
      '州',
      '㐀',
      '豈',
      '，',
      '。',
      '“',
      '”',
      '——',
      '……',
      '—',
      '…',
      ' ',
      '\u3000',
      'COVID-19',
      '3.5%',
      'a',
      '𠀾',
      '\t',
      'é',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(
          segment(text)
            .map((a) => a.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });
});
