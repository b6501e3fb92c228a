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
import { symbolFallback } from './symbol-face';
import { composedGlyph, hasCombiningMark, markMisplaced, MARKED } from './combining-marks';
import { SELECTOR_WITH_BASE, VARIATION_SELECTOR, sequenceForm } from './variation-sequences';

type Field = { path: Array<string | number>; text: string; owner: string };

type ByRole = Map<FontRole, Set<string>>;

function addTo(map: ByRole, role: FontRole, item: string): void {
  const set = map.get(role);
  if (set) set.add(item);
  else map.set(role, new Set([item]));
}

/** Characters set in each role, from the document model (so styles and run fonts are exact), and
 * the variation sequences (a character and its selector, or a selector alone) among them. */
function charsByRole(
  blocks: Block[],
  styles: Record<string, ParagraphStyle>,
  into: { chars: ByRole; sequences: ByRole; marked: ByRole } = { chars: new Map(), sequences: new Map(), marked: new Map() },
): { chars: ByRole; sequences: ByRole; marked: ByRole } {
  for (const block of blocks) {
    if (block.kind === 'bottom') charsByRole(block.blocks, styles, into);
    if (block.kind === 'table') charsByRole(cellParagraphs(block), styles, into);
    if (block.kind !== 'paragraph' || !styles[block.style]) continue;
    for (const inline of block.inlines) {
      if (inline.kind !== 'text') continue;
      const role = inline.font ?? styles[block.style].font;
      for (const ch of inline.text) addTo(into.chars, role, ch);
      if (VARIATION_SELECTOR.test(inline.text)) for (const m of inline.text.matchAll(SELECTOR_WITH_BASE)) addTo(into.sequences, role, m[0]);
      if (hasCombiningMark(inline.text)) for (const m of inline.text.matchAll(MARKED)) addTo(into.marked, role, m[0]);
    }
  }
  // Spaces need no glyph check, nor invisible format characters (bidi controls, joiners: JB009
  // reports those), nor a variation selector (drawn with the character before it, checked as a
  // sequence); dropped once from the few distinct characters, not per character.
  for (const set of into.chars.values()) for (const ch of set) if (/[\s\p{Cf}\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u.test(ch)) set.delete(ch);
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
  opts: { draft?: boolean } = {},
): Diagnostic[] {
  const missing: Array<{ ch: string; role: FontRole }> = [];
  const out: Diagnostic[] = [];
  const { chars: byRole, sequences, marked } = charsByRole(blocks, styles);
  addFolioChars(pageNumbers, styles, byRole);
  const misplaced: Array<{ cluster: string; role: FontRole }> = [];
  for (const [role, chars] of byRole) {
    const font = openFont(fonts[role]).font;
    const clusters = [...(marked.get(role) ?? [])];
    // A mark the face lacks is no missing glyph where every letter it follows is drawn precomposed (combining-marks.ts).
    const composed = (ch: string) => {
      const holding = clusters.filter((c) => c.includes(ch));
      return holding.length > 0 && holding.every((c) => composedGlyph(font, c));
    };
    // A script form the face lacks is drawn from its base character (script-forms.ts), a symbol
    // from the bundled symbol face (symbol-face.ts).
    const lacking = [...chars].filter((ch) => !canPrint(font, ch) && !symbolFallback(font, ch) && !(hasCombiningMark(ch) && composed(ch)));
    for (const cluster of clusters)
      if (!composedGlyph(font, cluster) && [...cluster].every((ch) => canPrint(font, ch)) && markMisplaced(font, cluster))
        misplaced.push({ cluster, role });
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
  const sequenceFindings = variationFindings(sequences, fonts);
  if (missing.length === 0 && sequenceFindings.length === 0 && misplaced.length === 0) return out;
  const fields = fieldsOf(issue);
  // Once per article and finding: the first place it occurs.
  const report = (code: 'JB604' | 'JB606' | 'JB607' | 'JB608' | 'JB609', find: (text: string) => number, args: Record<string, string>) => {
    const reported = new Set<string>();
    for (const field of fields) {
      const index = find(field.text);
      if (index < 0 || reported.has(field.owner)) continue;
      reported.add(field.owner);
      out.push(diag(code, issue.file, positionOf(issue, field, index), { ...args, article: field.owner }));
    }
    if (reported.size === 0) out.push(diag(code, issue.file, null, { ...args, article: '—' }));
  };
  for (const { ch, role } of missing)
    report(opts.draft ? 'JB608' : 'JB604', (text) => text.indexOf(ch), {
      char: ch,
      codepoint: codepointOf(ch),
      role,
      family: fonts[role].family,
    });
  for (const { cluster, role } of misplaced) {
    const mark = [...cluster].find((ch) => hasCombiningMark(ch))!;
    report('JB609', (text) => text.indexOf(cluster), { char: cluster, codepoint: codepointOf(mark), role, family: fonts[role].family });
  }
  for (const f of sequenceFindings) {
    const args = { char: f.base, codepoint: codepointOf(f.selector), role: f.role, family: fonts[f.role].family };
    if (f.base) report('JB606', (text) => text.indexOf(f.base + f.selector), args);
    else report('JB607', (text) => loneSelectorAt(text, f.selector), args);
  }
  return out;
}

function codepointOf(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Where `selector` first stands with no character before it to select a form of. */
function loneSelectorAt(text: string, selector: string): number {
  for (const m of text.matchAll(SELECTOR_WITH_BASE)) if (m[1] === '' && m[2] === selector) return m.index;
  return -1;
}

/** U+FE0E/FE0F after a symbol (⚠️ ❤️ pasted from a chat) ask for its text form or its colour
 * emoji picture: print has only the text form, which is what the face draws, not a missing variant. */
function isPresentation(base: string, selector: string): boolean {
  return (selector === '\uFE0E' || selector === '\uFE0F') && !/\p{Script=Han}/u.test(base);
}

/** Sequences whose printed form is not the typed one: a selector the face has no form for after
 * a character it prints (its usual glyph is printed instead), and a selector with nothing before
 * it (printed as nothing). A character the face lacks altogether is JB604's. */
function variationFindings(
  sequences: ByRole,
  fonts: Record<FontRole, FontFace>,
): Array<{ role: FontRole; base: string; selector: string }> {
  const found: Array<{ role: FontRole; base: string; selector: string }> = [];
  for (const [role, set] of sequences) {
    const font = openFont(fonts[role]).font;
    for (const sequence of set) {
      const [, base, selector] = /^(.*)(\p{Any})$/su.exec(sequence)!;
      if (base === '') found.push({ role, base, selector });
      else if (isPresentation(base, selector)) continue;
      else if (canPrint(font, base) && sequenceForm(font, base, selector) === 'missing') found.push({ role, base, selector });
    }
  }
  return found;
}
