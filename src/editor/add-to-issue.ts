// Adds articles or briefs to an issue file: refuses a file that already has errors, inserts each
// item as text (append-item.ts), proves that nothing else changed and the result is still a valid
// issue, and only then replaces the file atomically (a byte-order mark is kept). `add` and
// `add article --from` / `import --to` share the in-memory step (appendToIssue).
import fs from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import { replaceEditedFile } from '../output/replace-edited';
import { writeFailure } from '../output/write-failure';
import { IssueFile } from '../schema/issue-schema';
import { validate } from '../schema/validate';
import { loadYamlFile } from '../load/load-yaml-file';
import { parseYaml } from '../source/parse-yaml';
import { appendedExactly, appendItem, type NewItem } from './append-item';

export type Kind = 'article' | 'brief';
export type AddResult = { ok: true } | { ok: false; diagnostics: Diagnostic[]; sources: Map<string, string> };

export interface Addition {
  kind: Kind;
  item: NewItem;
  /** YAML comment lines (`# …`) written above the item, e.g. the intake's 请核对 notes. */
  comments?: string[];
}

export type Appended =
  { ok: true; text: string; bom: string; original: Buffer } | { ok: false; diagnostics: Diagnostic[]; sources: Map<string, string> };

const BOM = '\ufeff';

/** Inserts `comments` above the item appendItem added (found where the two texts part). */
function withComments(before: string, after: string, comments: string[]): string {
  if (comments.length === 0) return after;
  let i = 0;
  while (i < before.length && before[i] === after[i]) i++;
  const lineStart = after.lastIndexOf('\n', i - 1) + 1;
  const indent = /^ */.exec(after.slice(lineStart))![0];
  const eol = after.includes('\r\n') ? '\r\n' : '\n';
  return after.slice(0, lineStart) + comments.map((c) => indent + c.trimStart() + eol).join('') + after.slice(lineStart);
}

/** The issue's new text with every addition appended in memory, each step proven to change nothing else. */
export function appendToIssue(file: string, additions: Addition[]): Appended {
  const before = loadYamlFile(file, IssueFile);
  const sources = new Map<string, string>(before.text !== null ? [[file, before.text]] : []);
  if (before.diagnostics.length || before.text === null) return { ok: false, diagnostics: before.diagnostics, sources };
  const original = fs.readFileSync(file);
  const raw = original.toString('utf8');
  const bom = raw.startsWith(BOM) ? BOM : '';
  let text = raw.slice(bom.length);
  // Saved in an editor between the two reads: insert into nothing but what was validated.
  if (text !== before.text) return { ok: false, sources, diagnostics: [diag('JB702', file, null, { path: file })] };
  for (const { kind, item, comments = [] } of additions) {
    const key = kind === 'article' ? 'articles' : 'briefs';
    const refuse = (reason: string) => ({ ok: false as const, sources, diagnostics: [diag('JB806', file, null, { kind, key, reason })] });
    const appended = appendItem(text, key, item);
    if (!appended.ok) return refuse(appended.reason);
    const next = withComments(text, appended.text, comments);
    if (!appendedExactly(text, next, key, item, appended.replacedExample)) return refuse('the inserted text would change other values');
    text = next;
  }
  return { ok: true, text, bom, original };
}

/** Replaces the issue file with the appended text, unless it was saved meanwhile (JB702). */
export function writeAppended(file: string, appended: Extract<Appended, { ok: true }>): AddResult {
  try {
    replaceEditedFile(file, appended.original, Buffer.from(appended.bom + appended.text, 'utf8'));
  } catch (e) {
    return { ok: false, sources: new Map(), diagnostics: [writeFailure(file, e)] };
  }
  return { ok: true };
}

export function addToIssue(file: string, kind: Kind, item: NewItem): AddResult {
  const appended = appendToIssue(file, [{ kind, item }]);
  if (!appended.ok) return appended;
  const parsed = parseYaml(appended.text, file);
  const valid = parsed.yaml ? validate(IssueFile, parsed.yaml) : null;
  if (!valid?.ok) {
    const problems = [...parsed.diagnostics, ...(valid && !valid.ok ? valid.diagnostics : [])];
    return { ok: false, diagnostics: problems, sources: new Map([[file, appended.text]]) };
  }
  return writeAppended(file, appended);
}
