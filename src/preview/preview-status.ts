// What the page is told after each build: whether it worked, its diagnostics as the side panel
// shows them, the 本期要目, and the page geometry for the grid. A failed build keeps the last good
// PDF and everything that describes it; only the result and the diagnostics change.
import { sortDiagnostics } from '../diagnostics/diagnostic';
import { messageOf, type Lang } from '../diagnostics/messages';
import type { DocumentModel } from '../model/model';
import { tocLine } from '../templates/template-data';
import type { RebuildResult } from '../watch/rebuild';

export interface PanelDiagnostic {
  severity: 'error' | 'warning';
  code: string;
  /** file:line:col as the editor's tools link it (file alone when the problem is the whole file). */
  where: string;
  message: string;
  hint: string;
}

export interface TocEntry {
  /** The 本期要目 line. */
  label: string;
  /** The title as set on its page, to find that page. */
  title: string;
}

/** In PDF points; the grid divides the type area into `cols` × `rows` cells. */
export interface PageGeometry {
  width: number;
  height: number;
  top: number;
  bottom: number;
  /** Left margin of odd pages (binding side); even pages swap inside and outside. */
  inside: number;
  outside: number;
  cols: number;
  rows: number;
}

export interface PreviewStatus {
  /** Of the PDF the page should show; 0 until a build has succeeded. */
  version: number;
  /** Of the last build; null before the first one finished. */
  ok: boolean | null;
  ms: number;
  diagnostics: PanelDiagnostic[];
  toc: TocEntry[];
  geometry: PageGeometry | null;
}

export const FIRST_STATUS: PreviewStatus = { version: 0, ok: null, ms: 0, diagnostics: [], toc: [], geometry: null };

// GB/T 9704: 28 characters a line, 22 lines a page, when the template sets no grid of its own.
const GB_COLS = 28;
const GB_ROWS = 22;

function geometryOf(model: DocumentModel): PageGeometry {
  const { page, grid } = model;
  return {
    width: page.width,
    height: page.height,
    top: page.marginTop,
    bottom: page.marginBottom,
    inside: page.marginInside,
    outside: page.marginOutside,
    cols: grid?.charsPerLine ?? GB_COLS,
    rows: grid?.linesPerPage ?? GB_ROWS,
  };
}

function panelDiagnostic(d: RebuildResult['diagnostics'][number], lang: Lang): PanelDiagnostic {
  const { message, hint } = messageOf(d, lang);
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.col}` : d.file;
  return { severity: d.severity, code: d.code, where, message, hint };
}

export function nextStatus(previous: PreviewStatus, result: RebuildResult, lang: Lang): PreviewStatus {
  const diagnostics = sortDiagnostics(result.diagnostics).map((d) => panelDiagnostic(d, lang));
  if (!result.ok || !result.bytes.pdf || !result.model || !result.issue) return { ...previous, ok: false, ms: result.ms, diagnostics };
  const toc = result.issue.articles.map((a) => ({ label: tocLine(a), title: a.title }));
  return { version: previous.version + 1, ok: true, ms: result.ms, diagnostics, toc, geometry: geometryOf(result.model) };
}
