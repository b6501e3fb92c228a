// Owns the glyph preflight: before anything is rendered, every character the document sets is
// checked against the font of the role it is set in. A missing glyph would print as an empty box
// (or nothing) — the editor's text silently not printed — so it is an error naming the character,
// the article and the YAML line, and no PDF is made.
import { diag } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { cellParagraphs, type Block, type FontFace, type FontRole, type PageNumbers, type ParagraphStyle } from '../model/model';
import type { Issue } from '../schema/issue-schema';
import { openFont } from './open-font';
import { canPrint } from './script-forms';

type Field = { path: Array<string | number>; text: string; owner: string };

/** Characters set in each role, from the document model (so styles and run fonts are exact). */
function charsByRole(
  blocks: Block[],
  styles: Record<string, ParagraphStyle>,
  into = new Map<FontRole, Set<string>>(),
): Map<FontRole, Set<string>> {
  for (const block of blocks) {
    if (block.kind === 'bottom') charsByRole(block.blocks, styles, into);
    if (block.kind === 'table') charsByRole(cellParagraphs(block), styles, into);
    if (block.kind !== 'paragraph' || !styles[block.style]) continue;
    for (const inline of block.inlines) {
      if (inline.kind !== 'text') continue;
      const role = inline.font ?? styles[block.style].font;
      const set = into.get(role) ?? new Set<string>();
      for (const ch of inline.text) set.add(ch);
      into.set(role, set);
    }
  }
  // Spaces need no glyph check, nor invisible format characters (bidi controls, joiners: JB009
  // reports those); dropped once from the few distinct characters, not per character.
  for (const set of into.values()) for (const ch of set) if (/[\s\p{Cf}]/u.test(ch)) set.delete(ch);
  return into;
}

/** The folio's characters (the template's text around the number, and the digits) in its role:
 * printed on every page, so a face lacking them must stop the PDF like the issue's own text. */
function addFolioChars(numbers: PageNumbers | null, styles: Record<string, ParagraphStyle>, into: Map<FontRole, Set<string>>): void {
  const style = numbers && styles[numbers.style];
  if (!style) return;
  const set = into.get(style.font) ?? new Set<string>();
  for (const ch of `${numbers.prefix}${numbers.suffix}0123456789`) if (!/[\s\p{Cf}]/u.test(ch)) set.add(ch);
  into.set(style.font, set);
}

/** The issue's text fields, each with the article (or brief) it belongs to, for positions. */
function fieldsOf(issue: Issue): Field[] {
  const fields: Field[] = [];
  const add = (path: Array<string | number>, text: unknown, owner: string) => {
    if (typeof text === 'string') fields.push({ path, text, owner });
  };
  issue.articles.forEach((a, i) => {
    const owner = a.title.replace(/\n/g, '');
    for (const key of ['title', 'toc', 'section', 'source', 'byline', 'body'] as const) add(['articles', i, key], a[key], owner);
  });
  issue.briefs.forEach((b, i) => {
    for (const key of ['date', 'text', 'source'] as const) add(['briefs', i, key], b[key], `简讯 ${b.date}`);
  });
  for (const key of ['name', 'editor', 'mark'] as const)
    add(['publication', key], issue.publication[key as keyof typeof issue.publication], issue.publication.name);
  return fields;
}

function positionOf(issue: Issue, field: Field, index: number): { line: number; col: number } {
  const exact = issue.locateChar(field.path, index);
  if (exact) return exact;
  const lineWithin = field.text.slice(0, index).split('\n').length - 1;
  return issue.locate(field.path, lineWithin);
}

export function preflightGlyphs(
  issue: Issue,
  blocks: Block[],
  styles: Record<string, ParagraphStyle>,
  fonts: Record<FontRole, FontFace>,
  pageNumbers: PageNumbers | null = null,
): Diagnostic[] {
  const missing: Array<{ ch: string; role: FontRole }> = [];
  const out: Diagnostic[] = [];
  const byRole = charsByRole(blocks, styles);
  addFolioChars(pageNumbers, styles, byRole);
  for (const [role, chars] of byRole) {
    const font = openFont(fonts[role]).font;
    // A script form the face lacks is drawn from its base character (script-forms.ts).
    const lacking = [...chars].filter((ch) => !canPrint(font, ch));
    // A font without most of the text (a Latin font as 仿宋) is one error, not a warning per character.
    if (lacking.length > 0 && lacking.length >= chars.size / 2) {
      out.push(
        diag('JB813', issue.file, null, {
          role,
          family: fonts[role].family,
          missing: lacking.length,
          total: chars.size,
          sample: lacking.slice(0, 8).join(''),
        }),
      );
    } else lacking.forEach((ch) => missing.push({ ch, role }));
  }
  if (missing.length === 0) return out;
  const fields = fieldsOf(issue);
  for (const { ch, role } of missing) {
    const reported = new Set<string>(); // once per article and character: the first place it occurs
    const args = {
      char: ch,
      codepoint: `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
      role,
      family: fonts[role].family,
    };
    for (const field of fields) {
      const index = field.text.indexOf(ch);
      if (index < 0 || reported.has(field.owner)) continue;
      reported.add(field.owner);
      out.push(diag('JB604', issue.file, positionOf(issue, field, index), { ...args, article: field.owner }));
    }
    if (reported.size === 0) out.push(diag('JB604', issue.file, null, { ...args, article: '—' }));
  }
  return out;
}
