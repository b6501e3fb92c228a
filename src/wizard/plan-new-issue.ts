// Plans the next issue of a series without writing anything: reads the series config and latest
// issue, gathers the answers (flags, questions or proposals) and returns the file to create and
// its text. `new` and `init` both write what this returns.
import path from 'node:path';
import { loadSeriesConfig, type SeriesConfig } from '../config/series-config';
import type { Encoding } from '../source/read';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import { gatherAnswers, type AskMode, type Field } from './answers';
import { checkDate, checkInt, checkText, isDate, isPositiveInt } from './checks';
import { expandPattern, patternProblem } from './file-pattern';
import { findLatestIssue, type IssueNumbers } from './latest-issue';
import { proposeNext } from './next-issue';
import { issueSkeleton } from './skeleton';
import { bothLangs } from '../i18n/wizard';

export interface NewIssueFlags {
  dir?: string;
  number?: string;
  total?: string;
  date?: string;
  name?: string;
  editor?: string;
  /** How the earlier issues are read (default: UTF-8, or a clearly GB18030/UTF-16 file). */
  encoding?: Encoding;
}

export type NewIssuePlan =
  | {
      ok: true;
      target: string;
      text: string;
      number: number;
      total: number;
      date: string;
      warnings: Diagnostic[];
      /** The issue the numbers were counted on, if any. */
      basis?: IssueNumbers;
    }
  | { ok: false; diagnostics: Diagnostic[]; usage: boolean };

function badFlags(flags: NewIssueFlags, command: string): Diagnostic[] {
  const bad: Diagnostic[] = [];
  const check = (option: string, value: string | undefined, ok: (s: string) => boolean, allowed: string) => {
    if (value !== undefined && !ok(value)) bad.push(diag('JB802', command, null, { option, value, allowed }));
  };
  check('--number', flags.number, isPositiveInt, '1, 2, 3 …');
  check('--total', flags.total, isPositiveInt, '1, 2, 3 …');
  check('--date', flags.date, isDate, 'YYYY-MM-DD');
  return bad;
}

export interface PlanContext {
  /** The series settings when they are not on disk yet (init writes them after the last answer). */
  series?: SeriesConfig;
  /** A series' first issue: without earlier issues it is 第 1 期, 总第 1 期. */
  first?: boolean;
}

export async function planNewIssue(flags: NewIssueFlags, mode: AskMode, today: Date, context: PlanContext = {}): Promise<NewIssuePlan> {
  const L = mode.lang;
  const series = context.series ?? loadSeriesConfig(flags.dir ?? '.');
  if (hasErrors(series.diagnostics)) return { ok: false, diagnostics: series.diagnostics, usage: false };
  const problem = patternProblem(series.pattern);
  if (problem)
    return {
      ok: false,
      usage: false,
      diagnostics: [diag('JB270', series.file ?? mode.command, null, { pattern: series.pattern, reason: problem })],
    };
  const flagProblems = badFlags(flags, mode.command);
  if (flagProblems.length) return { ok: false, diagnostics: flagProblems, usage: true };

  const { latest, diagnostics: warnings } = findLatestIssue(series.issuesDir, flags.encoding);
  const dateField: Field = {
    key: 'date',
    flag: '--date',
    question: bothLangs('qDate'),
    example: '2022-05-31',
    given: flags.date,
    proposal: proposeNext(latest, undefined, today).date,
    check: checkDate(L),
  };
  // On a terminal the date is asked first, so the proposed 期号 follows a date in a new year.
  const first = mode.notInteractive === null ? await gatherAnswers([dateField], mode) : null;
  if (first && !first.ok) return { ok: false, diagnostics: first.diagnostics, usage: true };
  const date = first?.values.date ?? flags.date ?? dateField.proposal;
  const next = proposeNext(latest, date, today);
  if (context.first && !latest) Object.assign(next, { number: 1, total: 1 });
  const own = series.data.publication;
  const needsPublication = !(own?.name && own?.editor);
  const fields: Field[] = [
    ...(first ? [] : [dateField]),
    {
      key: 'number',
      flag: '--number',
      question: bothLangs('qNumber'),
      example: '5',
      given: flags.number,
      proposal: next.number?.toString(),
      check: checkInt(L),
    },
    {
      key: 'total',
      flag: '--total',
      question: bothLangs('qTotal'),
      example: '270',
      given: flags.total,
      proposal: next.total?.toString(),
      check: checkInt(L),
    },
    ...(needsPublication
      ? [
          {
            key: 'name',
            flag: '--name',
            question: bothLangs('qName'),
            example: '温州科协信息',
            given: flags.name,
            proposal: own?.name ?? latest?.publication?.name,
            check: checkText(L),
          },
          {
            key: 'editor',
            flag: '--editor',
            question: bothLangs('qEditor'),
            example: '温州市科学技术协会编',
            given: flags.editor,
            proposal: own?.editor ?? latest?.publication?.editor,
            check: checkText(L),
          },
        ]
      : []),
  ];
  const answers = await gatherAnswers(fields, mode);
  if (!answers.ok) return { ok: false, diagnostics: answers.diagnostics, usage: true };
  const v = { ...answers.values, date: answers.values.date ?? date } as Record<string, string>;
  const number = Number(v.number);
  const total = Number(v.total);
  const relative = expandPattern(series.pattern, { date: v.date, number, total }) as string;
  const target = path.join(series.issuesDir, relative);
  const text = issueSkeleton({
    file: target,
    number,
    total,
    date: v.date,
    publication: needsPublication ? { name: v.name, editor: v.editor } : undefined,
    // A template named by path in an older issue would resolve elsewhere from the new file's folder.
    template: series.file || !latest?.template || /[\\/]|^\./.test(latest.template) ? undefined : latest.template,
  });
  return { ok: true, target, text, number, total, date: v.date, warnings, basis: latest ?? undefined };
}
