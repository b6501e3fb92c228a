// `jianbao build --format json`: the run as one JSON document on stdout, for CI scripts and the
// archivist's batch. Each issue with what became of it and its own diagnostics (those naming its
// file), in check's JSON shape; the rest (config, template, output folder) at the top level.
import path from 'node:path';
import { z } from 'zod';
import type { BatchIssue } from '../batch/run-batch';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic';
import { JsonDiagnosticShape } from '../diagnostics/json-shape';
import type { Lang } from '../diagnostics/messages';
import { toJsonDiagnostic } from '../diagnostics/report-machine';

export const BuildIssueShape = z.strictObject({
  /** The issue file, as found from the command line. */
  input: z.string().min(1),
  /** Its output path below `out` without extension, as the progress lines name it. */
  name: z.string(),
  /** up-to-date: skipped, its outputs are current; stopped: the series ledger held it back;
   *  not-started: the run was stopped (Ctrl+C, SIGTERM) first. */
  status: z.enum(['built', 'up-to-date', 'failed', 'stopped', 'not-started']),
  /** Its outputs are there and current: built or up-to-date. */
  ok: z.boolean(),
  /** The files this run wrote for it. */
  outputs: z.array(z.string()),
  diagnostics: z.array(JsonDiagnosticShape),
});

export const BuildReportShape = z.strictObject({
  /** The output folder. */
  out: z.string(),
  /** The process's exit code: 0, 1 (an issue failed or has errors), 2, 130 or 143. */
  exitCode: z.int(),
  counts: z.strictObject({
    total: z.int(),
    built: z.int(),
    upToDate: z.int(),
    failed: z.int(),
    notStarted: z.int(),
  }),
  issues: z.array(BuildIssueShape),
  /** Diagnostics that name no issue file of the run. */
  diagnostics: z.array(JsonDiagnosticShape),
});

export type BuildReport = z.infer<typeof BuildReportShape>;
/** One issue as the batch (or the series ledger, `stopped`) left it. */
export type BuildIssueRecord = Omit<BatchIssue, 'status'> & { status: BuildReport['issues'][number]['status'] };

export function buildReport(
  out: string,
  exitCode: number,
  records: readonly BuildIssueRecord[],
  diagnostics: readonly Diagnostic[],
  lang: Lang,
): BuildReport {
  const byFile = new Map<string, Diagnostic[]>(records.map((r) => [path.resolve(r.file), []]));
  const rest: Diagnostic[] = [];
  for (const d of diagnostics) (byFile.get(path.resolve(d.file)) ?? rest).push(d);
  const json = (list: readonly Diagnostic[]) => sortDiagnostics(list).map((d) => toJsonDiagnostic(d, lang));
  const count = (...statuses: BuildIssueRecord['status'][]) => records.filter((r) => statuses.includes(r.status)).length;
  return {
    out,
    exitCode,
    counts: {
      total: records.length,
      built: count('built'),
      upToDate: count('up-to-date'),
      failed: count('failed', 'stopped'),
      notStarted: count('not-started'),
    },
    issues: records.map((r) => ({
      input: r.file,
      name: r.name,
      status: r.status,
      ok: r.status === 'built' || r.status === 'up-to-date',
      outputs: r.outputs,
      diagnostics: json(byFile.get(path.resolve(r.file)) ?? []),
    })),
    diagnostics: json(rest),
  };
}
