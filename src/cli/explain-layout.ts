// `build --explain-layout`: after the build, per issue that has a model, one line per PDF page
// with its fill and why it ended. The issue is laid out again here, as the PDF renderer does.
import { compileIssue, type CompileOptions } from '../pipeline/compile-issue';
import { explainLayout, formatLayoutReport } from '../render/pdf/explain-layout';
import type { CliIO } from '../io/io';

export function printLayoutExplanations(io: CliIO, files: string[], opts: CompileOptions): void {
  for (const file of files) {
    const { model } = compileIssue(file, opts);
    if (!model) continue; // its diagnostics were reported by the build
    io.stdout(`${file}\n${formatLayoutReport(explainLayout(model), io.lang)}`);
  }
}
