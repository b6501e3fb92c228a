// JB205's help from the editor's own date: `2022/4/30`, `2022年4月30日`, `2022-4-30` or
// `2022.4.30` is certainly 2022-04-30, so `check --fix` rewrites it; an impossible day (2022-02-30)
// gets that month's last day as its example, with no fix (which day was meant is not certain).
import { isScalar, type Document } from 'yaml';
import type { SourceEdit } from '../diagnostics/diagnostic';

const LOOSE = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/;
const pad = (n: number) => String(n).padStart(2, '0');

function realDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export interface DateHelp {
  /** The date to show in the hint. */
  example: string;
  /** The rewrite of the value to a quoted ISO date, when it is certain. */
  fix?: SourceEdit;
}

export function dateHelp(value: unknown, doc: Document, path: ReadonlyArray<string | number>): DateHelp | null {
  const m = LOOSE.exec(String(value));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return null;
  if (!realDate(y, mo, d)) return { example: `${y}-${pad(mo)}-${pad(new Date(Date.UTC(y, mo, 0)).getUTCDate())}` };
  const example = `${y}-${pad(mo)}-${pad(d)}`;
  const node = doc.getIn(path, true);
  if (!isScalar(node) || !node.range) return { example };
  return { example, fix: { offset: node.range[0], length: node.range[1] - node.range[0], text: `"${example}"` } };
}
