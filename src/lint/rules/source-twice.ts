// JB316: an attribution typed in brackets at the end of an article's body (or a 简讯's text) when
// `source:` is given too. The template runs （source） in after the last paragraph, so it would
// print twice — 会议部署了全年工作。（市科协办公室）（市科协办公室） — or two different sources
// would. --fix removes the typed one only when it is exactly the source: the printed result is
// then the one attribution the editor meant; a different one is left for the editor to choose.
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { FieldEdit, FieldPath, LintContext } from '../context';

/** Brackets (full- or half-width) closing the text, holding no brackets or line break. */
const TYPED_AT_END = /[（(]([^（）()\n]{1,40})[）)]\s*$/;

/** A different bracketed ending counts only when it reads as an attribution, not as （扩大） or （试行）. */
const ORGANISATION = /(?:[部室处科局委会院校所站馆厅办组队团社司厂]|中心|供稿|供图)$/;
const looksAttributed = (typed: string, source: string) =>
  typed === source || ORGANISATION.test(typed) || typed.startsWith(source.slice(0, 2));

function check(ctx: LintContext, path: FieldPath, text: string, source: string | undefined): Diagnostic[] {
  if (!source) return [];
  const m = TYPED_AT_END.exec(text);
  if (!m || !looksAttributed(m[1], source)) return [];
  const typed = m[0].trimEnd();
  const same = m[1] === source;
  const args = { typed, source, ...(same ? { same: '' } : { different: '' }) };
  return [ctx.at('JB316', path, m.index, args, same ? [removal(text, m.index, typed.length)] : undefined)];
}

/** The typed attribution; on a line of its own (behind spaces or 　　 only), that whole line. */
function removal(text: string, index: number, length: number): FieldEdit {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  if (!/^[ \t\u3000]*$/.test(text.slice(lineStart, index))) return { index, length, text: '' };
  const lineEnd = text.indexOf('\n', index + length);
  return { index: lineStart, length: (lineEnd < 0 ? text.length : lineEnd) - lineStart, text: '', wholeLine: true };
}

export function sourceTwice(ctx: LintContext): Diagnostic[] {
  return [
    ...ctx.issue.articles.flatMap((a, i) => check(ctx, ['articles', i, 'body'], a.body, a.source)),
    ...ctx.issue.briefs.flatMap((b, i) => check(ctx, ['briefs', i, 'text'], b.text, b.source)),
  ];
}
