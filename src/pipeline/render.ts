// document model → bytes per format. Each backend is loaded only when its format is asked for,
// so `--to docx` never pays for pdfkit and fonts, and `--to pdf` never loads docx.
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { DocumentModel } from '../layout/model';

export type Format = 'pdf' | 'docx' | 'html' | 'wechat';
export const FORMATS: readonly Format[] = ['pdf', 'docx', 'html', 'wechat'];
/** What `build` writes when neither --to nor the series config names formats. */
export const DEFAULT_FORMATS: readonly Format[] = ['pdf', 'docx'];
/** The file name ending of each format's output, after the issue's name. */
export const EXTENSIONS: Record<Format, string> = { pdf: 'pdf', docx: 'docx', html: 'html', wechat: 'wechat.html' };

export interface RenderOptions {
  /** DOCX: embed each font, subset to the characters used (--embed-fonts). */
  embedFonts?: boolean;
  /** Receives warnings about what a renderer could not do (e.g. a font it could not embed). */
  diagnostics?: Diagnostic[];
  /** The issue file, which warnings about the whole issue name (the 公众号 split). */
  issueFile?: string;
}

export async function renderFormat(model: DocumentModel, format: Exclude<Format, 'wechat'>, options: RenderOptions = {}): Promise<Buffer> {
  if (format === 'pdf') return (await import('../render/pdf/index')).renderPdf(model);
  if (format === 'html') return (await import('../render/html/index')).renderHtml(model);
  return (await import('../render/docx/index')).renderDocx(model, options);
}

/** Every file one format writes for the output `stem` (the output path without its ending):
 *  one file, except the 公众号 format, which may split and copies its photos beside. */
export async function renderFiles(model: DocumentModel, format: Format, stem: string, options: RenderOptions = {}): Promise<Array<[string, Buffer]>> {
  if (format !== 'wechat') return [[`${stem}.${EXTENSIONS[format]}`, await renderFormat(model, format, options)]];
  const names = (count: number) => (count === 1 ? [`${stem}.wechat.html`] : Array.from({ length: count }, (_, i) => `${stem}.wechat-${i + 1}.html`));
  const folder = `${path.basename(stem)}.wechat-images`;
  const out = await (await import('../render/wechat/index')).renderWechat(model, {
    imageFolder: folder,
    file: options.issueFile ?? `${stem}.wechat.html`,
    partNames: (count) => names(count).map((n) => path.basename(n)),
    diagnostics: options.diagnostics,
  });
  const files = names(out.parts.length);
  return [...out.parts.map((bytes, i): [string, Buffer] => [files[i], bytes]), ...out.images.map((image): [string, Buffer] => [path.join(path.dirname(stem), folder, image.name), image.data])];
}
