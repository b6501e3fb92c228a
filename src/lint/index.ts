// The lint stage: rules over a valid Issue for the genre's real mistakes. Each rule is one file
// that returns diagnostics (never throws, never edits); this registry is the one list of them.
import type { Code } from '../diagnostics/codes';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { Issue } from '../schema/issue-schema';
import type { IssueNumberField } from '../templates/issue-numbers';
import { makeContext, type LintContext } from './context';
import { bidiControls } from './rules/bidi-controls';
import { briefCalendar } from './rules/brief-calendar';
import { briefMonth } from './rules/brief-month';
import { dateRangeDashes } from './rules/date-range-dashes';
import { duplicateTitles } from './rules/duplicate-titles';
import { emptyArticle } from './rules/empty-article';
import { halfWidthPunctuation } from './rules/half-width-punctuation';
import { hardWrappedLines } from './rules/hard-wrapped-lines';
import { invisibleChars } from './rules/invisible-chars';
import { missingIssueNumber } from './rules/missing-issue-number';
import { missingSource } from './rules/missing-source';
import { nearMissMarkup } from './rules/near-miss-markup';
import { numberSpaces } from './rules/number-spaces';
import { oldMarkup } from './rules/old-markup';
import { sourceTwice } from './rules/source-twice';
import { straySpaces } from './rules/stray-spaces';
import { tocMismatch } from './rules/toc-mismatch';
import { unbalancedBrackets } from './rules/unbalanced-brackets';

export interface LintRule {
  /** The codes this rule may emit (documented in docs/diagnostics.md). */
  codes: Code[];
  run(ctx: LintContext): Diagnostic[];
}

export const RULES: readonly LintRule[] = [
  { codes: ['JB301'], run: halfWidthPunctuation },
  { codes: ['JB302'], run: straySpaces },
  { codes: ['JB303'], run: numberSpaces },
  { codes: ['JB304'], run: unbalancedBrackets },
  { codes: ['JB305'], run: dateRangeDashes },
  { codes: ['JB306'], run: briefMonth },
  { codes: ['JB124'], run: briefCalendar },
  { codes: ['JB307', 'JB308'], run: missingSource },
  { codes: ['JB316'], run: sourceTwice },
  { codes: ['JB309'], run: tocMismatch },
  { codes: ['JB310'], run: duplicateTitles },
  { codes: ['JB311'], run: emptyArticle },
  { codes: ['JB313'], run: missingIssueNumber },
  { codes: ['JB314'], run: hardWrappedLines },
  { codes: ['JB320', 'JB321'], run: oldMarkup },
  { codes: ['JB322'], run: nearMissMarkup },
  { codes: ['JB009'], run: bidiControls },
  { codes: ['JB317'], run: invisibleChars },
];

/** `printedNumbers`: the issue numbers the chosen template prints (default: all). */
export function lintIssue(issue: Issue, printedNumbers?: ReadonlySet<IssueNumberField>): Diagnostic[] {
  const ctx = makeContext(issue, printedNumbers);
  return RULES.flatMap((r) => r.run(ctx));
}

/** `--strict`: for CI, every warning counts as an error. */
export function strictly(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' as const } : d));
}
