// Validates parsed YAML against a zod schema and turns each problem into one Diagnostic at the
// right line:col, in words an editor understands rather than the validator's jargon.
import type { z } from 'zod';
import { diag } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { positionOf, type ParsedYaml } from '../source/parse-yaml';
import { dateHelp } from './date-fix';
import { allowedKeys, exampleFor } from './zod-walk';
import { briefLineFix, briefParts } from './brief-line';
import { keyForChineseName } from '../source/chinese-keys';
import { misplacedItems } from './misplaced-items';
import { fieldName, missingFieldArgs } from '../diagnostics/field-name';
import { isValueProblem } from '../i18n/value-problems';

type Segment = string | number;

export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function expectedName(expected: string): string {
  return { array: 'list', object: 'mapping', int: 'integer' }[expected] ?? expected;
}

/** Levenshtein distance of `a` and `b`, or limit + 1 as soon as a row shows it must exceed `limit`.
 *  One row of small integers and character codes: it runs once per allowed key per unknown key. */
function editDistance(a: string, b: string, limit: number): number {
  const row = new Uint32Array(b.length + 1).map((_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    let prev = row[0];
    row[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      const d = Math.min(cur + 1, row[j - 1] + 1, prev + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = d;
      prev = cur;
      if (d < least) least = d;
    }
    // Distances never shrink from one row to the next: past the limit here, past it at the end.
    if (least > limit) return limit + 1;
  }
  return row[b.length];
}

function closest(key: string, allowed: string[]): string | undefined {
  const limit = Math.max(1, Math.floor(key.length / 3));
  const lower = key.toLowerCase();
  let best: { k: string; d: number } | undefined;
  for (const k of allowed) {
    // Lengths further apart than the limit cannot be within it: most unknown keys skip the work.
    if (Math.abs(k.length - key.length) > limit) continue;
    const d = editDistance(lower, k, limit);
    if (d <= limit && (!best || d < best.d)) best = { k, d };
  }
  return best?.k;
}

function valueAt(root: unknown, path: readonly Segment[]): { exists: boolean; value: unknown } {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !(seg in (cur as object))) return { exists: false, value: undefined };
    cur = (cur as Record<string, unknown>)[seg as string];
  }
  return { exists: true, value: cur };
}


const offsetOf = (yaml: ParsedYaml, pos: { line: number; col: number }) => yaml.lines.lineStarts[pos.line - 1] + pos.col - 1;

/** A missing field whose mapping has it under its Chinese name (`标题:`) or in capitals (`Title:`): JB203 says so, once. */
function namedOtherwise(root: unknown, path: readonly Segment[]): boolean {
  const key = path[path.length - 1];
  const parent = valueAt(root, path.slice(0, -1)).value;
  if (typeof key !== 'string' || parent === null || typeof parent !== 'object') return false;
  return Object.keys(parent).some((k) => k !== key && (k.toLowerCase() === key || keyForChineseName(k, [key]) === key));
}

/** A 简讯 typed as one line: the hint shows it as date/text/source, and --fix splits it when certain. */
function briefLine(yaml: ParsedYaml, path: Segment[], field: string, value: string): Diagnostic {
  const parts = briefParts(value);
  const example = parts
    ? Object.entries(parts)
        .map(([k, v]) => `${k}: ${v}`)
        .join('、')
    : 'date: 4月7日、text: 科普活动走进罗阳镇、source: 泰顺县科协';
  const fix = parts ? briefLineFix(yaml.doc, path, parts) : null;
  const d = diag('JB202', yaml.file, positionOf(yaml, path), {
    field,
    expected: expectedName('object'),
    actual: typeName(value),
    example,
    ...(fix ? { fixable: '' } : {}),
  });
  return fix ? { ...d, fixes: [fix] } : d;
}

/** JB204's args for a refused value: the value as typed, and a problem key with what is accepted
 *  (src/i18n/value-problems.ts words it); zod's own sentence stays only as the English fallback. */
function refusedValue(issue: z.core.$ZodIssue, yaml: ParsedYaml, path: readonly Segment[]): Record<string, string> {
  const { exists, value } = valueAt(yaml.value, path);
  const base: Record<string, string> = { detail: issue.message };
  if (exists && (typeof value === 'string' || typeof value === 'number')) base.value = String(value);
  // The schema's own words first: to zod a CMYK of three numbers is only "too small".
  if (isValueProblem(issue.message)) return { ...base, problem: issue.message };
  if (issue.code === 'invalid_value') return { ...base, problem: 'oneOf', allowed: issue.values.map(String).join('|') };
  if (issue.code === 'too_big') return { ...base, problem: 'tooBig', limit: String(issue.maximum) };
  if (issue.code === 'too_small') return { ...base, problem: 'tooSmall', limit: String(issue.minimum) };
  return isValueProblem(issue.message) ? { ...base, problem: issue.message } : { ...base, problem: 'other' };
}

/** issue.number / issue.total (and their kind in the series config's missing list): a number or a 合刊's range. */
const isIssueNumber = (path: readonly Segment[]) => path[0] !== 'articles' && (path.at(-1) === 'number' || path.at(-1) === 'total');

