// JB202's help for a 简讯 typed as one line (`- 4月7日，科普活动走进罗阳镇（泰顺县科协）`) where the
// schema wants date, text and source: the hint shows the three keys, and when the line splits
// certainly (a date before the first `，`, a source in the closing brackets) `check --fix`
// rewrites it into them, so the brief prints exactly the line the editor typed.
import { isScalar, type Document } from 'yaml';
import type { SourceEdit } from '../diagnostics/diagnostic';

const DATE = /^[0-9０-９一二三四五六七八九十〇]{1,4}月[0-9０-９一二三四五六七八九十〇]{1,3}日/u;
const LINE = /^([^，]{3,16})，(.+?)(?:（([^（）]{1,20})）)?$/su;

export interface BriefParts {
  date: string;
  text: string;
  source?: string;
}

/** The brief's parts, as the template prints them back (date，text（source）), or null. */
export function briefParts(line: string): BriefParts | null {
  const m = LINE.exec(line.trim());
  if (!m || !DATE.test(m[1]) || m[2].trim() === '') return null;
  const parts: BriefParts = { date: m[1], text: m[2], ...(m[3] ? { source: m[3] } : {}) };
  const printed = `${parts.date}，${parts.text}${parts.source ? `（${parts.source}）` : ''}`;
  return printed === line.trim() ? parts : null;
}

/** The one-line brief at `path`, whose `parts` briefParts found, rewritten as a mapping of them. */
export function briefLineFix(doc: Document, path: ReadonlyArray<string | number>, parts: BriefParts): SourceEdit | null {
  const node = doc.getIn(path, true);
  if (!isScalar(node) || !node.range) return null;
  const fields = Object.entries(parts).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return { offset: node.range[0], length: node.range[1] - node.range[0], text: `{ ${fields.join(', ')} }` };
}
