// Whitespace in markup follows Chinese rules, not HTML's: a line break between two Chinese
// characters (a Markdown soft break, template indentation) disappears instead of becoming a
// space, while spaces the editor typed inside a line are kept (the linter judges them).
import type { Inline } from './model';

// Layout whitespace trimmed at a paragraph's ends: what templates indent with and what body
// format v2 calls layout (space, tab, U+3000) plus line ends. A no-break or em space is text.
const LEADING = /^[ \t\n\r\f\u3000]+/;
const TRAILING = /[ \t\n\r\f\u3000]+$/;

/** `text` without layout whitespace at its ends. */
export const trimLayout = (text: string): string => text.replace(LEADING, '').replace(TRAILING, '');

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u201C\u201D\u2018\u2019\u2014\u2026]/;

/** `before`/`after` are the characters just outside `text` (in neighbouring runs), if any. */
export function joinSoftBreaks(text: string, before = '', after = ''): string {
  const whole = before + text + after;
  const joined = whole.replace(/[ \t]*\n\s*/g, (match, offset: number) => {
    const prev = whole[offset - 1];
    const next = whole[offset + match.length];
    if (prev === undefined || next === undefined) return '';
    return CJK.test(prev) || CJK.test(next) ? '' : ' ';
  });
  return joined.slice(before.length, joined.length - after.length);
}

/** Normalises line breaks across a paragraph's runs and trims its two ends. */
export function normaliseInlines(inlines: Inline[]): Inline[] {
  const out: Inline[] = inlines.map((i) => ({ ...i }));
  out.forEach((inline, i) => {
    if (inline.kind !== 'text') return;
    const prev = out[i - 1];
    const next = out[i + 1];
    const before = prev?.kind === 'text' ? prev.text.slice(-1) : '';
    const after = next?.kind === 'text' ? next.text.slice(0, 1) : '';
    inline.text = joinSoftBreaks(inline.text, before, after);
  });
  const first = out[0];
  if (first?.kind === 'text') first.text = first.text.replace(LEADING, '');
  const last = out[out.length - 1];
  if (last?.kind === 'text') last.text = last.text.replace(TRAILING, '');
  // Whitespace around a tab or break is template indentation, not content.
  out.forEach((inline, i) => {
    if (inline.kind !== 'text') return;
    if (out[i - 1] && out[i - 1].kind !== 'text') inline.text = inline.text.replace(LEADING, '');
    if (out[i + 1] && out[i + 1].kind !== 'text') inline.text = inline.text.replace(TRAILING, '');
  });
  return out.filter((i) => i.kind !== 'text' || i.text.length > 0);
}
