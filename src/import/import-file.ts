// One input file → YAML text, summary and diagnostics; no writing (the command does that).
import { findControlCharacters } from '../source/control-chars';
import { loadsBackProblem } from './loads-back';
import path from 'node:path';
import { diag } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { Lang } from '../diagnostics/messages';
import { PLACEHOLDER } from '../schema/placeholders';
import { schemaRef } from '../schema/schema-line';
import { readSource, type Encoding } from '../source/read';
import { importText } from './import-text';
import { toLines } from './lines';
import { noteToDiagnostic } from './notes';
import { seriesSupplies } from './series-supplies';
import { issueToYaml } from './to-yaml';
import type { ImportedIssue } from './types';
import { verifyImport } from './verify';

export interface ImportFileOptions {
  encoding?: Encoding;
  lang: Lang;
  /** Folder the YAML will be written to (for the schema line's relative path). */
  outDir: string;
  /** Issue date when the text has none (YYYY-MM-DD). */
  date?: string;
}

export interface ImportFileResult {
  yaml: string | null;
  issue: ImportedIssue | null;
  text: string | null;
  diagnostics: Diagnostic[];
}

export function importFile(file: string, opts: ImportFileOptions): ImportFileResult {
  const read = readSource(file, opts.encoding);
  if (!read.ok) return { yaml: null, issue: null, text: null, diagnostics: [read.diagnostic] };
  // Pointed out in the source, where the editor can delete them, rather than carried into YAML.
  const controls = findControlCharacters(read.text, file);
  if (controls.length) return { yaml: null, issue: null, text: read.text, diagnostics: controls };
  const result = importText(read.text);
  if (!result.ok) return { yaml: null, issue: null, text: read.text, diagnostics: [diag('JB150', file, null)] };
  const issue = result.issue;
  if (opts.date) issue.masthead.date = issue.masthead.date ?? opts.date;
  // A masthead field the series config supplies needs no placeholder (it would override the config).
  const supplied = seriesSupplies(opts.outDir);
  const placeholders = {
    ...PLACEHOLDER,
    name: supplied.name ? undefined : PLACEHOLDER.name,
    editor: supplied.editor ? undefined : PLACEHOLDER.editor,
  };
  if (!issue.masthead.name && !supplied.name) issue.notes.unshift({ code: 'JB158', line: 1, args: { field: 'publication.name' } });
  if (!issue.masthead.editor && !supplied.editor) issue.notes.unshift({ code: 'JB158', line: 1, args: { field: 'publication.editor' } });
  if (!issue.masthead.date) issue.notes.unshift({ code: 'JB162', line: 1, args: { date: PLACEHOLDER.date } });
  // Any file in the folder: the line depends only on the folder the YAML is written to.
  const ref = schemaRef(path.join(opts.outDir, 'issue.yaml'));
  const yaml = issueToYaml(issue, { lang: opts.lang, schemaRef: ref, sourceName: path.basename(file), placeholders });
  const body = toLines(read.text)
    .slice(result.firstBodyLine - 1)
    .map((l) => l.text)
    .join('\n');
  const problem = verifyImport(body, yaml) ?? loadsBackProblem(yaml, file);
  const diagnostics = issue.notes.map((n) => noteToDiagnostic(n, file));
  if (problem) return { yaml: null, issue, text: read.text, diagnostics: [...diagnostics, diag('JB163', file, null, { detail: problem })] };
  return { yaml, issue, text: read.text, diagnostics };
}
