import { canBreakBetween, segment } from '../../../src/render/pdf/segment';

const texts = (s: string) => segment(s).map((a) => a.text);

describe('segment', () => {
  it('splits ideographs one by one and keeps Latin words and numbers whole', () => {
    expect(texts('2022年COVID-19疫情')).toEqual(['2022', '年', 'COVID-19', '疫', '情']);
    expect(texts('增长3.5%以上')).toEqual(['增', '长', '3.5%', '以', '上']);
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
});
