// A small valid issue written to a fresh folder, with one line swapped for the case under test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const BASE_ISSUE = [
  'publication:',
  '  name: 温州科协信息',
  '  editor: 温州市科学技术协会编',
  'issue:',
  '  number: 4',
  '  total: 269',
  '  date: "2022-04-30"',
  'articles:',
  '  - title: 市科协召开党组会',
  '    source: 市科协办公室',
  '    body: |',
  '      4月21日，市科协召开党组会。',
  'briefs:',
  '  - date: 4月7日',
  '    text: 市科协举办第十一期农技云培训',
  '    source: 市科协科普部',
  '',
];

/** Writes `lines` (default the base issue) as issue.yaml in a new folder; returns its path. */
export function writeIssue(lines: string[] = BASE_ISSUE, name = 'issue.yaml'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-traps-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.join('\n'));
  return file;
}

/** The base issue with the line that starts with `prefix` replaced by `replacement` (several lines allowed). */
export function issueWith(prefix: string, ...replacement: string[]): string[] {
  const i = BASE_ISSUE.findIndex((l) => l.startsWith(prefix));
  if (i < 0) throw new Error(`no line starts with ${prefix}`);
  return [...BASE_ISSUE.slice(0, i), ...replacement, ...BASE_ISSUE.slice(i + 1)];
}
