// JB301: half-width , ; : ? ! ( ) . " typed inside Chinese text (the commonest paste mistake: the
// feature page of seed 004 is full of them). Fixed to the full-width mark by --fix: a `.` only
// after an ideograph and before one or at the line's end (讲话.全市, 召开.), never in 3.5 or a
// web address; `"…"` only as a pair on one line holding Chinese, which becomes “…”.
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { excerpt, FULL_WIDTH, isChinese, isDigit, isHan } from '../chinese';
import type { LintContext, TextField } from '../context';

const SINGLE = /[,;:?!]/g;

/** `.` between ideographs, or ending a line after one: a full stop typed in the wrong mode. */
function stops(ctx: LintContext, f: TextField): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const m of f.text.matchAll(/\./g)) {
    const i = m.index!;
    const next = f.text[i + 1];
    if (!isHan(f.text[i - 1]) || !(isHan(next) || next === undefined || next === '\n')) continue;
    out.push(
      ctx.at('JB301', f.path, i, { char: '.', replacement: '。', input: excerpt(f.value, i) }, [{ index: i, length: 1, text: '。' }]),
    );
  }
  return out;
}

/** A `"…"` pair on one line holding Chinese: the Chinese quotes “…” typed in the wrong mode. */
function quotes(ctx: LintContext, f: TextField): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const m of f.text.matchAll(/"([^"\n]+)"/g)) {
    if (![...m[1]].some(isHan)) continue;
    const open = m.index!;
    const close = open + m[0].length - 1;
    out.push(
      ctx.at('JB301', f.path, open, { char: '" "', replacement: '“ ”', input: excerpt(f.value, open, m[0].length, 2) }, [
        { index: open, length: 1, text: '“' },
        { index: close, length: 1, text: '”' },
      ]),
    );
  }
  return out;
}

function marks(ctx: LintContext, f: TextField): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const m of f.text.matchAll(SINGLE)) {
    const i = m.index!;
    const prev = f.text[i - 1];
    const next = f.text[i + 1];
    // `?` and `!` may end a sentence; the others need Chinese (or a number) after them.
    const endsSentence = /[?!]/.test(m[0]) && (next === undefined || next === '\n');
    if (!isChinese(prev) || !(isChinese(next) || isDigit(next) || endsSentence)) continue;
    out.push(
      ctx.at('JB301', f.path, i, { char: m[0], replacement: FULL_WIDTH[m[0]], input: excerpt(f.value, i) }, [
        { index: i, length: 1, text: FULL_WIDTH[m[0]] },
      ]),
    );
  }
  return out;
}

/** A `( … )` pair on one line is Chinese when it holds a Chinese word or sits between Chinese. */
function parens(ctx: LintContext, f: TextField): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const m of f.text.matchAll(/\(([^()\n]*)\)/g)) {
    const open = m.index!;
    const close = open + m[0].length - 1;
    const inner = m[1];
    const chinese = [...inner].some(isHan) || (isChinese(f.text[open - 1]) && isChinese(f.text[close + 1]));
    if (!chinese) continue;
    out.push(
      ctx.at('JB301', f.path, open, { char: '( )', replacement: '（ ）', input: excerpt(f.value, open, m[0].length, 2) }, [
        { index: open, length: 1, text: '（' },
        { index: close, length: 1, text: '）' },
      ]),
    );
  }
  // A lone parenthesis with Chinese on both sides.
  const paired = new Set<number>();
  for (const m of f.text.matchAll(/\(([^()\n]*)\)/g)) paired.add(m.index!).add(m.index! + m[0].length - 1);
  for (const m of f.text.matchAll(/[()]/g)) {
    const i = m.index!;
    if (paired.has(i) || !isChinese(f.text[i - 1]) || !isChinese(f.text[i + 1])) continue;
    out.push(
      ctx.at('JB301', f.path, i, { char: m[0], replacement: FULL_WIDTH[m[0]], input: excerpt(f.value, i) }, [
        { index: i, length: 1, text: FULL_WIDTH[m[0]] },
      ]),
    );
  }
  return out;
}

export function halfWidthPunctuation(ctx: LintContext): Diagnostic[] {
  return ctx.fields
    .filter((f) => f.kind !== 'byline')
    .flatMap((f) => [...marks(ctx, f), ...parens(ctx, f), ...stops(ctx, f), ...quotes(ctx, f)])
    .sort((a, b) => a.line - b.line || a.col - b.col);
}
