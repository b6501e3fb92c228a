// Word fields: the instruction (`PAGE`, `TOC \o "1-3"`, `HYPERLINK "…"`) is not printed, the
// result is. Some results are a snapshot of Word's state when the file was saved.

export interface OpenField {
  instr: string;
  /** Past w:fldChar separate: what follows is the result Word shows. */
  result: boolean;
  kind?: FieldKind;
  /** The result text shown so far. */
  shown: string;
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
