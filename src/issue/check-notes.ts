// Owns the reminder of what intake asked the editor to check: `jianbao import` and `add article`
// write a `# 请核对：…` comment above what they could not carry over as Word showed it (a comment
// not imported, a table's merged cells …). YAML drops comments, so nothing else would ever say
// they are still there; once one per file, at the first, with how many are left (JB315).
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import type { ParsedYaml } from '../source/parse-yaml';

/** The comment the intake writes, in either language (src/i18n/import.ts checkNote). */
const CHECK_NOTE = /^[ \t]*# *(?:请核对|check)[：:] *(.*)$/;

export function findCheckNotes(yaml: ParsedYaml): Diagnostic[] {
  let first: { line: number; col: number; note: string } | null = null;
  let count = 0;
  yaml.text.split('\n').forEach((text, i) => {
    const m = CHECK_NOTE.exec(text.replace(/\r$/, ''));
    if (!m) return;
    count++;
    first ??= { line: i + 1, col: text.indexOf('#') + 1, note: m[1].trim() };
  });
  if (!first) return [];
  const { line, col, note } = first;
  return [diag('JB315', yaml.file, { line, col }, { count, note })];
}
