// Builds one issue of a batch, in whichever thread runs it, through buildToFiles (all outputs or
// none), and signs what it was built from for the cache. Never throws: a fault inside jianbao
// becomes a JB740 diagnostic for this issue, so the other issues go on.
import { resolveTemplateRef } from '../templates/template-ref';
import path from 'node:path';
import { findConfig } from '../config/find-config';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import type { DocumentModel } from '../model/model';
import type { BuildContext } from '../pipeline/build-context';
import { buildToFiles } from '../pipeline/build-to-files';
import { usedFontDigest } from '../fonts/shared-font-bytes';
import { symbolFaceFile } from '../fonts/symbol-face';
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
  // A font as the renderer read it (no second read; a file replaced mid-run is seen next time),
  // else as it is on disk (a font never opened).
  for (const face of Object.values(model.fonts)) {
    const used = usedFontDigest(face.file);
    deps.push(used ? { kind: 'file', path: face.file, sig: used } : signer.dep('file', face.file));
  }
  // The bundled symbol face, once this thread has read it (an issue drawing ☑ has): a new version
  // of its package rebuilds such issues. Issues built after it in the thread carry it too: safe.
  const symbolFile = symbolFaceFile();
  const symbols = usedFontDigest(symbolFile);
  if (symbols) deps.push({ kind: 'file', path: symbolFile, sig: symbols });
  const seen = new Set<string>();
  return deps.filter((d) => !seen.has(`${d.kind}${d.path}`) && seen.add(`${d.kind}${d.path}`));
}

/** `signer` and `context` live for one run in one thread: the shared config, template and fonts
 *  are signed and compiled once. */
export async function buildIssue(job: IssueJob, signer: Signer, context: BuildContext): Promise<IssueOutcome> {
  const { settings } = job;
  const started = performance.now();
  const config = findConfig(job.file);
  const result = (
    ok: boolean,
    diagnostics: Diagnostic[],
    sources: Map<string, string>,
    outputs: string[] = [],
    deps: Dep[] = [],
  ): IssueOutcome => ({
    id: job.id,
    ok,
    diagnostics,
    outputs,
    deps,
    config,
    ms: Math.round(performance.now() - started),
    sources: [...sources].filter(([f]) => diagnostics.some((d) => d.file === f)),
  });
  try {
    const date = settings.dateMs === undefined ? undefined : new Date(settings.dateMs);
    const built = await buildToFiles(job.file, { ...settings, stem: job.outStem, date, context });
    const { compiled } = built;
    if (!built.ok || !compiled.model) return result(false, built.diagnostics, compiled.sources);
    const ref = settings.template ? resolveTemplateRef(settings.template) : (compiled.issue?.template ?? null);
    return result(
      true,
      built.diagnostics,
      compiled.sources,
      built.outputs,
      job.sign ? depsOf(signer, job, ref, compiled.model, config) : [],
    );
  } catch (e) {
    const fault = diag('JB740', job.file, null, { detail: e instanceof Error ? e.message : String(e) });
    return result(false, [fault], new Map());
  }
}
