// The output formats, one line each: everything else (--to, the series config's output.formats,
// batch, watch, index, help text) reads this list. Adding a format is a folder src/render/<name>/
// whose index.ts exports the renderer, and one line here.
import type { DocumentModel } from '../model/model';
import type { OutputFile, OutputFormat, RenderOptions } from './renderer';

export const FORMATS = [
  {
    name: 'pdf',
    extension: 'pdf',
    isDefault: true,
    glyphCheck: true,
    typeset: true,
    load: async () => (await import('./pdf/index')).renderPdf,
  },
  {
    name: 'docx',
    extension: 'docx',
    isDefault: true,
    glyphCheck: false,
    typeset: true,
    load: async () => (await import('./docx/index')).renderDocx,
  },
  {
    name: 'html',
    extension: 'html',
    isDefault: false,
    glyphCheck: false,
    typeset: false,
    load: async () => (await import('./html/index')).renderHtml,
  },
  {
    name: 'wechat',
    extension: 'wechat.html',
    isDefault: false,
    glyphCheck: false,
    typeset: false,
    load: async () => (await import('./wechat/files')).renderWechatFiles,
    tidy: async (stem, written) => (await import('./wechat/stale-parts')).removeStaleWechatParts(stem, written),
  },
] as const satisfies readonly OutputFormat[];

export type Format = (typeof FORMATS)[number]['name'];

export const FORMAT_NAMES: readonly Format[] = FORMATS.map((f) => f.name);

/** What a build writes when nothing names the formats. */
export const DEFAULT_FORMATS: readonly Format[] = FORMATS.filter((f) => f.isDefault).map((f) => f.name);

export function isFormat(name: string): name is Format {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

export function formatOf(name: Format): OutputFormat {
  return FORMATS.find((f) => f.name === name)!;
}

/** The output file of `format` for an output stem (a path without extension). */
export function outputFile(stem: string, format: Format): string {
  return `${stem}.${formatOf(format).extension}`;
}

/** Whether any of `formats` needs every character checked against its fonts. */
export function needsGlyphCheck(formats: readonly Format[]): boolean {
  return formats.some((f) => formatOf(f).glyphCheck);
}

/** Every file `format` writes for the output `stem`: one, or several for a format that splits. */
export async function renderFiles(model: DocumentModel, format: Format, stem: string, options: RenderOptions = {}): Promise<OutputFile[]> {
  const out = await (await formatOf(format).load())(model, { ...options, stem });
  return Buffer.isBuffer(out) ? [[outputFile(stem, format), out]] : out;
}

/** The bytes of a one-file format (PDF, DOCX, HTML), e.g. for the preview, which writes nothing. */
export async function renderFormat(model: DocumentModel, format: Format, options: RenderOptions = {}): Promise<Buffer> {
  const out = await (await formatOf(format).load())(model, options);
  if (!Buffer.isBuffer(out)) throw new Error(`${format} writes several files; render it with renderFiles`);
  return out;
}
