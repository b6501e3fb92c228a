// Character classes for the genre's typography: what counts as Chinese text around a mark.
// Chinese context means an ideograph or a full-width / Chinese punctuation mark (“”‘’—… are
// general-punctuation code points but in this genre they are set as Chinese marks).

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const CHINESE_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u201c\u201d\u2018\u2019\u2014\u2026\u00b7]/;

export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);
export const isChinese = (ch: string | undefined): boolean => ch !== undefined && (HAN.test(ch) || CHINESE_PUNCT.test(ch));
export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/** The full-width form an editor meant when typing a half-width mark in Chinese text. */
export const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/** A short excerpt around `index` (the offending input, shown in messages), within its own line;
 *  … where the line goes on beyond it. */
export function excerpt(text: string, index: number, length = 1, radius = 6): string {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const lineEnd = text.indexOf('\n', index) === -1 ? text.length : text.indexOf('\n', index);
  const from = Math.max(lineStart, index - radius);
  const to = Math.min(lineEnd, index + length + radius);
  return `${from > lineStart ? '…' : ''}${text.slice(from, to)}${to < lineEnd ? '…' : ''}`;
}

/** The text with full-width digits (０–９, as a date typed in a Chinese input mode or kept by
 *  intake) as ASCII digits; one UTF-16 unit each, so every index still points at the same place. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
