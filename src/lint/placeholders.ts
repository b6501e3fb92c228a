// Placeholders left in an issue (schema/placeholders.ts): each is an error at its line, since a
// stand-in printed in an official bulletin is worse than no build. In a `--draft` build the same
// finding is a warning (JB332) and every page is marked 样稿 instead.
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import type { Issue } from '../schema/issue-schema';
import { isPlaceholderText, PLACEHOLDER, placeholderBodyLines } from '../schema/placeholders';
import { textFields } from './context';
import { fieldName } from '../diagnostics/field-name';

export function findPlaceholders(issue: Issue, opts: { draft?: boolean } = {}): Diagnostic[] {
  const code = opts.draft ? 'JB332' : 'JB331';
  const found: Diagnostic[] = [];
  const at = (path: ReadonlyArray<string | number>, value: string, lineWithin = 0) =>
    found.push(diag(code, issue.file, issue.locate(path, lineWithin), { field: fieldName(path), input: value }));
  for (const key of ['name', 'editor'] as const) {
    if (isPlaceholderText(issue.publication[key])) at(['publication', key], issue.publication[key]);
  }
  if (issue.issue.date === PLACEHOLDER.date) at(['issue', 'date'], issue.issue.date);
  for (const field of textFields(issue)) {
    if (field.kind !== 'body') {
      if (isPlaceholderText(field.value)) at(field.path, field.value);
      continue;
    }
    const lines = field.value.split('\n');
    for (const i of placeholderBodyLines(field.value)) at(field.path, lines[i].trim(), i);
  }
  return found;
}
