import { breakLines, keepTogether, type BreakOptions, type MeasuredAtom } from '../../../src/render/pdf/linebreak';
import { segment } from '../../../src/render/pdf/segment';

const EM = 10;
// Ideographs and full-width marks one em; Latin and digits half an em per character.
function measured(text: string): MeasuredAtom[] {
  return segment(text).map((a) => ({
    ...a,
    width: a.kind === 'cjk' ? EM * a.text.length : (EM / 2) * a.text.length,
    shrink: a.squeezable ? EM / 2 : 0,
  }));
}

function lines(text: string, chars: number, options?: BreakOptions): string[] {
  const atoms = measured(text);
  return breakLines(atoms, () => chars * EM, options).map((r) =>
    atoms
      .slice(r.start, r.end)
      .map((a) => a.text)
      .join('')
      .trim(),
  );
}

/** Lines with a hanging mark written after a `|` (the right edge), on a grid without squeezing. */
function hung(text: string, chars: number): string[] {
  const atoms = measured(text).map((a) => ({ ...a, shrink: 0 }));
  return breakLines(atoms, () => chars * EM, { hang: true }).map((r) => {
    const inside = atoms
      .slice(r.start, r.hang ? r.end - 1 : r.end)
      .map((a) => a.text)
      .join('')
      .trim();
    return r.hang ? `${inside}|${atoms[r.end - 1].text}` : inside;
  });
}

const CLOSING = /^[，。、；：？！）》”’…]/u;
const OPENING = /[（《“‘]$/u;

describe('breakLines', () => {
  const hard = [
    '我们认为，这是一个很好的开始。“科创中国”试点城市建设——这是重点……还有2022年的计划与Latin文字。',
    '一二三四五六七八九，。、“（《甲乙丙丁戊己庚辛壬癸》）”子丑寅卯辰巳午未申酉戌亥。',
    '温州市召开“科创中国”试点城市建设推进会，市政府副秘书长徐海严主持会议，联席制度成员单位出席。',
    '共有COVID-19相关项目120个，资金3.5%增长；重点推进“两会”精神落实……落实再落实——绝不放松！',
  ];
  for (const [width, hang] of [7, 8, 9, 10, 11, 12, 13].flatMap(
    (w) =>
      [
        [w, false],
        [w, true],
      ] as const,
  )) {
    it(`obeys the prohibitions at ${width} characters${hang ? ', hanging punctuation on' : ''}`, () => {
      for (const text of hard) {
        const result = lines(text, width, { hang });
        expect(result.join('')).toBe(text);
        for (const line of result.slice(1)) expect(line).not.toMatch(CLOSING);
        for (const line of result.slice(0, -1)) expect(line).not.toMatch(OPENING);
        const glued = result.slice(0, -1).map((l, i) => l.slice(-1) + result[i + 1].slice(0, 1));
        expect(glued).not.toContain('——');
        expect(glued).not.toContain('……');
        for (const word of ['2022', 'Latin', 'COVID-19', '3.5%', '120']) {
          if (text.includes(word)) expect(result.some((l) => l.includes(word))).toBe(true);
        }
      }
    });
  }

  it('fills lines greedily and keeps the indent of the first line', () => {
    const atoms = measured('一二三四五六七八九十甲乙丙丁戊');
    const ranges = breakLines(atoms, (n) => (n === 0 ? 8 * EM : 10 * EM));
    expect(ranges.map((r) => r.end - r.start)).toEqual([8, 7]);
  });

  it('pulls a comma up onto a full line when its punctuation can absorb the squeeze', () => {
    // Two commas, each squeezable by half an em, absorb the one em of overflow.
    expect(lines('一二，三四五六七八九，甲乙', 10)).toEqual(['一二，三四五六七八九，', '甲乙']);
  });

  it('pushes a character down when pulling would squeeze too much', () => {
    // Only the 。 itself could be squeezed (half an em of the em needed): 十 goes down with it.
    expect(lines('一二三四五六七八九十。甲', 10)).toEqual(['一二三四五六七八九', '十。甲']);
  });

  describe('with hanging punctuation', () => {
    it('hangs a lone closing mark past a full line instead of pushing a character down', () => {
      expect(hung('一二三四五六七八九十。甲乙', 10)).toEqual(['一二三四五六七八九十|。', '甲乙']);
      expect(hung('一二三四五六七八九十”甲乙', 10)).toEqual(['一二三四五六七八九十|”', '甲乙']);
      expect(hung('一二三四五六七八九十）甲乙', 10)).toEqual(['一二三四五六七八九十|）', '甲乙']);
      // The paragraph's last mark hangs too, rather than going down with 十.
      expect(hung('一二三四五六七八九十。', 10)).toEqual(['一二三四五六七八九十|。']);
      // Spaces after the mark are no second mark.
      expect(hung('一二三四五六七八九十， Latin', 10)).toEqual(['一二三四五六七八九十|，', 'Latin']);
    });

    it('falls back to pushing when two closing marks follow the full line (。”)', () => {
      expect(hung('一二三四五六七八九十。”甲乙', 10)).toEqual(['一二三四五六七八九', '十。”甲乙']);
      expect(hung('一二三四五六七八九十）。甲乙', 10)).toEqual(['一二三四五六七八九', '十）。甲乙']);
    });

    it('hangs only closing marks of the hangable set, never …… or an opening mark', () => {
      expect(hung('一二三四五六七八九十……甲', 10)).toEqual(['一二三四五六七八九', '十……甲']);
      expect(hung('一二三四五六七八九十%甲', 10)).toEqual(['一二三四五六七八九', '十%甲']);
      expect(hung('一二三四五六七八九“十”甲乙', 10)).toEqual(['一二三四五六七八九', '“十”甲乙']);
    });

    it('leaves breaks alone where they are legal, and is off unless asked for', () => {
      expect(hung('一二三四五六七八九十甲乙', 10)).toEqual(['一二三四五六七八九十', '甲乙']);
      expect(lines('一二三四五六七八九十。甲', 10)).toEqual(['一二三四五六七八九', '十。甲']);
    });

    it('hangs after a line with room left only when that changes it less than squeezing', () => {
      // Proportional setting: 甲 is narrower than an em, so some room is left before the comma.
      const line = (text: string, narrow: number) =>
        breakLines(
          measured(text).map((a) => (a.text === '甲' ? { ...a, width: narrow * EM } : a)),
          () => 10 * EM,
          { hang: true },
        )[0];
      // 9.5 em before the comma: pulling it up squeezes half an em (its blank half), no more than
      // hanging would leave to stretch, and keeps the line inside the measure.
      expect(line('一二三四五六七八九甲，乙丙', 0.5)).toEqual({ start: 0, end: 11 });
      // 9.8 em before it: hanging stretches 0.2 em, pulling would squeeze 0.8 em of two commas.
      expect(line('一二，三四五六七八甲，乙丙', 0.8)).toEqual({ start: 0, end: 11, hang: true });
      // No shrink to give (grid mode sets every mark on a full cell): the comma hangs.
      const rigid = measured('一二三四五六七八九甲，乙丙').map((a) => ({ ...a, shrink: 0, width: a.text === '甲' ? EM / 2 : a.width }));
      expect(breakLines(rigid, () => 10 * EM, { hang: true })[0]).toEqual({ start: 0, end: 11, hang: true });
    });
  });

  it('never ends a line with an opening quote', () => {
    const result = lines('一二三四五六七八九“十”甲乙', 10);
    expect(result[0]).toBe('一二三四五六七八九');
    expect(result[1]).toBe('“十”甲乙');
  });
});

