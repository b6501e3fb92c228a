// source → schema → template → layout: one issue file to a document model, or diagnostics.
// Used by every command that needs more than the YAML (build, and later watch and batch).
import path from 'node:path';
import { appendAll, hasErrors, type Diagnostic } from '../diagnostics/diagnostic';
import type { DocumentModel } from '../model/model';
import { layoutIssue } from '../layout/layout-issue';
import { lintIssue } from '../lint';
import { findPlaceholders } from '../lint/placeholders';
import { dropIgnored } from '../lint/ignore-directives';
import type { Issue } from '../schema/issue-schema';
import { loadIssue } from '../issue/load-issue';
import type { Encoding } from '../source/read';
import type { ParsedYaml } from '../source/parse-yaml';
import { loadTemplate, type TemplateCache } from '../templates/load-template';
import { resolveTemplateRef } from '../templates/template-ref';
import { templateWebCss } from '../templates/web-css';

export interface CompileResult {
  issue: Issue | null;
  model: DocumentModel | null;
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  /** See LoadIssueResult.readable. */
  readable?: ParsedYaml;
}

export interface CompileOptions {
  encoding?: Encoding;
  /** Overrides the template named by the issue or its config. */
  template?: string;
  /** Fixed document date (SOURCE_DATE_EPOCH); default the issue's date. */
  date?: Date;
  /** Check every character against the PDF's fonts (default true). A DOCX-only build skips it:
   *  Word and WPS set the text in the editor's own fonts, not in the ones we would embed. */
  glyphCheck?: boolean;
  /** `build --draft`: placeholders are warnings (JB332) and every page is marked 样稿. */
  draft?: boolean;
  /** Compiled templates kept between issues of one run (a build context's); default the process's. */
  templates?: TemplateCache;
}

export function compileIssue(file: string, opts: CompileOptions = {}): CompileResult {
  const loaded = loadIssue(file, { encoding: opts.encoding });
  const { issue, sources } = loaded;
  if (!issue)
    return { issue, model: null, diagnostics: loaded.diagnostics, sources, ...(loaded.readable ? { readable: loaded.readable } : {}) };
  // A valid issue with errors (a YAML trap) is still checked through, so one run reports
  // everything; it is not rendered.
  const blocked = hasErrors(loaded.diagnostics);
  const ref = opts.template ? resolveTemplateRef(opts.template) : issue.template;
  const template = loadTemplate(ref, path.dirname(path.resolve(file)), opts.templates);
  // Lint runs on every schema-valid issue: its warnings reach check and build alike.
  appendAll(loaded.diagnostics, lintIssue(issue, template.ok ? template.template.printedNumbers : new Set()));
  if (!template.ok) {
    const withTemplate = new Map([...sources, ...(template.sources ?? [])]);
    return {
      issue,
      model: null,
      diagnostics: dropIgnored([...loaded.diagnostics, ...template.diagnostics], sources),
      sources: withTemplate,
    };
  }
  const laid = layoutIssue(issue, template.template, { date: opts.date, glyphCheck: opts.glyphCheck, draft: opts.draft });
  const placeholders = findPlaceholders(issue, { draft: opts.draft });
  const webCss = templateWebCss(template.template.dir);
  const extra = { ...(opts.draft ? { draft: true } : {}), ...(webCss ? { webCss } : {}) };
  const model = blocked ? null : laid.model && Object.keys(extra).length ? { ...laid.model, ...extra } : laid.model;
  return { issue, model, diagnostics: dropIgnored([...loaded.diagnostics, ...laid.diagnostics, ...placeholders], sources), sources };
}

/** SOURCE_DATE_EPOCH (seconds) as a date, when set and valid. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  if (!raw || !/^\d+$/.test(raw)) return undefined;
  return new Date(Number(raw) * 1000);
}
