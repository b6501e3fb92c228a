// JB320, JB321: Markdown that an older jianbao consumed and body format v2 prints as typed
// (docs/body-format.md, "migration"). JB320: a backslash before ASCII punctuation (`\*`, `1\.`,
// `\#`, `\\`), which the old importer wrote and old builds dropped. JB321: a line wrapped whole
// in single asterisks (`*图注*`, the old importer's photo caption), printed then without them.
// Both are warnings with a --fix that removes the old markup, so the text prints as it did.
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { LintContext, TextField } from '../context';

/** CommonMark's escapable characters: all of ASCII punctuation. */
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const WHOLE_LINE_EMPHASIS = /^([ \t\u3000]*)\*([^*\s\u3000](?:[^*]*[^*\s\u3000])?)\*[ \t\u3000]*$/;

/** A few characters either side of `index`, within its own line. */
function around(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index) < 0 ? text.length : text.indexOf('\n', index);
  const from = Math.max(start, index - 6);
  const to = Math.min(end, index + 8);
  return `${from > start ? '…' : ''}${text.slice(from, to)}${to < end ? '…' : ''}`;
}

function escapes(ctx: LintContext, f: TextField): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (let i = 0; i < f.text.length - 1; i++) {
    if (f.text[i] !== '\\' || !ASCII_PUNCT.test(f.text[i + 1])) continue;
    out.push(ctx.at('JB320', f.path, i, { input: around(f.value, i) }, [{ index: i, length: 1, text: '' }]));
    i++; // `\\` is one escape: the second backslash is the escaped character
  }
  return out;
}

function emphasisLines(ctx: LintContext, f: TextField): Diagnostic[] {
  const out: Diagnostic[] = [];
  let start = 0;
  for (const line of f.text.split('\n')) {
    const m = WHOLE_LINE_EMPHASIS.exec(line);
    if (m) {
      const open = start + m[1].length;
      const close = open + 1 + m[2].length;
      out.push(
        ctx.at('JB321', f.path, open, { input: `*${m[2]}*` }, [
          { index: open, length: 1, text: '' },
          { index: close, length: 1, text: '' },
        ]),
      );
    }
    start += line.length + 1;
  }
  return out;
}

export function oldMarkup(ctx: LintContext): Diagnostic[] {
  return ctx.fields.filter((f) => f.kind === 'body').flatMap((f) => [...escapes(ctx, f), ...emphasisLines(ctx, f)]);
}