describe('keep-together units (issue 23 item 5)', () => {
  const glued = (text: string, chars: number, options?: BreakOptions) => {
    const atoms = keepTogether(measured(text));
    return breakLines(atoms, () => chars * EM, options).map((r) =>
      atoms
        .slice(r.start, r.end)
        .map((a) => a.text)
        .join('')
        .trim(),
    );
  };

  it('never splits a paragraph-final attribution of up to 8 characters; it moves down whole', () => {
    expect(glued('一二三四五六七八（陈雄）', 10)).toEqual(['一二三四五六七八', '（陈雄）']);
    expect(glued('一二三四五六七（陈一瑜）', 10)).toEqual(['一二三四五六七', '（陈一瑜）']);
    for (const hang of [false, true]) expect(glued('一二三四五六七八九（陈雄）', 10, { hang })).toEqual(['一二三四五六七八九', '（陈雄）']);
  });

  it('glues only a bracket that ends the paragraph and holds 1 to 8 characters', () => {
    const glue = (text: string) =>
      keepTogether(measured(text))
        .map((a) => (a.glue ? 1 : 0))
        .join('');
    expect(glue('文字（陈雄）')).toBe('000111');
    expect(glue('文字（一二三四五六七八）')).toBe('000111111111');
    expect(glue('文字（一二三四五六七八九）')).toBe('0000000000000');
    expect(glue('（陈雄）后文')).toBe('000000');
    expect(glue('文字（）')).toBe('0000');
  });

  it('a last line of one character (besides punctuation) takes one from the line above', () => {
    expect(lines('一二三四五六七八九十议。', 10)).toEqual(['一二三四五六七八九', '十议。']);
    expect(lines('一二三四五六七八九十半', 10)).toEqual(['一二三四五六七八九', '十半']);
    // Two characters are enough; a one-line paragraph is left alone.
    expect(lines('一二三四五六七八九十甲乙', 10)).toEqual(['一二三四五六七八九十', '甲乙']);
    expect(lines('议。', 10)).toEqual(['议。']);
    // A pull lands on a legal break: the line above never ends with an opening mark.
    expect(lines('一二三四五六七八“九”议。', 10)).toEqual(['一二三四五六七八', '“九”议。']);
  });
});
