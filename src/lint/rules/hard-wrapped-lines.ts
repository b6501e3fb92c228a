// JB314: a body line broken in mid-sentence, with the sentence running on in the next line. Each
// line of a body is a paragraph (docs/body-format.md), so text pasted from an e-mail, a PDF or a
// web page with a line break every 30-odd characters prints as that many indented paragraphs,
// words split across them (治理结 / 构). Reported once per run of such lines, at its first break.
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { excerpt, isHan } from '../chinese';
import type { LintContext, TextField } from '../context';

/** Shorter lines are more likely a subheading typed without `## ` or an item of a list. */
const MIN_CHARS = 16;
/** What may end a paragraph: sentence marks, closing quotes and brackets, a colon before a list. */
const PARAGRAPH_END = /[。！？；：…”’）》」』】〕!?;:.)"'—]$/u;
/** A numbered item (一、 （一） 1. 第一，): a short one is a heading of its own. */
const NUMBERED = /^(?:[一二三四五六七八九十]+[、是]|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[，、]|\d+[.、．])/u;
/** The next line goes on with the sentence: it starts with a character, not an indent or a list mark. */
const CONTINUES = /^[\p{Script=Han}A-Za-z0-9“‘（《，。、；：？！]/u;

function endsMidSentence(text: string): boolean {
  const chars = Array.from(text);
  if (chars.length < MIN_CHARS || PARAGRAPH_END.test(text)) return false;
  if (NUMBERED.test(text) && chars.length <= 30 && !text.includes('。')) return false;
  const last = chars[chars.length - 1];
  return isHan(last) || /[，、A-Za-z0-9]/.test(last);
}

function wrapsIn(ctx: LintContext, f: TextField): Diagnostic[] {
  const { lines: raw, starts, blocks } = ctx.body(f.value);
  const out: Diagnostic[] = [];
  let inRun = false;
  blocks.forEach((block, k) => {
    const next = blocks[k + 1];
    const wraps =
      block.kind === 'paragraph' &&
      next?.kind === 'paragraph' &&
      next.line === block.line + 1 &&
      CONTINUES.test(raw[next.line]) &&
      endsMidSentence(block.runs.map((r) => r.text).join(''));
    if (wraps && !inRun) {
      const end = starts[block.line] + raw[block.line].trimEnd().length;
      out.push(ctx.at('JB314', f.path, end - 1, { input: excerpt(f.value, end - 1), next: excerpt(f.value, starts[next.line], 6, 0) }));
    }
    inRun = wraps;
  });
  return out;
}

export function hardWrappedLines(ctx: LintContext): Diagnostic[] {
  return ctx.fields.filter((f) => f.kind === 'body').flatMap((f) => wrapsIn(ctx, f));
}
