// What a lint rule sees: the valid issue, every text field with its schema path, and helpers
// that turn a character of a field into a positioned diagnostic (with an exact source edit when
// the character maps onto the file).
import type { Code } from '../diagnostics/codes';
import type { Diagnostic, SourceEdit } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import { bodyLineStarts, bodyLines, parseBody, type BodyBlock } from '../markdown/body';
import type { Issue } from '../schema/issue-schema';
import { ISSUE_NUMBER_FIELDS, type IssueNumberField } from '../templates/issue-numbers';

export type FieldPath = ReadonlyArray<string | number>;
export type FieldKind = 'title' | 'toc' | 'section' | 'source' | 'byline' | 'body' | 'briefDate' | 'briefText' | 'briefSource';

export interface TextField {
  path: FieldPath;
  kind: FieldKind;
  value: string;
  /** The value with Markdown link/image targets `](…)` blanked out (same length, same indexes),
   *  so a photo's file name is never linted as Chinese text. */
  text: string;
}

/** A replacement of `length` characters at `index` within a field's value. */
export interface FieldEdit {
  index: number;
  length: number;
  text: string;
  /** The characters are a whole line of a literal block: the edit takes the file's line, its
   *  indentation and line break too (removing a line leaves no line of bare indentation). */
  wholeLine?: boolean;
}

export interface LintContext {
  issue: Issue;
  fields: TextField[];
  /** The issue numbers the template prints (all of them when the template is not known). */
  printedNumbers: ReadonlySet<IssueNumberField>;
  /** A diagnostic at character `index` of a field; `edits` become fixes only if every one maps. */
  at(code: Code, field: FieldPath, index: number, args?: Diagnostic['args'], edits?: FieldEdit[]): Diagnostic;
  /** A diagnostic at the start of a field's value (or at the key when the path is a mapping). */
  atField(code: Code, field: FieldPath, args?: Diagnostic['args']): Diagnostic;
  /** A body read by the body format's rules, once per run however many rules ask. */
  body(value: string): ParsedBody;
}

export interface ParsedBody {
  blocks: BodyBlock[];
  /** The body's lines as typed, and the offset in the value where each begins. */
  lines: string[];
  starts: number[];
}

const blankTargets = (s: string) => s.replace(/\]\(([^)\n]*)\)/g, (m) => `]${' '.repeat(m.length - 1)}`);

export function textFields(issue: Issue): TextField[] {
  const out: TextField[] = [];
  const add = (path: FieldPath, kind: FieldKind, value: string | undefined) => {
    if (value !== undefined) out.push({ path, kind, value, text: kind === 'body' ? blankTargets(value) : value });
  };
  issue.articles.forEach((a, i) => {
    const at = (k: string) => ['articles', i, k];
    add(at('title'), 'title', a.title);
    add(at('toc'), 'toc', a.toc);
    add(at('section'), 'section', a.section);
    add(at('source'), 'source', a.source);
    add(at('byline'), 'byline', a.byline);
    add(at('body'), 'body', a.body);
  });
  issue.briefs.forEach((b, i) => {
    add(['briefs', i, 'date'], 'briefDate', b.date);
    add(['briefs', i, 'text'], 'briefText', b.text);
    add(['briefs', i, 'source'], 'briefSource', b.source);
  });
  return out;
}

function valueAt(issue: Issue, path: FieldPath): string {
  let cur: unknown = issue;
  for (const seg of path) cur = (cur as Record<string | number, unknown> | undefined)?.[seg];
  return typeof cur === 'string' ? cur : '';
}

export function makeContext(issue: Issue, printedNumbers: ReadonlySet<IssueNumberField> = new Set(ISSUE_NUMBER_FIELDS)): LintContext {
  const position = (field: FieldPath, index: number) => {
    const exact = issue.locateChar(field, index);
    if (exact) return exact;
    const lineWithin = valueAt(issue, field).slice(0, index).split('\n').length - 1;
    return issue.locate(field, lineWithin);
  };
  const bodies = new Map<string, ParsedBody>();
  return {
    issue,
    fields: textFields(issue),
    printedNumbers,
    at(code, field, index, args = {}, edits) {
      const d = diag(code, issue.file, position(field, index), args);
      if (edits?.length) {
        const fixes: SourceEdit[] = [];
        for (const e of edits) {
          if (e.wholeLine) {
            const line = issue.locateLine(field, e.index, e.length);
            if (!line) return d;
            fixes.push({ offset: line.offset, length: line.length, text: e.text });
            continue;
          }
          const start = issue.locateChar(field, e.index);
          // An edit whose characters cannot be mapped exactly is not certain: offer no fix at all.
          if (!start) return d;
          fixes.push({ offset: start.offset, length: e.length, text: e.text });
        }
        d.fixes = fixes;
      }
      return d;
    },
    atField: (code, field, args = {}) => diag(code, issue.file, issue.locate(field), args),
    body(value) {
      let parsed = bodies.get(value);
      if (!parsed) bodies.set(value, (parsed = { blocks: parseBody(value), lines: bodyLines(value), starts: bodyLineStarts(value) }));
      return parsed;
    },
  };
}
