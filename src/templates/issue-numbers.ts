// Which of the issue's numbers (第 N 期, 总第 N 期) a template prints at all: a feature page
// (专版) has no masthead, so an issue without them is normal there and JB313 stays quiet.
import fs from 'node:fs';
import path from 'node:path';
import { templateFiles } from './find-template';

export type IssueNumberField = 'number' | 'total';
export const ISSUE_NUMBER_FIELDS: readonly IssueNumberField[] = ['number', 'total'];

export function printedIssueNumbers(dir: string): ReadonlySet<IssueNumberField> {
  const text = templateFiles(dir)
    .filter((f) => f.endsWith('.hbs'))
    .map((f) => fs.readFileSync(path.join(dir, f), { encoding: 'utf8', flag: 'r' }))
    .join('\n');
  return new Set(ISSUE_NUMBER_FIELDS.filter((f) => new RegExp(`\\bissue\\.${f}\\b`).test(text)));
}
