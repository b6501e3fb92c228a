// The few helpers templates may call: Chinese dates, Chinese numerals, spaced titles and joined
// lists. Kept pure so they are easy to test and cannot reach files or the environment.

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 4 → 四, 12 → 十二, 269 → 二百六十九 (for 第 N 期 in words). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n < 10) return DIGITS[n];
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i];
    if (d === 0) zero = out.length > 0;
    else {
      out += (zero ? '零' : '') + DIGITS[d] + unit;
      zero = false;
    }
  });
  return out.replace(/^一十/, '十');
}

/** "2022-04-30" → "2022年4月30日" (GB/T 9704 writes dates without spaces), or 二〇二二年四月三十日 with hanzi. */
export function chineseDate(iso: string, style: 'digits' | 'hanzi' = 'digits'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [m[1], Number(m[2]), Number(m[3])];
  if (style === 'hanzi') {
    return `${y.split('').map((c) => DIGITS[Number(c)]).join('')}年${chineseNumber(mo)}月${chineseNumber(d)}日`;
  }
  return `${y}年${mo}月${d}日`;
}

/** "本期要目" → "本 期 要 目". */
export function spaced(text: string, gap = ' '): string {
  return [...text].join(gap);
}

/** ["报", "送"] → "报、送" (the separator defaults to the Chinese enumeration comma). */
export function joinList(items: unknown, separator = '、'): string {
  if (!Array.isArray(items)) return items === null || items === undefined ? '' : String(items);
  return items.filter((x) => x !== null && x !== undefined && x !== '').map(String).join(separator);
}
