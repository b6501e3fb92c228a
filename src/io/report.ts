// Prints diagnostics in the format the user asked for; the one place that turns them into text.
import type { Diagnostic } from '../diagnostics/diagnostic';
import { jsonTextChunks, toGithubAnnotations } from '../diagnostics/report-machine';
import { formatDiagnosticsText, summaryLine } from '../diagnostics/report-text';
import type { CliIO } from './io';

export type ReportFormat = 'text' | 'json' | 'github';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'github'];

export function reportDiagnostics(
  io: CliIO,
  diagnostics: Diagnostic[],
  sources: ReadonlyMap<string, string>,
  format: ReportFormat = 'text',
): void {
  if (format === 'json') {
    for (const chunk of jsonTextChunks(diagnostics, io.lang)) io.stdout(chunk);
    return;
  }
  if (diagnostics.length === 0) return;
  if (format === 'github') io.stdout(toGithubAnnotations(diagnostics, io.lang, { verbose: io.verbose }));
  else
    io.stderr(
      `${formatDiagnosticsText(diagnostics, { lang: io.lang, sources, verbose: io.verbose })}\n${summaryLine(diagnostics, io.lang)}`,
    );
}
