// The documented naming pattern of issue files (default `YYYY/YYYY-MM.yaml`): YYYY, MM and DD
// come from the date, {number} and {total} from the 期号 and 总期号. A pattern must stay a
// relative path inside the series folder, so `new` can never write elsewhere.
import path from 'node:path';

export interface PatternValues {
  date: string;
  number?: number;
  total?: number;
}

/** Why the pattern is unusable, or null. */
export function patternProblem(pattern: string): string | null {
  if (path.isAbsolute(pattern) || /^[a-z]:/i.test(pattern)) return 'absolute path';
  if (pattern.split(/[\\/]/).includes('..')) return '".." leaves the series folder';
  if (!/\.ya?ml$/i.test(pattern)) return 'must end in .yaml';
  if (!/YYYY|MM|DD|\{number\}|\{total\}/.test(pattern)) return 'names every issue the same';
  return null;
}

/** The file name for an issue; null when the pattern needs a value the issue lacks. */
export function expandPattern(pattern: string, v: PatternValues): string | null {
  if ((pattern.includes('{number}') && v.number === undefined) || (pattern.includes('{total}') && v.total === undefined)) return null;
  const [yyyy, mm, dd] = v.date.split('-');
  return pattern
    .replace(/\{number\}/g, String(v.number))
    .replace(/\{total\}/g, String(v.total))
    .replace(/YYYY/g, yyyy)
    .replace(/MM/g, mm)
    .replace(/DD/g, dd)
    .split(/[\\/]/)
    .join(path.sep);
}
