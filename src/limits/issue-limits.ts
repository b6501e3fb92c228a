// Caps on an issue's content (counts and lengths), checked on the validated file before
// anything lays it out: layout and rendering cost grows with these, and a pasted 2 MB paragraph
// or ten thousand articles is a mistake, not an issue. Each breach is one error at its position.
import { diag, type Position } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { IssueFileData } from '../schema/issue-schema';
import { LIMITS } from './caps';
import { bodyLines } from '../markdown/body';
import { fieldName } from '../diagnostics/field-name';

/** Where a value (line `lineWithin` of a multi-line one) starts in the file. */
export type Locate = (path: ReadonlyArray<string | number>, lineWithin?: number) => Position;

const length = (s: string) => [...s].length;

/** Paragraphs of a body with the 0-based line of each: every line is one (body format v2). */
function paragraphs(body: string): Array<{ text: string; line: number }> {
  return bodyLines(body)
    .map((text, line) => ({ text, line }))
    .filter((p) => p.text.trim() !== '');
}

export function checkIssueLimits(file: string, data: IssueFileData, locate: Locate): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (data.articles.length > LIMITS.articles) {
    found.push(diag('JB020', file, locate(['articles', LIMITS.articles]), { count: data.articles.length, limit: LIMITS.articles }));
  }
  const briefs = data.briefs ?? [];
  if (briefs.length > LIMITS.briefs) {
    found.push(diag('JB021', file, locate(['briefs', LIMITS.briefs]), { count: briefs.length, limit: LIMITS.briefs }));
  }
  const line = (path: Array<string | number>, value: string | undefined) => {
    if (value !== undefined && length(value) > LIMITS.lineChars) {
      found.push(diag('JB023', file, locate(path), { field: fieldName(path), count: length(value), limit: LIMITS.lineChars }));
    }
  };
  // Only the first breaches are reported: a hostile file could otherwise produce a million lines.
  data.articles.slice(0, LIMITS.articles).forEach((a, i) => {
    for (const key of ['title', 'toc', 'section', 'source', 'byline'] as const) line(['articles', i, key], a[key]);
    for (const p of paragraphs(a.body)) {
      if (length(p.text) > LIMITS.paragraphChars) {
        found.push(diag('JB022', file, locate(['articles', i, 'body'], p.line), { count: length(p.text), limit: LIMITS.paragraphChars }));
      }
    }
  });
  briefs.slice(0, LIMITS.briefs).forEach((b, i) => {
    for (const key of ['date', 'text', 'source'] as const) line(['briefs', i, key], b[key]);
  });
  return found.slice(0, 20);
}
