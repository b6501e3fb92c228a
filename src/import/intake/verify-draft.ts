// "Nothing invented or lost" for a contribution: the written YAML is read back through the issue
// loader (syntax and schema), the article's printed text rebuilt from it by the v2 body rules, and
// its non-space characters compared with the source's, in order. A mismatch names the first place it differs.
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

/** The article as printed, split into its flow (title and body lines, in order) and the lines
 *  intake may have moved out of the flow into their own fields (the attribution, the byline). */
export function articleText(
  a: ArticleData,
  withTitle: boolean,
  sourceForm = { before: '（', after: '）' },
): { flow: string[]; moved: string[] } {
  const flow = withTitle ? [a.title] : [];
  // A table's separator line is markup (the intake writes one under a Word table's first row).
  const separators = tableSeparators(a.body);
  flow.push(
    ...a.body
      .split(/\r\n|\r|\n/)
      .filter((_, i) => !separators.has(i))
      .map(printedLine)
      .filter((l) => l !== ''),
  );
  const moved = [...(a.source ? [`${sourceForm.before}${a.source}${sourceForm.after}`] : []), ...(a.byline ? [a.byline] : [])];
  return { flow, moved };
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

/** Where `flow` stops being a subsequence of `want` (its characters in the source's order), or null. */
function outOfOrder(want: string[], flow: string[]): string | null {
  let j = 0;
  for (let i = 0; i < want.length && j < flow.length; i++) if (want[i] === flow[j]) j++;
  if (j === flow.length) return null;
  const ctx = flow.slice(Math.max(0, j - 6), j + 6).join('');
  return `“${ctx}” #${j + 1}`;
}

/**
 * The source's characters (spaces aside) against the YAML's: the same characters, none invented or
 * lost, and the flow (title and body) in the source's order; only the `moved` lines (attribution,
 * byline) may have left their place. The detail points at the first change.
 */
export function compareText(source: string[], flow: string[], moved: string[] = []): string | null {
  // The source as typed: any markup the YAML's text is read as must have been added by intake.
  const want = nonSpace(source.join('\n'));
  const body = nonSpace(flow.join('\n'));
  const got = [...body, ...nonSpace(moved.join('\n'))];
  const sorted = (s: string[]) => [...s].sort().join('');
  if (sorted(want) !== sorted(got)) return firstDifference(want, got) ?? 'different characters';
  return moved.length === 0 ? (firstDifference(want, body) ?? null) : outOfOrder(want, body);
}

export type VerifyResult = { ok: true } | { ok: false; detail: string; diagnostics: Diagnostic[] };

/** Reads `yaml` back as an issue and checks its last article against the draft's source text. */
export function verifyArticleYaml(yaml: string, file: string, draft: ArticleDraft): VerifyResult {
  const parsed = parseYaml(yaml, file);
  if (!parsed.yaml || parsed.diagnostics.length) return { ok: false, detail: 'YAML', diagnostics: parsed.diagnostics };
  const valid = validate(IssueFile, parsed.yaml);
  if (!valid.ok) return { ok: false, detail: 'schema', diagnostics: valid.diagnostics };
  const articles = (parsed.yaml.value as { articles: ArticleData[] }).articles;
  const { flow, moved } = articleText(articles[articles.length - 1], !draft.titleInvented, draft.sourceForm);
  const problem = compareText(draft.sourceText, flow, moved);
  return problem ? { ok: false, detail: problem, diagnostics: [] } : { ok: true };
}
