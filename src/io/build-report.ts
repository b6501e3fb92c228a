// `jianbao build --format json`: the run as one JSON document on stdout, for CI scripts and the
// archivist's batch, printed in pieces as check's array is. Each issue with what became of it and its own diagnostics (those naming its
// file), in check's JSON shape; the rest (config, template, output folder) at the top level.
import path from 'node:path';
import { z } from 'zod';
import type { BatchIssue } from '../batch/run-batch';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { JsonDiagnosticShape } from '../diagnostics/json-shape';
import type { Lang } from '../diagnostics/messages';
import { jsonTextChunks } from '../diagnostics/report-machine';

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

/** `text` (JSON of depth 0) as it sits at `pad` inside a pretty-printed document. */
const indented = (text: string, pad: string) => text.replace(/\n/g, `\n${pad}`);

/** A diagnostics array as JSON.stringify(…, null, 2) prints it at `pad`, in pieces of at most
 *  1,000 diagnostics (as check --format json): a run with 100,000 warnings is never one string. */
function* diagnosticsText(list: readonly Diagnostic[], lang: Lang, pad: string): Generator<string> {
  for (const chunk of jsonTextChunks(list, lang)) yield indented(chunk.endsWith(']\n') ? chunk.slice(0, -1) : chunk, pad);
}

/** The same text in pieces that each end a line: a writer that ends every write with a newline
 *  (CliIO's) adds nothing. */
function* wholeLines(pieces: Iterable<string>): Generator<string> {
  let pending = '';
  for (const piece of pieces) {
    pending += piece;
    const end = pending.lastIndexOf('\n') + 1;
    if (end > 0) {
      yield pending.slice(0, end);
      pending = pending.slice(end);
    }
  }
  if (pending) yield `${pending}\n`;
}

/**
 * The report, as `JSON.stringify(report, null, 2)` and a newline would print it, in pieces that end
 * lines. Each diagnostic goes to the issue whose file it names; the rest to the top level.
 */
export const buildReportText = (...args: Parameters<typeof reportPieces>): Generator<string> => wholeLines(reportPieces(...args));

function* reportPieces(
  out: string,
  exitCode: number,
  records: readonly BuildIssueRecord[],
  diagnostics: readonly Diagnostic[],
  lang: Lang,
): Generator<string> {
  const byFile = new Map<string, Diagnostic[]>(records.map((r) => [path.resolve(r.file), []]));
  const rest: Diagnostic[] = [];
  for (const d of diagnostics) (byFile.get(path.resolve(d.file)) ?? rest).push(d);
  const count = (...statuses: BuildIssueRecord['status'][]) => records.filter((r) => statuses.includes(r.status)).length;
  const counts = {
    total: records.length,
    built: count('built'),
    upToDate: count('up-to-date'),
    failed: count('failed', 'stopped'),
    notStarted: count('not-started'),
  };
  const head = JSON.stringify({ out, exitCode, counts, issues: [] }, null, 2);
  yield head.slice(0, head.lastIndexOf('[]'));
  yield records.length ? '[\n' : '[]';
  for (const [i, r] of records.entries()) {
    const ok = r.status === 'built' || r.status === 'up-to-date';
    const issue = JSON.stringify({ input: r.file, name: r.name, status: r.status, ok, outputs: r.outputs, diagnostics: [] }, null, 2);
    yield `    ${indented(issue.slice(0, issue.lastIndexOf('[]')), '    ')}`;
    yield* diagnosticsText(byFile.get(path.resolve(r.file)) ?? [], lang, '      ');
    yield `\n    }${i < records.length - 1 ? ',\n' : '\n  ]'}`;
  }
  yield ',\n  "diagnostics": ';
  yield* diagnosticsText(rest, lang, '  ');
  yield '\n}\n';
}
