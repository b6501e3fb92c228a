// One rebuild of one issue for watch: compile, render every format into memory, and only when
// all of that succeeded write the outputs (atomically). A broken save therefore writes nothing
// and the last good PDF/DOCX stay. Also reports which files the build read, for the watcher.
import path from 'node:path';
import { findConfig } from '../config/find-config';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic';
import { forgetInstalledFonts } from '../fonts/installed';
import type { DocumentModel } from '../layout/model';
import { writeFileAtomic } from '../output/write-atomic';
import { writeFailure } from '../output/write-failure';
import { removeStaleWechatParts } from '../output/stale-wechat-parts';
import { compileIssue } from '../pipeline/compile-issue';
import { renderFiles, type Format } from '../pipeline/render';
import type { Encoding } from '../source/read';
import { findTemplateDir } from '../templates/find-template';

export interface RebuildResult {
  file: string;
  ok: boolean;
  ms: number;
  outputs: string[];
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  /** Files whose change should trigger the next rebuild. */
  files: string[];
  /** Folders any file of which should (the template). */
  folders: string[];
}

function imagePaths(model: DocumentModel | null): string[] {
  return (model?.blocks ?? []).flatMap((b) => (b.kind === 'image' ? [b.path] : []));
}

/** `target`: an output folder (the outputs take the issue's name there) or the exact output stem. */
export async function rebuildIssue(file: string, target: string | { stem: string }, formats: readonly Format[], date?: Date, encoding?: Encoding): Promise<RebuildResult> {
  const started = performance.now();
  // A font installed meanwhile (the template's 仿宋 or 方正小标宋, which `jianbao fonts` showed
  // as replaced by Noto) is used from this rebuild on: a look at the font folders takes a few
  // milliseconds.
  forgetInstalledFonts();
  const compiled = compileIssue(file, { date, encoding });
  const config = findConfig(file);
  const templateDir = compiled.issue ? findTemplateDir(compiled.issue.template, path.dirname(path.resolve(file))) : null;
  const base = {
    file, outputs: [] as string[], sources: compiled.sources,
    files: [path.resolve(file), ...(config ? [config] : []), ...imagePaths(compiled.model)],
    folders: templateDir ? [templateDir] : [],
  };
  const done = (ok: boolean, diagnostics: Diagnostic[], outputs: string[] = []) =>
    ({ ...base, ok, outputs, diagnostics, ms: Math.round(performance.now() - started) });
  if (!compiled.model || hasErrors(compiled.diagnostics)) return done(false, compiled.diagnostics);
  const stem = typeof target === 'string' ? path.join(target, path.basename(file).replace(/\.ya?ml$/i, '')) : target.stem;
  const rendered: Array<[string, Buffer]> = [];
  for (const format of formats) rendered.push(...(await renderFiles(compiled.model, format, stem, { issueFile: file })));
  for (const [output, bytes] of rendered) {
    try {
      writeFileAtomic(output, bytes);
    } catch (e) {
      return done(false, [...compiled.diagnostics, writeFailure(output, e)]);
    }
  }
  if (formats.includes('wechat')) removeStaleWechatParts(stem, rendered.map(([t]) => t));
  return done(true, compiled.diagnostics, rendered.map(([t]) => t));
}
