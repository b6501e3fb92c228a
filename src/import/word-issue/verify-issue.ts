// "Nothing invented, lost or reordered" for a whole Word issue, checked before anything is written:
// the YAML is read back through the issue schema, then each article's printed text is compared
// with its source paragraphs in order (the single-contribution check), the 简讯 with theirs, the
// 报尾 and masthead fields with what was read. A mismatch names where.
import { parseYaml } from '../../source/parse-yaml';
import { IssueFile, type IssueFileData } from '../../schema/issue-schema';
import { validate } from '../../schema/validate';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { compareBriefs } from '../intake/briefs-page';
import { articleText, compareText } from '../intake/verify-draft';
import type { WordIssue } from './shape-issue';

export type IssueVerdict = { ok: true } | { ok: false; detail: string; diagnostics: Diagnostic[] };

const fail = (detail: string): IssueVerdict => ({ ok: false, detail, diagnostics: [] });

export function verifyWordIssue(yaml: string, file: string, issue: WordIssue): IssueVerdict {
  const parsed = parseYaml(yaml, file);
  if (!parsed.yaml || parsed.diagnostics.length) return { ok: false, detail: 'YAML', diagnostics: parsed.diagnostics };
  const valid = validate(IssueFile, parsed.yaml);
  if (!valid.ok) return { ok: false, detail: 'schema', diagnostics: valid.diagnostics };
  const data = parsed.yaml.value as IssueFileData;
  if (data.articles.length !== issue.articles.length) return fail(`articles ${data.articles.length} ≠ ${issue.articles.length}`);
  for (let k = 0; k < issue.articles.length; k++) {
    const want = issue.articles[k];
    const got = data.articles[k];
    const { flow, moved } = articleText(got, true, want.draft.sourceForm);
    const problem = compareText(want.draft.sourceText, flow, moved);
    if (problem) return fail(`#${k + 1} ${problem}`);
    if (got.section !== want.section || got.toc !== want.toc) return fail(`#${k + 1} section/toc`);
  }
  const briefs = data.briefs ?? [];
  if (briefs.length !== issue.briefs.length) return fail(`briefs ${briefs.length} ≠ ${issue.briefs.length}`);
  const briefProblem = compareBriefs(issue.briefsText, briefs);
  if (briefProblem) return fail(briefProblem);
  const c = issue.colophon;
  const wantColophon =
    c.distribution.length || c.copies ? JSON.stringify([c.distribution.map((d) => [d.label, d.to]), c.copies?.copies]) : 'null';
  const gotColophon = data.colophon
    ? JSON.stringify([(data.colophon.distribution ?? []).map((d) => [d.label, d.to]), data.colophon.copies])
    : 'null';
  if (wantColophon !== gotColophon) return fail(`colophon ${gotColophon} ≠ ${wantColophon}`);
  const m = issue.masthead;
  const fields: [unknown, unknown][] = [
    [data.issue.number, m.number],
    [data.issue.total, m.total],
    [data.publication?.mark, m.mark],
  ];
  if (fields.some(([a, b]) => a !== b)) return fail('masthead');
  return { ok: true };
}
