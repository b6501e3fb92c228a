// Adds an article or brief to an issue file: refuses a file that already has errors, inserts the
// item as text (append-item.ts), proves that nothing else changed and the result is still a valid
// issue, and only then replaces the file atomically (a byte-order mark is kept).
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

const BOM = '\ufeff';

export function addToIssue(file: string, kind: Kind, item: NewItem): AddResult {
  const before = loadYamlFile(file, IssueFile);
  const sources = new Map<string, string>(before.text !== null ? [[file, before.text]] : []);
  if (before.diagnostics.length || before.text === null) return { ok: false, diagnostics: before.diagnostics, sources };
  const key = kind === 'article' ? 'articles' : 'briefs';
  const original = fs.readFileSync(file);
  const raw = original.toString('utf8');
  const bom = raw.startsWith(BOM) ? BOM : '';
  const text = raw.slice(bom.length);
  // Saved in an editor between the two reads: insert into nothing but what was validated.
  if (text !== before.text) return { ok: false, sources, diagnostics: [diag('JB702', file, null, { path: file })] };
  const refuse = (reason: string) => ({ ok: false as const, sources, diagnostics: [diag('JB806', file, null, { kind, key, reason })] });
  const appended = appendItem(text, key, item);
  if (!appended.ok) return refuse(appended.reason);
  if (!appendedExactly(text, appended.text, key, item, appended.replacedExample)) return refuse('the inserted text would change other values');
  const parsed = parseYaml(appended.text, file);
  const valid = parsed.yaml ? validate(IssueFile, parsed.yaml) : null;
  if (!valid?.ok) {
    const problems = [...parsed.diagnostics, ...(valid && !valid.ok ? valid.diagnostics : [])];
    return { ok: false, diagnostics: problems, sources: new Map([[file, appended.text]]) };
  }
  try {
    replaceEditedFile(file, original, Buffer.from(bom + appended.text, 'utf8'));
  } catch (e) {
    return { ok: false, sources, diagnostics: [writeFailure(file, e)] };
  }
  return { ok: true };
}
