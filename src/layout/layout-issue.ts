// issue + template → document model: fills the template with the issue's data, parses the
// markup it produces, loads photos, and attaches the template's styles and the resolved fonts.
import { checkMarkupSize, TemplateBudgetError } from '../templates/output-budget';
import path from 'node:path';
import { diag } from '../diagnostics/make';
import { appendAll, type Diagnostic } from '../diagnostics/diagnostic';
import { preflightGlyphs } from '../fonts/preflight';
import { fontRequests } from '../fonts/requests';
import { resolveFonts } from '../fonts/resolve';
import { imagesOf } from '../markdown/body';
import type { Issue } from '../schema/issue-schema';
import { templateErrorDiagnostic } from '../templates/template-errors';
import type { LoadedTemplate } from '../templates/load-template';
import { documentModel } from './document-model';
import { loadImage } from './images';
import { parseMarkup } from '../model/markup';
import type { Block, DocumentModel } from '../model/model';
import { templateData } from '../templates/template-data';
import { breakTitles, fontWidths } from './title-lines';

export interface LayoutResult {
  model: DocumentModel | null;
  diagnostics: Diagnostic[];
}

/** Where each image src appears in the issue file, in order of appearance. */
function imagePositions(issue: Issue): Map<string, Array<{ line: number; col: number }>> {
  const positions = new Map<string, Array<{ line: number; col: number }>>();
  issue.articles.forEach((article, i) => {
    for (const img of imagesOf(article.body)) {
      const list = positions.get(img.src) ?? [];
      list.push(issue.locate(['articles', i, 'body'], img.line));
      positions.set(img.src, list);
    }
  });
  return positions;
}

function typedPath(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

function checkStyles(blocks: Block[], template: LoadedTemplate, report: (detail: string) => void): void {
  const { paragraphStyles, ruleStyles } = template.manifest;
  for (const block of blocks) {
    // A template older than tables has no `table` style: its cells are set in the body style.
    if (block.kind === 'table' && !paragraphStyles[block.style] && block.style === 'table' && paragraphStyles.body) block.style = 'body';
    if (block.kind === 'table' && !paragraphStyles[block.style])
      report(`<table class="${block.style}"> (paragraph style not in manifest.yaml)`);
    if (block.kind === 'paragraph' && !paragraphStyles[block.style])
      report(`class="${block.style}" (paragraph style not in manifest.yaml)`);
    if (block.kind === 'rule' && !ruleStyles[block.style]) report(`<rule class="${block.style}"> (rule style not in manifest.yaml)`);
    if (block.kind === 'bottom') checkStyles(block.blocks, template, report);
  }
}

export function layoutIssue(
  issue: Issue,
  template: LoadedTemplate,
  opts: { date?: Date; glyphCheck?: boolean; draft?: boolean } = {},
): LayoutResult {
  const diagnostics: Diagnostic[] = [];
  let markup: string;
  try {
    markup = template.render(templateData(issue));
    checkMarkupSize(markup);
  } catch (e) {
    if (e instanceof TemplateBudgetError) return { model: null, diagnostics: [diag('JB411', template.file, null, { limit: e.limit })] };
    return { model: null, diagnostics: [templateErrorDiagnostic(e, template.file)] };
  }
  const { page } = template.manifest;
  const typeWidth = page.width - page.marginInside - page.marginOutside;
  const typeHeight = page.height - page.marginTop - page.marginBottom;
  const issueDir = path.dirname(path.resolve(issue.file));
  const positions = imagePositions(issue);
  const problems = new Set<string>();
  const blocks = parseMarkup(markup, {
    runStyles: template.manifest.runStyles,
    problem: (detail) => problems.add(detail),
    image: (src, alt) => {
      const result = loadImage(src, issueDir, typeWidth, typeHeight / 2);
      if (result.ok) return result.image;
      const at = positions.get(src)?.shift() ?? null;
      // The src arrives URI-encoded (markdown/body.ts); the editor is shown the path as typed.
      diagnostics.push(diag(result.code, issue.file, at, { ...result.args, path: typedPath(src), alt }));
      return null;
    },
  });
  checkStyles(blocks, template, (detail) => problems.add(detail));
  for (const detail of problems) diagnostics.push(diag('JB405', template.file, null, { detail }));
  const fonts = resolveFonts(
    fontRequests(template.manifest.fontFamilies, issue.fonts),
    template.dir,
    path.join(template.file, '..', 'manifest.yaml'),
  );
  appendAll(diagnostics, fonts.diagnostics);
  // Glyph preflight: a character the resolved font lacks stops the PDF (JB604); a draft is made
  // with it as an empty box, named (JB608), so the editor can still see the pages.
  if (!fonts.diagnostics.some((d) => d.severity === 'error') && opts.glyphCheck !== false)
    appendAll(
      diagnostics,
      preflightGlyphs(issue, blocks, template.manifest.paragraphStyles, fonts.fonts, template.manifest.pageNumbers, { draft: opts.draft }),
    );
  if (diagnostics.some((d) => d.severity === 'error')) return { model: null, diagnostics };
  const { manifest } = template;
  breakTitles(blocks, manifest.paragraphStyles, typeWidth, manifest.grid, fontWidths(fonts.fonts));
  const meta = {
    title: [issue.publication.name, issue.issue.number ? `第 ${issue.issue.number} 期` : ''].filter(Boolean).join(' '),
    author: issue.publication.editor,
    date: opts.date ?? new Date(`${issue.issue.date}T00:00:00Z`),
    issue: { number: issue.issue.number, total: issue.issue.total, date: issue.issue.date },
  };
  return {
    model: documentModel(manifest, fonts.fonts, meta, blocks),
    diagnostics,
  };
}
