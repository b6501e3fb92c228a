// "Nothing invented or lost" for a contribution: the written YAML is read back through the issue
// loader (syntax and schema), the article's printed text rebuilt from it by the v2 body rules, and
// its non-space characters compared with the source's. A mismatch names the first place it differs.
import { parseYaml } from '../../source/parse-yaml';
import { IssueFile } from '../../schema/issue-schema';
import { validate } from '../../schema/validate';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { printedLine, tableSeparators } from '../../markdown/body';
import { nonSpace } from '../plain-text';
import type { ArticleDraft } from './draft';

export interface ArticleData {
  title: string;
  source?: string;
  byline?: string;
  body: string;
}

export function articleText(a: ArticleData, withTitle: boolean): string[] {
  const out = withTitle ? [a.title] : [];
  // A table's separator line is markup (the intake writes one under a Word table's first row).
  const separators = tableSeparators(a.body);
  out.push(...a.body.split(/\r\n|\r|\n/).filter((_, i) => !separators.has(i)).map(printedLine).filter((l) => l !== ''));
  if (a.source) out.push(`（${a.source}）`);
  if (a.byline) out.push(a.byline);
  return out;
}

/** Where two character sequences first differ, as a few characters of context on each side. */
function firstDifference(want: string[], got: string[]): string | null {
  let i = 0;
  while (i < want.length && i < got.length && want[i] === got[i]) i++;
  if (i === want.length && i === got.length) return null;
  const ctx = (s: string[]) => s.slice(Math.max(0, i - 6), i + 6).join('') || '∅';
  // Language-neutral: the detail goes into the zh and en messages alike (source ≠ YAML, at #N).
  return `“${ctx(want)}” ≠ “${ctx(got)}” #${i + 1}`;
}

/** Multiset comparison (source and byline move to the end); the detail points at the first change. */
export function compareText(source: string[], rebuilt: string[]): string | null {
  // The source as typed: any markup the YAML's text is read as must have been added by intake.
  const want = nonSpace(source.join('\n'));
  const got = nonSpace(rebuilt.join('\n'));
  const sorted = (s: string[]) => [...s].sort().join('');
  if (sorted(want) === sorted(got)) return null;
  return firstDifference(want, got) ?? 'different characters';
}

export type VerifyResult = { ok: true } | { ok: false; detail: string; diagnostics: Diagnostic[] };

/** Reads `yaml` back as an issue and checks its last article against the draft's source text. */
export function verifyArticleYaml(yaml: string, file: string, draft: ArticleDraft): VerifyResult {
  const parsed = parseYaml(yaml, file);
  if (!parsed.yaml || parsed.diagnostics.length) return { ok: false, detail: 'YAML', diagnostics: parsed.diagnostics };
  const valid = validate(IssueFile, parsed.yaml);
  if (!valid.ok) return { ok: false, detail: 'schema', diagnostics: valid.diagnostics };
  const articles = (parsed.yaml.value as { articles: ArticleData[] }).articles;
  const problem = compareText(draft.sourceText, articleText(articles[articles.length - 1], !draft.titleInvented));
  return problem ? { ok: false, detail: problem, diagnostics: [] } : { ok: true };
}
