// Builds one issue of a batch, in whichever thread runs it: compile, render every format into
// memory, and only when all succeeded write the outputs (each atomically). Never throws: a fault
// inside jianbao becomes a JB740 diagnostic for this issue, so the other issues go on.
import { resolveTemplateRef } from '../templates/template-ref';
import path from 'node:path';
import { findConfig } from '../config/find-config';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import type { DocumentModel } from '../layout/model';
import { writeFileAtomic } from '../output/write-atomic';
import { writeFailure } from '../output/write-failure';
import { compileIssue } from '../pipeline/compile-issue';
import { renderFormat } from '../pipeline/render';
import { findTemplateDir } from '../templates/find-template';
import { sha256, Signer, type Dep } from './fingerprint';
import type { IssueJob, IssueOutcome } from './job';

function depsOf(signer: Signer, job: IssueJob, templateRef: string | null, model: DocumentModel, config: string | null): Dep[] {
  const deps: Dep[] = [];
  if (config) deps.push(signer.dep('file', config));
  const templateDir = templateRef ? findTemplateDir(templateRef, path.dirname(path.resolve(job.file))) : null;
  if (templateDir) deps.push(signer.dep('dir', templateDir));
  for (const block of model.blocks) {
    // The bytes the renderer actually used, so an image edited mid-run is caught next time.
    if (block.kind === 'image') deps.push({ kind: 'file', path: block.path, sig: sha256(block.data) });
  }
  for (const face of Object.values(model.fonts)) deps.push(signer.dep('stat', face.file));
  const seen = new Set<string>();
  return deps.filter((d) => !seen.has(`${d.kind}${d.path}`) && seen.add(`${d.kind}${d.path}`));
}

/** `signer` lives for one run in one thread: the shared config, template and fonts are signed once. */
export async function buildIssue(job: IssueJob, signer: Signer): Promise<IssueOutcome> {
  const { settings } = job;
  const started = performance.now();
  const config = findConfig(job.file);
  const result = (ok: boolean, diagnostics: Diagnostic[], sources: Map<string, string>, outputs: string[] = [], deps: Dep[] = []): IssueOutcome => ({
    id: job.id, ok, diagnostics, outputs, deps, config, ms: Math.round(performance.now() - started),
    sources: [...sources].filter(([f]) => diagnostics.some((d) => d.file === f)),
  });
  try {
    const date = settings.dateMs === undefined ? undefined : new Date(settings.dateMs);
    const glyphCheck = settings.formats.includes('pdf');
    const compiled = compileIssue(job.file, { encoding: settings.encoding, template: settings.template, date, glyphCheck, draft: settings.draft });
    if (!compiled.model || hasErrors(compiled.diagnostics)) return result(false, compiled.diagnostics, compiled.sources);
    const all = [...compiled.diagnostics];
    const rendered: Array<[string, Buffer]> = [];
    for (const format of settings.formats) {
      rendered.push([`${job.outStem}.${format}`, await renderFormat(compiled.model, format, { embedFonts: settings.embedFonts, pdfa: settings.pdfa, diagnostics: all })]);
    }
    for (const [target, bytes] of rendered) {
      try {
        writeFileAtomic(target, bytes);
      } catch (e) {
        all.push(writeFailure(target, e));
        return result(false, all, compiled.sources);
      }
    }
    const ref = settings.template ? resolveTemplateRef(settings.template) : (compiled.issue?.template ?? null);
    return result(true, all, compiled.sources, rendered.map(([t]) => t), depsOf(signer, job, ref, compiled.model, config));
  } catch (e) {
    const fault = diag('JB740', job.file, null, { detail: e instanceof Error ? e.message : String(e) });
    return result(false, [fault], new Map());
  }
}
