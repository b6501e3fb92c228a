// One issue to its output files, for every path that builds (build and batch, watch): compile,
// render every format into memory, and only when all of that succeeded write the files, each
// atomically. A broken issue or a failed renderer therefore writes nothing, and the last good
// outputs stay.
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic';
import type { DocumentModel } from '../model/model';
import { writeFileAtomic } from '../output/write-atomic';
import { writeFailure } from '../output/write-failure';
import { formatOf, needsGlyphCheck, renderFiles, renderFormat, type Format } from '../render/registry';
import { SharedWork } from '../render/renderer';
import { unpatchedInstall } from '../render/patches-applied';
import { openFont } from '../fonts/open-font';
import type { Encoding } from '../source/read';
import type { BuildContext } from './build-context';
import { compileIssue, type CompileResult } from './compile-issue';

export interface BuildToFilesOptions {
  /** Output path without extension; each format appends its own. Null: write nothing, only
   *  hand the bytes back (preview). */
  stem: string | null;
  formats: readonly Format[];
  context: BuildContext;
  template?: string;
  encoding?: Encoding;
  date?: Date;
  draft?: boolean;
  /** DOCX: embed subset fonts. */
  embedFonts?: boolean;
  /** PDF: PDF/A-2b for archives (--pdfa). */
  pdfa?: boolean;
}

export interface BuiltFiles {
  ok: boolean;
  /** The files written, in the order of `formats`; none unless ok. */
  outputs: string[];
  /** Everything found: the compile's diagnostics, the renderers' warnings, a failed write. */
  diagnostics: Diagnostic[];
  compiled: CompileResult;
  /** What each format rendered to, when every renderer succeeded. */
  bytes: Partial<Record<Format, Buffer>>;
}

export interface WrittenFormats {
  ok: boolean;
  outputs: string[];
  bytes: Partial<Record<Format, Buffer>>;
}

/** Renders `model` to every format in memory, then writes them (unless `stem` is null); renderer
 *  warnings and a failed write go to `diagnostics`. A renderer that throws writes nothing (the
 *  caller reports it). */
export async function writeFormats(
  model: DocumentModel,
  stem: string | null,
  formats: readonly Format[],
  diagnostics: Diagnostic[],
  options: { embedFonts?: boolean; pdfa?: boolean; issueFile?: string } = {},
): Promise<WrittenFormats> {
  const render = {
    embedFonts: options.embedFonts,
    pdfa: options.pdfa,
    diagnostics,
    issueFile: options.issueFile,
    shared: new SharedWork(model),
  };
  const bytes: Partial<Record<Format, Buffer>> = {};
  const unpatched = formats.some((f) => formatOf(f).typeset) ? unpatchedInstall(openFont(model.fonts.body).font) : null;
  if (unpatched) {
    diagnostics.push(unpatched);
    return { ok: false, outputs: [], bytes };
  }
  if (stem === null) {
    for (const format of formats) bytes[format] = await renderFormat(model, format, render);
    return { ok: true, outputs: [], bytes };
  }
  const rendered: Array<[string, Buffer]> = [];
  for (const format of formats) {
    const files = await renderFiles(model, format, stem, render);
    if (files.length === 1) bytes[format] = files[0][1];
    rendered.push(...files);
  }
  const outputs: string[] = [];
  for (const [target, bytes] of rendered) {
    try {
      writeFileAtomic(target, bytes);
    } catch (e) {
      diagnostics.push(writeFailure(target, e));
      return { ok: false, outputs, bytes: {} };
    }
    outputs.push(target);
  }
  for (const format of formats) await formatOf(format).tidy?.(stem, outputs);
  return { ok: true, outputs, bytes };
}

export async function buildToFiles(file: string, opts: BuildToFilesOptions): Promise<BuiltFiles> {
  const compiled = compileIssue(file, {
    encoding: opts.encoding,
    template: opts.template,
    date: opts.date,
    glyphCheck: needsGlyphCheck(opts.formats),
    draft: opts.draft,
    templates: opts.context.templates,
  });
  if (!compiled.model || hasErrors(compiled.diagnostics))
    return { ok: false, outputs: [], diagnostics: compiled.diagnostics, compiled, bytes: {} };
  const diagnostics = [...compiled.diagnostics];
  const written = await writeFormats(compiled.model, opts.stem, opts.formats, diagnostics, {
    embedFonts: opts.embedFonts,
    pdfa: opts.pdfa,
    issueFile: file,
  });
  return { ok: written.ok, outputs: written.ok ? written.outputs : [], diagnostics, compiled, bytes: written.ok ? written.bytes : {} };
}
