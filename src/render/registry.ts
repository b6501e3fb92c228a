// The output formats, one line each: everything else (--to, the series config's output.formats,
// batch, watch, index, help text) reads this list. Adding a format is a folder src/render/<name>/
// whose index.ts exports the renderer, and one line here.
import type { DocumentModel } from '../model/model';
import type { OutputFormat, RenderOptions } from './renderer';

export const FORMATS = [
  { name: 'pdf', extension: 'pdf', isDefault: true, glyphCheck: true, load: async () => (await import('./pdf/index')).renderPdf },
  { name: 'docx', extension: 'docx', isDefault: true, glyphCheck: false, load: async () => (await import('./docx/index')).renderDocx },
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

export async function renderFormat(model: DocumentModel, format: Format, options: RenderOptions = {}): Promise<Buffer> {
  return (await formatOf(format).load())(model, options);
}
