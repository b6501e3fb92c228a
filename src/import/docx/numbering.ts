// numbering.xml → the label Word prints before a numbered paragraph (`一、` `（一）` `1.` `①`).
// The label is not in the text runs, but the editor sees and means it, so it is kept as typed;
// so is a bullet Word prints as a character (●), unless only a symbol font can print it.
import { attr, child, kids, parseXml, val } from './xml';

interface Level {
  fmt: string;
  text: string;
  start: number;
  /** The font the label is drawn in (a bullet's symbol font). */
  font?: string;
}

const CN = '〇一二三四五六七八九';

function chinese(n: number): string {
  if (n < 10) return CN[n];
  if (n < 20) return `十${n % 10 ? CN[n % 10] : ''}`;
  if (n < 100) return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`;
  return String(n);
}

function roman(n: number): string {
  const parts: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [v, s] of parts)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographDigital':
    case 'japaneseCounting':
      return chinese(n);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[n - 1] ?? String(n);
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
}

export interface Numbering {
  /** The label Word prints for the next paragraph numbered (numId, ilvl), '' when none; a bullet
   *  from a symbol font (Wingdings, U+F000–F0FF) no bulletin font has is `{ symbol }` instead. */
  next(numId: string, ilvl: number): string | { symbol: string; font?: string };
}

const isPrivateUse = (s: string) => [...s].some((c) => c.codePointAt(0)! >= 0xe000 && c.codePointAt(0)! <= 0xf8ff);

export function readNumbering(xml: string | undefined): Numbering {
  const abstract = new Map<string, Level[]>();
  const nums = new Map<string, { abs: string; starts: Map<number, number> }>();
  if (xml) {
    const root = child(parseXml(xml), 'w:numbering');
    for (const a of kids(root, 'w:abstractNum')) {
      const levels: Level[] = [];
      for (const l of kids(a, 'w:lvl')) {
        levels[Number(attr(l, 'w:ilvl') ?? 0)] = {
          fmt: val(l, 'w:numFmt') ?? 'decimal',
          text: val(l, 'w:lvlText') ?? '',
          start: Number(val(l, 'w:start') ?? 1),
          font: attr(child(child(l, 'w:rPr'), 'w:rFonts'), 'w:ascii'),
        };
      }
      abstract.set(attr(a, 'w:abstractNumId') ?? '', levels);
    }
    for (const n of kids(root, 'w:num')) {
      const starts = new Map<number, number>();
      for (const o of kids(n, 'w:lvlOverride')) {
        const s = val(o, 'w:startOverride');
        if (s !== undefined) starts.set(Number(attr(o, 'w:ilvl') ?? 0), Number(s));
      }
      nums.set(attr(n, 'w:numId') ?? '', { abs: val(n, 'w:abstractNumId') ?? '', starts });
    }
  }
  // Counters live on the abstract list (lists sharing one continue each other, as in Word).
  const counters = new Map<string, number[]>();
  return {
    next(numId, ilvl) {
      const num = nums.get(numId);
      const levels = num ? abstract.get(num.abs) : undefined;
      const level = levels?.[ilvl];
      if (!num || !levels || !level) return '';
      if (level.fmt === 'bullet') return isPrivateUse(level.text) ? { symbol: level.text, font: level.font } : level.text;
      const c = counters.get(num.abs) ?? [];
      const startOf = (i: number) => num.starts.get(i) ?? levels[i]?.start ?? 1;
      c[ilvl] = c[ilvl] === undefined ? startOf(ilvl) : c[ilvl] + 1;
      for (let i = ilvl + 1; i < c.length; i++) c[i] = undefined as unknown as number;
      counters.set(num.abs, c);
      return level.text.replace(/%(\d)/g, (_, d: string) => {
        const i = Number(d) - 1;
        return formatNumber(c[i] ?? startOf(i), levels[i]?.fmt ?? 'decimal');
      });
    },
  };
}
