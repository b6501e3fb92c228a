// document model → bytes per format. Each backend is loaded only when its format is asked for,
// so `--to docx` never pays for pdfkit and fonts, and `--to pdf` never loads docx.
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { DocumentModel } from '../layout/model';

export type Format = 'pdf' | 'docx';
export const FORMATS: readonly Format[] = ['pdf', 'docx'];

export interface RenderOptions {
  /** DOCX: embed each font, subset to the characters used (--embed-fonts). */
  embedFonts?: boolean;
  /** PDF: write PDF/A-2b for archives (--pdfa). */
  pdfa?: boolean;
  /** Receives warnings about what a renderer could not do (e.g. a font it could not embed). */
  diagnostics?: Diagnostic[];
}

export async function renderFormat(model: DocumentModel, format: Format, options: RenderOptions = {}): Promise<Buffer> {
  if (format === 'pdf') return (await import('../render/pdf/index')).renderPdf(model, { pdfa: options.pdfa });
  return (await import('../render/docx/index')).renderDocx(model, options);
}
