// `jianbao check FILE…`: everything build would find (schema, template, images, fonts) without
// rendering; exit 1 when any file has errors.
import { hasErrors, type Diagnostic } from '../../diagnostics/diagnostic';
import { compileIssue } from '../../pipeline/compile-issue';
import type { Encoding } from '../../source/read';
import { t } from '../i18n';
import { expandInputs } from '../inputs';
import { EXIT, type CliIO } from '../io';
import { reportDiagnostics, type ReportFormat } from '../report';

export interface CheckOptions {
  format: ReportFormat;
  template?: string;
  encoding?: Encoding;
}

export async function checkCommand(io: CliIO, args: string[], opts: CheckOptions): Promise<number> {
  const { files, diagnostics: inputProblems } = expandInputs(args);
  const all: Diagnostic[] = [...inputProblems];
  const sources = new Map<string, string>();
  for (const file of files) {
    const compiled = compileIssue(file, { encoding: opts.encoding, template: opts.template });
    compiled.sources.forEach((text, f) => sources.set(f, text));
    all.push(...compiled.diagnostics);
    if (opts.format === 'text' && compiled.diagnostics.length === 0) io.stdout(t(io.lang, 'checkedOk', { file }));
  }
  reportDiagnostics(io, all, sources, opts.format);
  return hasErrors(all) ? EXIT.inputErrors : EXIT.ok;
}