function issueToDiagnostics(issue: z.core.$ZodIssue, yaml: ParsedYaml, schema: z.ZodType): Diagnostic[] {
  const path = issue.path.filter((s): s is Segment => typeof s !== 'symbol');
  const field = fieldName(path);
  const example = exampleFor(schema, path);
  const withExample: Record<string, string> = example ? { example } : {};
  if (issue.code !== 'unrecognized_keys' && isValueProblem(issue.message) && valueAt(yaml.value, path).exists) {
    return [diag('JB204', yaml.file, positionOf(yaml, path), { field, ...refusedValue(issue, yaml, path), ...withExample })];
  }
  switch (issue.code) {
    case 'invalid_union': {
      // zod tried each form: when the value's type chose one (a mapping, not "#RRGGBB"), what
      // is wrong inside that form is the thing to say, at its own place.
      const chosen = issue.errors.filter((errs) => !errs.every((e) => e.code === 'invalid_type' && e.path.length === 0));
      // 期号/总期号 as a number that is no integer (4.5, .inf): neither a number nor a 合刊's range; asked for as an integer.
      if (chosen.length === 0 && isIssueNumber(path)) {
        const value = valueAt(yaml.value, path).value;
        return [diag('JB202', yaml.file, positionOf(yaml, path), { field, expected: expectedName('int'), actual: typeName(value), ...withExample })];
      }
      if (chosen.length !== 1) break;
      return chosen[0].flatMap((e) => issueToDiagnostics({ ...e, path: [...issue.path, ...e.path] }, yaml, schema));
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, path);
      const names = allowed.join(', ');
      return issue.keys.map((key) => {
        const english = keyForChineseName(key, allowed) ?? (allowed.includes(key.toLowerCase()) ? key.toLowerCase() : undefined);
        const near = english ?? closest(key, allowed);
        const pos = positionOf(yaml, [...path, key], 'key');
        // `标题:` or `Title:` → `title:` is certain when the mapping has no `title` of its own.
        const certain = english !== undefined && !valueAt(yaml.value, [...path, english]).exists && yaml.text.startsWith(key, offsetOf(yaml, pos));
        const d = diag('JB203', yaml.file, pos, { key, allowed: names, ...(near ? { closest: near } : {}), ...(certain ? { fixable: '' } : {}) });
        return certain ? { ...d, fixes: [{ offset: offsetOf(yaml, pos), length: key.length, text: english }] } : d;
      });
    }
    case 'invalid_type': {
      const { exists, value } = valueAt(yaml.value, path);
      if (!exists) return namedOtherwise(yaml.value, path) ? [] : [diag('JB201', yaml.file, positionOf(yaml, path), missingFieldArgs(path))];
      if (path.length === 2 && path[0] === 'briefs' && typeof value === 'string') return [briefLine(yaml, path, field, value)];
      return [diag('JB202', yaml.file, positionOf(yaml, path), {
        field, expected: expectedName(issue.expected), actual: typeName(value), ...withExample,
      })];
    }
    case 'too_small':
      if (issue.origin === 'number') return [diag('JB204', yaml.file, positionOf(yaml, path), { field, ...refusedValue(issue, yaml, path) })];
      return [diag('JB206', yaml.file, positionOf(yaml, path), { field })];
    case 'invalid_format':
    case 'custom':
      // 期号/总期号 typed as words (四): a number is what is asked for; a 合刊's range is the exception the example's schema notes.
      if (isIssueNumber(path)) {
        return [diag('JB202', yaml.file, positionOf(yaml, path), { field, expected: expectedName('number'), actual: 'string', ...withExample })];
      }
      if (/date/.test(field)) {
        const value = valueAt(yaml.value, path).value;
        const help = dateHelp(value, yaml.doc, path);
        const d = diag('JB205', yaml.file, positionOf(yaml, path), { value: String(value), example: help?.example ?? '2022-04-30', ...(help?.fix ? { fix: 'jianbao check --fix' } : {}) });
        return [help?.fix ? { ...d, fixes: [help.fix] } : d];
      }
      return [diag('JB204', yaml.file, positionOf(yaml, path), { field, ...refusedValue(issue, yaml, path), ...withExample })];
  }
  return [diag('JB204', yaml.file, positionOf(yaml, path), { field, ...refusedValue(issue, yaml, path), ...withExample })];
}

export type Validated<T> = { ok: true; data: T } | { ok: false; diagnostics: Diagnostic[] };

export function validate<S extends z.ZodType>(schema: S, yaml: ParsedYaml): Validated<z.infer<S>> {
  if (yaml.value === null || typeof yaml.value !== 'object' || Array.isArray(yaml.value)) {
    return { ok: false, diagnostics: [diag('JB104', yaml.file, { line: 1, col: 1 })] };
  }
  const result = schema.safeParse(yaml.value);
  if (result.success) return { ok: true, data: result.data };
  // zod may report one slip twice (a date fails both its pattern and its refinement): once each.
  // Arguments are compared only between diagnostics of one code at one place (rare).
  const seen = new Map<string, Diagnostic[]>();
  // An item in the wrong list is one diagnostic, not one per field it lacks and key it has.
  const misplaced = misplacedItems(yaml.value);
  const moved = new Set(misplaced.map((m) => `${m.section}|${m.index}`));
  const issues = result.error.issues.filter((i) => moved.size === 0 || !moved.has(`${String(i.path[0])}|${String(i.path[1])}`));
  const diagnostics = [
    ...misplaced.map((m) =>
      diag('JB126', yaml.file, positionOf(yaml, [m.section, m.index]), {
        section: m.section,
        belongs: m.belongs,
        keys: m.keys.join('、'),
        [m.belongs === 'briefs' ? 'brief' : 'article']: '',
      }),
    ),
    ...issues.flatMap((i) => issueToDiagnostics(i, yaml, schema)),
  ]
    .filter((d) => {
      const place = `${d.code}|${d.line}|${d.col}`;
      const there = seen.get(place);
      if (there?.some((o) => JSON.stringify(o.args) === JSON.stringify(d.args))) return false;
      if (there) there.push(d);
      else seen.set(place, [d]);
      return true;
    });
  return { ok: false, diagnostics };
}
