// Word fields: the instruction (`PAGE`, `TOC \o "1-3"`, `HYPERLINK "…"`) is not printed, the
// result is. Some results are a snapshot of Word's state when the file was saved.

export interface OpenField {
  instr: string;
  /** Past w:fldChar separate: what follows is the result Word shows. */
  result: boolean;
  kind?: FieldKind;
  /** The result text shown so far. */
  shown: string;
  /** An old form field's look (w:ffData), which Word keeps in no result: ☒ ☐ or a drop-down's entry. */
  form?: string;
}

/** toc: Word's 目录 (jianbao builds its own 本期要目); snapshot: page numbers, dates, times. */
export type FieldKind = 'toc' | 'snapshot' | 'other';

const SNAPSHOT = new Set([
  'PAGE',
  'NUMPAGES',
  'SECTIONPAGES',
  'SECTION',
  'PAGEREF',
  'DATE',
  'TIME',
  'CREATEDATE',
  'SAVEDATE',
  'PRINTDATE',
  'EDITTIME',
]);

/** The field's name, upper-case (`PAGE` of ` PAGE \* MERGEFORMAT `). */
export const fieldName = (instr: string): string => (/^\s*([A-Za-z]+)/.exec(instr)?.[1] ?? '').toUpperCase();

export function fieldKind(instr: string): FieldKind {
  const name = fieldName(instr);
  if (name === 'TOC') return 'toc';
  return SNAPSHOT.has(name) ? 'snapshot' : 'other';
}

/** What an old form field shows: a check box ☒ (checked; `null` is w:checked without a value) or
 *  ☐, a drop-down its chosen entry. */
export function formShown(
  box: { checked?: string | null; default?: string } | undefined,
  list: string[] | undefined,
  chosen: string | undefined,
): string | undefined {
  const on = (v: string | null | undefined) => v === null || (v !== undefined && !['0', 'false', 'off'].includes(v));
  if (box) return (box.checked !== undefined ? on(box.checked) : on(box.default)) ? '☒' : '☐';
  if (list) return list[Number(chosen ?? 0)] ?? list[0];
  return undefined;
}
