// One rebuild of one issue for watch, through buildToFiles: a broken save writes nothing and the
// last good outputs stay. Also reports which files the build read, for the watcher.
// With no target (preview) nothing is written: the bytes are handed back in the result.
import path from 'node:path';
import { findConfig } from '../config/find-config';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { forgetInstalledFonts } from '../fonts/installed';
import type { DocumentModel } from '../model/model';
import { BuildContext } from '../pipeline/build-context';
import { buildToFiles } from '../pipeline/build-to-files';
import type { Format } from '../render/registry';
import type { Issue } from '../schema/issue-schema';
import type { Encoding } from '../source/read';
import { findTemplateDir } from '../templates/find-template';

export interface RebuildResult {
  file: string;
  ok: boolean;
  ms: number;
  outputs: string[];
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  /** The checked issue (null when it could not be read or validated). */
  issue: Issue | null;
  /** The document model it laid out (null when it could not). */
  model: DocumentModel | null;
  /** What each format rendered to, on success. */
  bytes: Partial<Record<Format, Buffer>>;
  /** Files whose change should trigger the next rebuild. */
  files: string[];
  /** Folders any file of which should (the template). */
  folders: string[];
}

export interface RebuildOptions {
  date?: Date;
  encoding?: Encoding;
  /** The watch session's; a fresh one when not given. */
  context?: BuildContext;
}

function imagePaths(model: DocumentModel | null): string[] {
  return (model?.blocks ?? []).flatMap((b) => (b.kind === 'image' ? [b.path] : []));
}

/**
 * `target`: an output folder (the outputs take the issue's name there), the exact output stem, or
 * null to write nothing and only return the bytes.
 */
export async function rebuildIssue(
  file: string,
  target: string | { stem: string } | null,
  formats: readonly Format[],
  options: RebuildOptions = {},
): Promise<RebuildResult> {
  const started = performance.now();
  // A font installed meanwhile (the template's 仿宋 or 方正小标宋, which `jianbao fonts` showed
  // as replaced by Noto) is used from this rebuild on: a look at the font folders takes a few
  // milliseconds.
  forgetInstalledFonts();
  const stem =
    target === null ? null : typeof target === 'string' ? path.join(target, path.basename(file).replace(/\.ya?ml$/i, '')) : target.stem;
  const built = await buildToFiles(file, {
    stem,
    formats,
    date: options.date,
    encoding: options.encoding,
    context: options.context ?? new BuildContext(),
  });
  const { compiled } = built;
  const config = findConfig(file);
  const templateDir = compiled.issue ? findTemplateDir(compiled.issue.template, path.dirname(path.resolve(file))) : null;
  return {
    file,
    ok: built.ok,
    ms: Math.round(performance.now() - started),
    outputs: built.outputs,
    diagnostics: built.diagnostics,
    sources: compiled.sources,
    issue: compiled.issue,
    model: compiled.model,
    bytes: built.bytes,
    files: [path.resolve(file), ...(config ? [config] : []), ...imagePaths(compiled.model)],
    folders: templateDir ? [templateDir] : [],
  };
}
