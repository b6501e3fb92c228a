// The importer's front door: plain text of one back issue → ImportedIssue. It picks the shape
// (a 简报 with 本期要目, or a feature page of `#` sections) and runs that shape's stages.
import { importFeaturePage, isSectionLine } from './feature-shape';
import { importKexie } from './kexie-shape';
import { toLines } from './lines';
import { findTocHeading } from './toc';
import type { ImportedIssue } from './types';

export type ImportResult = { ok: true; issue: ImportedIssue; firstBodyLine: number } | { ok: false };

export function importText(text: string): ImportResult {
  const lines = toLines(text);
  const toc = findTocHeading(lines);
  if (toc >= 0) {
    const issue = importKexie(lines, toc);
    if (issue.articles.length > 0) return { ok: true, issue, firstBodyLine: issue.articles[0].line };
  }
  if (lines.some(isSectionLine)) return { ok: true, issue: importFeaturePage(lines), firstBodyLine: 1 };
  return { ok: false };
}
