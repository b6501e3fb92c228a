// numbering.xml → the label Word prints before a numbered paragraph (`一、` `（一）` `1.` `①`).
// The label is not in the text runs, but the editor sees and means it, so it is kept as typed;
// so is a bullet Word prints as a character (●), unless only a symbol font can print it.
import { isSymbolFont } from './symbol-fonts';
import { attr, child, kids, parseXml, val, type XNode } from './xml';

interface Level {
  fmt: string;
  text: string;
  start: number;
  /** The font the label is drawn in (a bullet's symbol font). */
  font?: string;
  /** w:isLgl: every number in this level's label is shown in Arabic digits (1.1 under 第一章). */
  legal?: boolean;
}

const on = (el: XNode | undefined) => el !== undefined && !['0', 'false', 'off'].includes(attr(el, 'w:val') ?? '');

function readLevel(l: XNode): Level {
  return {
    fmt: val(l, 'w:numFmt') ?? 'decimal',
    text: val(l, 'w:lvlText') ?? '',
    start: Number(val(l, 'w:start') ?? 1),
    font: attr(child(child(l, 'w:rPr'), 'w:rFonts'), 'w:ascii'),
    legal: on(child(l, 'w:isLgl')),
  };
}

const CN = '〇一二三四五六七八九';
/** 大写 (financial) numerals: chineseLegalSimplified and ideographLegalTraditional. */
const LEGAL = '零壹贰叁肆伍陆柒捌玖';
const LEGAL_TRADITIONAL = '零壹貳參肆伍陸柒捌玖';

/** n (below 1000) in Chinese counting: 十二, 二十, 一百零五, 一百一十. */
function chinese(n: number, digits = CN, ten = '十', hundred = '百'): string {
  const tens = (m: number, lead: boolean) =>
    m < 10 ? digits[m] : `${m < 20 && !lead ? '' : digits[Math.floor(m / 10)]}${ten}${m % 10 ? digits[m % 10] : ''}`;
  if (n < 100) return tens(n, false);
  if (n < 1000) {
    const rest = n % 100;
    return `${digits[Math.floor(n / 100)]}${hundred}${rest === 0 ? '' : rest < 10 ? `零${digits[rest]}` : tens(rest, true)}`;
  }
  return String(n);
}

/** n written digit by digit in 〇一二… (ideographDigital: 10 is 一〇). */
const digitwise = (n: number) => [...String(n)].map((d) => CN[Number(d)]).join('');

/** The character `first + n - 1` for n in 1..max, else n in digits (as Word falls back). */
const enclosed = (n: number, first: number, max: number) => (n >= 1 && n <= max ? String.fromCodePoint(first + n - 1) : String(n));

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

/** n as Word prints it in number format `fmt`; undefined for a format not known here. */
export function formatNumber(n: number, fmt: string): string | undefined {
  switch (fmt) {
    case 'decimal':
    case 'decimalHalfWidth':
      return String(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return chinese(n);
    case 'chineseLegalSimplified':
      return chinese(n, LEGAL, '拾', '佰');
    case 'ideographLegalTraditional':
      return chinese(n, LEGAL_TRADITIONAL, '拾', '佰');
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return digitwise(n);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[n - 1] ?? String(n);
    case 'ideographZodiac':
      return '子丑寅卯辰巳午未申酉戌亥'[n - 1] ?? String(n);
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
      return enclosed(n, 0x2460, 20);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20);
    case 'ideographEnclosedCircle':
      return enclosed(n, 0x3220, 10);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('');
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'numberInDash':
      return `- ${n} -`;
    case 'none':
      return '';
    default:
      return undefined;
  }
}

export interface Numbering {
  /** The label Word prints for the next paragraph numbered (numId, ilvl), '' when none; a bullet
   *  from a symbol font (Wingdings, U+F000–F0FF) no bulletin font has is `{ symbol }` instead. */
  next(numId: string, ilvl: number): string | { symbol: string; font?: string } | { label: string; unknownFormat: string };
}

const isPrivateUse = (s: string) => [...s].some((c) => c.codePointAt(0)! >= 0xe000 && c.codePointAt(0)! <= 0xf8ff);

export function readNumbering(xml: string | undefined): Numbering {
  const abstract = new Map<string, Level[]>();
  const nums = new Map<string, { abs: string; starts: Map<number, number>; own: Map<number, Level> }>();
  if (xml) {
    const root = child(parseXml(xml), 'w:numbering');
    // A list may only name a list style (多级列表 styles): its levels are those of the list
    // defined for that style.
    const styled = new Map<string, string>();
    const linking = new Map<string, string>();
    for (const a of kids(root, 'w:abstractNum')) {
      const id = attr(a, 'w:abstractNumId') ?? '';
      const levels: Level[] = [];
      for (const l of kids(a, 'w:lvl')) levels[Number(attr(l, 'w:ilvl') ?? 0)] = readLevel(l);
      abstract.set(id, levels);
      const defines = val(a, 'w:styleLink');
      const uses = val(a, 'w:numStyleLink');
      if (defines !== undefined) styled.set(defines, id);
      if (uses !== undefined) linking.set(id, uses);
    }
    for (const [id, style] of linking) {
      const levels = abstract.get(styled.get(style) ?? '');
      if (!abstract.get(id)?.length && levels) abstract.set(id, levels);
    }
    for (const n of kids(root, 'w:num')) {
      const starts = new Map<number, number>();
      const own = new Map<number, Level>();
      for (const o of kids(n, 'w:lvlOverride')) {
        const ilvl = Number(attr(o, 'w:ilvl') ?? 0);
        const s = val(o, 'w:startOverride');
        if (s !== undefined) starts.set(ilvl, Number(s));
        // A level redefined for this list alone.
        const l = child(o, 'w:lvl');
        if (l) own.set(ilvl, readLevel(l));
      }
      nums.set(attr(n, 'w:numId') ?? '', { abs: val(n, 'w:abstractNumId') ?? '', starts, own });
    }
  }
  // Counters live on the abstract list (lists sharing one continue each other, as in Word).
  const counters = new Map<string, number[]>();
  return {
    next(numId, ilvl) {
      const num = nums.get(numId);
      const shared = num ? abstract.get(num.abs) : undefined;
      const levels = shared && num ? shared.map((l, i) => num.own.get(i) ?? l) : undefined;
      for (const [i, l] of num?.own ?? []) if (levels) levels[i] = l;
      const level = levels?.[ilvl];
      if (!num || !levels || !level) return '';
      if (level.fmt === 'bullet')
        return isPrivateUse(level.text) || isSymbolFont(level.font) ? { symbol: level.text, font: level.font } : level.text;
      const c = counters.get(num.abs) ?? [];
      const startOf = (i: number) => num.starts.get(i) ?? levels[i]?.start ?? 1;
      c[ilvl] = c[ilvl] === undefined ? startOf(ilvl) : c[ilvl] + 1;
      for (let i = ilvl + 1; i < c.length; i++) c[i] = undefined as unknown as number;
      counters.set(num.abs, c);
      let unknownFormat: string | undefined;
      const label = level.text.replace(/%(\d)/g, (_, d: string) => {
        const i = Number(d) - 1;
        const fmt = level.legal ? 'decimal' : (levels[i]?.fmt ?? 'decimal');
        const n = c[i] ?? startOf(i);
        const shown = formatNumber(n, fmt);
        if (shown === undefined) unknownFormat ??= fmt;
        return shown ?? String(n);
      });
      return unknownFormat ? { label, unknownFormat } : label;
    },
  };
}
