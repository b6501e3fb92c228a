// The page's CSS: a reading layout for any screen, the template's styles as classes, print rules
// for the template's page, and last the template's own web.css (which may override any of it).
import type { DocumentModel, FontRole } from '../../model/model';
import { FONT_ROLES } from '../../model/model';
import { fontStack, paragraphDeclarations, remUnits, ruleDeclarations, runDeclarations, safeColor } from './declarations';
import { styleClass } from './blocks';

const BASE = `
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 42rem; padding: 1rem 1.25rem 3rem; font-size: 1.0625rem; color: #1a1a1a; background: #fff; overflow-wrap: anywhere; }
p, h1, h2, h3, h4, figcaption { white-space: pre-wrap; }
header.masthead, nav.toc, article, section.briefs, footer.colophon { display: block; }
.split { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 1em; text-indent: 0; }
nav.toc ol { list-style: none; margin: 0; padding: 0; }
nav.toc a { color: inherit; text-decoration: none; border-bottom: 1px dotted currentColor; }
nav.toc a:hover, nav.toc a:focus { border-bottom-style: solid; }
article { margin: 0 0 2rem; scroll-margin-top: 1rem; }
figure.photo { margin: 1rem 0; text-align: center; }
figure.photo img { max-width: 100%; height: auto; }
.table { overflow-x: auto; }
.table table { border-collapse: collapse; width: 100%; }
.table th, .table td { border: 1px solid #666; padding: 0.2em 0.4em; vertical-align: top; }
.draft-mark { color: #c00; font-weight: bold; }
@media (max-width: 30rem) { body { padding: 0.75rem 0.9rem 2rem; } }
`;

const mm = (pt: number) => `${Math.round((pt * 25.4) / 72)}mm`;

function printCss(model: DocumentModel): string {
  const p = model.page;
  return `
@page { size: ${mm(p.width)} ${mm(p.height)}; margin: ${mm(p.marginTop)} ${mm(p.marginOutside)} ${mm(p.marginBottom)} ${mm(p.marginInside)}; }
@media print {
  body { max-width: none; padding: 0; font-size: 12pt; }
  nav.toc a { border: 0; }
  h2, h3, .p-section-label { break-after: avoid; }
  figure.photo, tr { break-inside: avoid; }
  footer.colophon { break-inside: avoid; }
}
`;
}

/** A template's web.css inside <style>: only `</style` could end the element early, so it is escaped. */
export const safeTemplateCss = (css: string): string => css.replace(/<\/(style)/gi, '<\\/$1');

export function stylesheet(model: DocumentModel, templateCss?: string): string {
  const rules: string[] = [BASE.trim()];
  for (const [name, style] of Object.entries(model.paragraphStyles)) {
    const cls = styleClass(name);
    if (cls) rules.push(`.${cls} { ${paragraphDeclarations(model, style, remUnits).join('; ')}; }`);
  }
  for (const [name, rule] of Object.entries(model.ruleStyles)) {
    if (styleClass(name)) rules.push(`hr.r-${name} { ${ruleDeclarations(rule).join('; ')}; }`);
  }
  for (const role of FONT_ROLES as readonly FontRole[]) rules.push(`.f-${role} { font-family: ${fontStack(model, role)}; }`);
  const colors = new Set<string>();
  const visit = (inlines: Array<{ kind: string; color?: string }>) =>
    inlines.forEach((i) => safeColor(i.color) && colors.add(safeColor(i.color) as string));
  for (const block of model.blocks) {
    if (block.kind === 'paragraph') visit(block.inlines);
    if (block.kind === 'bottom') block.blocks.forEach((b) => b.kind === 'paragraph' && visit(b.inlines));
    if (block.kind === 'table') block.rows.forEach((r) => r.cells.forEach(visit));
  }
  for (const color of colors)
    rules.push(`.c-${color.slice(1)} { ${runDeclarations(model, { kind: 'text', text: '', color }).join('; ')}; }`);
  rules.push(printCss(model).trim());
  if (templateCss) rules.push(`/* template web.css */\n${safeTemplateCss(templateCss)}`);
  return rules.join('\n');
}
