// JB322: a body line that looks like one of the body's markups but is not one, so it prints as
// typed (docs/body-format.md): `##　小标题` with a full-width space, `#一是` or `# 一是`,
// `！[图注](路径)` or `![图注]（路径）` typed with a Chinese input method, a photo whose path has
// brackets, a table row in full-width bars ｜甲｜乙｜ or without the separator row. The editor
// meant the markup; printing the marks silently is the surprise this warning prevents.
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { tableCells } from '../../markdown/body';
import type { LintContext, TextField } from '../context';

export type NearMiss = 'subheading' | 'photo' | 'table';

/** A topic tag `#农技云培训#` at the start of a line is text, not a heading gone wrong. */
const TOPIC_TAG = /^#[^#\s]+#/u;
const HASHES = /^[#＃]{1,6}(?=[^#＃])/u;
const PHOTO_LIKE = /^[!！][[［].*[\]］][(（].*[)）]$/su;

/** Which markup a printed paragraph line was probably meant to be, or null. */
export function nearMiss(text: string): NearMiss | null {
  if (HASHES.test(text) && !TOPIC_TAG.test(text)) return 'subheading';
  if (PHOTO_LIKE.test(text)) return 'photo';
  const cells = tableCells(text.replace(/｜/gu, '|'));
  if (cells && cells.length >= 2) return 'table';
  return null;
}

/** The message's arg that picks the kind's wording (codes.ts: a [[…]] segment per kind). */
const KIND_ARG: Record<NearMiss, string> = { subheading: 'sub', photo: 'photo', table: 'table' };

function missesIn(ctx: LintContext, f: TextField): Diagnostic[] {
  const { lines: raw, starts, blocks } = ctx.body(f.value);
  return blocks.flatMap((block) => {
    if (block.kind !== 'paragraph') return [];
    const line = raw[block.line];
    const text = line.trim();
    const kind = nearMiss(text);
    if (!kind) return [];
    const index = starts[block.line] + line.indexOf(text[0]);
    const shown = Array.from(text).length > 24 ? `${Array.from(text).slice(0, 24).join('')}…` : text;
    return [ctx.at('JB322', f.path, index, { input: shown, [KIND_ARG[kind]]: '' })];
  });
}

export function nearMissMarkup(ctx: LintContext): Diagnostic[] {
  return ctx.fields.filter((f) => f.kind === 'body').flatMap((f) => missesIn(ctx, f));
}
