// document model → bytes per format. Each backend is loaded only when its format is asked for,
// so `--to docx` never pays for pdfkit and fonts, and `--to pdf` never loads docx.
import type { DocumentModel } from '../layout/model';

export type Format = 'pdf' | 'docx';
export const FORMATS: readonly Format[] = ['pdf', 'docx'];

export async function renderFormat(model: DocumentModel, format: Format): Promise<Buffer> {
  if (format === 'pdf') return (await import('../render/pdf/index')).renderPdf(model);
  return (await import('../render/docx/index')).renderDocx(model);
}
