// A list item typed without its `- `: the line looks like the item above minus the dash, so yaml
// reads its keys as repeats of that item's keys. Found where a key repeats the first key of a
// list item's mapping at the same column; from there on the keys count as a new item, so the
// slip is one diagnostic (JB120) instead of one JB102 per key. The `- ` goes in the two spaces
// before the key, which is then exactly where the other items' keys stand: a certain fix.
import type { Scalar } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';

export interface KeyAt {
  key: Scalar;
  /** Offset of the key in the text. */
  at: number;
}

/** JB120 when `again` (a repeat of the item's first key, `first`) is a new item missing its `- `, else null. */
export function missingDash(text: string, first: KeyAt, again: KeyAt, file: string, pos: { line: number; col: number }): Diagnostic | null {
  const lineStart = text.lastIndexOf('\n', again.at - 1) + 1;
  const firstLineStart = text.lastIndexOf('\n', first.at - 1) + 1;
  const lead = text.slice(lineStart, again.at);
  if (!/^ *$/.test(lead) || lead.length < 2 || lead.length !== first.at - firstLineStart) return null;
  const lineEnd = text.indexOf('\n', again.at);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, '');
  const fixed = `${lead.slice(2)}- ${line.slice(lead.length)}`;
  const d = diag('JB120', file, pos, { key: String(again.key.value), fixed, fixable: '' });
  d.fixes = [{ offset: again.at - 2, length: 2, text: '- ' }];
  return d;
}
