// `jianbao build FILE…`: each issue → out/<name>.pdf and .docx. An issue with errors writes
// nothing; outputs replace old ones atomically.
import path from 'node:path';
import { hasErrors, type Diagnostic } from '../../diagnostics/diagnostic';
import { diag } from '../../diagnostics/make';
import { writeFileAtomic } from '../../output/write-atomic';
import { compileIssue, sourceDateEpoch } from '../../pipeline/compile-issue';
import { renderFormat, type Format } from '../../pipeline/render';
import type { Encoding } from '../../source/read';
import { t } from '../i18n';
import { expandInputs } from '../inputs';
import { EXIT, type CliIO } from '../io';
import { reportDiagnostics } from '../report';

export interface BuildOptions {
  out: string;
  to: Format[];
  template?: string;
  encoding?: Encoding;
  /** DOCX: embed subset fonts. */
  embedFonts?: boolean;
}

export async function buildCommand(io: CliIO, args: string[], opts: BuildOptions): Promise<number> {
  const { files, diagnostics: inputProblems } = expandInputs(args);
  const all: Diagnostic[] = [...inputProblems];
  const sources = new Map<string, string>();
  let failed = inputProblems.length > 0;
  for (const file of files) {
    const compiled = compileIssue(file, { encoding: opts.encoding, template: opts.template, date: sourceDateEpoch(io.env) });
    compiled.sources.forEach((text, f) => sources.set(f, text));
    all.push(...compiled.diagnostics);
    if (!compiled.model || hasErrors(compiled.diagnostics)) {
      failed = true;
      continue;
    }
    const base = path.join(opts.out, path.basename(file).replace(/\.ya?ml$/i, ''));
    for (const format of opts.to) {
      const target = `${base}.${format}`;
      const bytes = await renderFormat(compiled.model, format, { embedFonts: opts.embedFonts, diagnostics: all });
      try {
        writeFileAtomic(target, bytes);
        io.stdout(t(io.lang, 'wrote', { path: target }));
      } catch (e) {
        all.push(diag('JB701', target, null, { path: target, reason: (e as NodeJS.ErrnoException).code ?? String(e) }));
        failed = true;
      }
    }
  }
  reportDiagnostics(io, all, sources);
  return failed || hasErrors(all) ? EXIT.inputErrors : EXIT.ok;
}
