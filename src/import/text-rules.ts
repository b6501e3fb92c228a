// Small judgements about Chinese text that several stages share: what counts as space, what ends
// a sentence, what a run-in attribution looks like. Kept in one place so the stages agree.

/** ASCII and ideographic spaces: extraction adds and drops these freely, so matching ignores them. */
export const squash = (s: string): string => s.replace(/[\s\u3000]+/g, '');

const FINAL = '。！？!?…；;：:';
const CLOSERS = '”’」』）)》】〉';

/** True when the text ends a sentence: final punctuation, possibly inside closing quotes/brackets. */
export function endsSentence(text: string): boolean {
  let s = text.replace(/[\s\u3000]+$/, '');
  while (s.length > 0 && CLOSERS.includes(s[s.length - 1])) {
    const stripped = s.slice(0, -1);
    if (stripped.length > 0 && FINAL.includes(stripped[stripped.length - 1])) return true;
    // A closing bracket after a full clause (an attribution, a parenthesised note) also ends it.
    if (s[s.length - 1] === '）' && /（[^（）]{1,40}）$/.test(s)) return true;
    s = stripped;
  }
  return s.length > 0 && FINAL.includes(s[s.length - 1]);
}

// A short note in brackets after a title's words: （试行）, （图）, （1月）, （征求意见稿）.
const TRAILING_NOTE = /^(.*[^\s\u3000（(])[\s\u3000]*[（(][^（）()。！？；]{1,12}[）)][\s\u3000]*$/;

/**
 * endsSentence for a line that may be a title: a title can end in a short bracketed note, which
 * after a full clause would otherwise count as ending a sentence, as an attribution does.
 */
export function endsSentenceBeforeNote(text: string): boolean {
  const m = TRAILING_NOTE.exec(text);
  return endsSentence(m ? m[1] : text);
}

/** Characters counted as text length for "short line" rules (spaces do not count). */
export const visibleLength = (s: string): number => [...squash(s)].length;

/**
 * A closing attribution `（市科协学会部）` at the very end of a paragraph: short, no sentence
 * punctuation inside, and either alone or after a finished sentence (so `（数字经济专场）` in the
 * middle of a clause is not taken).
 */
export function splitAttribution(text: string): { rest: string; source: string } | null {
  const m = /^([\s\S]*?)[\s\u3000]*（([^（）。，；！？\n]{2,40})）[\s\u3000]*$/.exec(text);
  if (!m) return null;
  const rest = m[1];
  if (rest.trim() !== '' && !endsSentence(rest)) return null;
  return { rest, source: m[2].trim() };
}
