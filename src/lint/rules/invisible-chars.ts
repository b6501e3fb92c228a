// JB317: invisible characters pasted with text from WeChat or a web page: soft hyphen, zero-width
// space, a BOM inside the text, word joiner, and ZWNJ/ZWJ outside an emoji sequence. They print
// as nothing but change line breaks, search and copied text (a PDF may even draw U+00AD). --fix
// removes only U+200B, U+FEFF and U+00AD, which mean nothing in Chinese text; the joiners have a
// use (other scripts, emoji), so they are only warned, and a ZWJ inside an emoji is not reported.
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { LintContext } from '../context';

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const NAMES: Readonly<Record<string, { zh: string; en: string; certain: boolean }>> = {
  '\u00ad': { zh: '软连字符', en: 'SOFT HYPHEN', certain: true },
  '\u200b': { zh: '零宽空格', en: 'ZERO WIDTH SPACE', certain: true },
  '\u200c': { zh: '零宽不连字', en: 'ZERO WIDTH NON-JOINER', certain: false },
  '\u200d': { zh: '零宽连字', en: 'ZERO WIDTH JOINER', certain: false },
  '\u2060': { zh: '词连接符', en: 'WORD JOINER', certain: false },
  '\ufeff': { zh: 'BOM 字节顺序标记', en: 'ZERO WIDTH NO-BREAK SPACE (byte order mark)', certain: true },
};
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** What may stand between an emoji and its joiner: variation selectors and skin tones. */
const MODIFIER = /^(?:\ufe0e|\ufe0f|\p{Emoji_Modifier})$/u;

/** A joiner between two emoji (👨‍👩‍👧, ❤️‍🔥) is part of the emoji sequence. */
function inEmoji(text: string, at: number): boolean {
  const before = [...text.slice(Math.max(0, at - 6), at)];
  while (before.length && MODIFIER.test(before[before.length - 1])) before.pop();
  const after = text.codePointAt(at + 1);
  return PICTOGRAPH.test(before[before.length - 1] ?? '') && after !== undefined && PICTOGRAPH.test(String.fromCodePoint(after));
}

export function invisibleChars(ctx: LintContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of ctx.fields) {
    for (const m of f.value.matchAll(INVISIBLE)) {
      const ch = m[0];
      const name = NAMES[ch];
      if (!name.certain && inEmoji(f.value, m.index)) continue;
      const codepoint = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      const d = ctx.at(
        'JB317',
        f.path,
        m.index,
        { codepoint, nameZh: name.zh, nameEn: name.en },
        name.certain ? [{ index: m.index, length: 1, text: '' }] : [],
      );
      if (!name.certain) d.args.kept = '';
      else if (d.fixes) d.args.fixable = '';
      out.push(d);
    }
  }
  return out;
}
