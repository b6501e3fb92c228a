// The main document part (+ relationships, styles, numbering, footnotes, comments) → units. Tracked
// insertions are read as accepted, deletions skipped; field codes and comment anchors skipped; what
// is not printed as typed is noted with its paragraph (see fields.ts, scripts.ts).
import path from 'node:path';
import { trimLayout, type SourceFlags, type SourceMark, type Span, type Unit } from '../intake/units';
import { boxesInColumns, boxPosition, inColumns, type BoxPosition } from './box-order';
import { eqText } from './eq-field';
import { fieldKind, fieldName, formShown, type OpenField } from './fields';
import { scriptOf, toScript } from './scripts';
import { isSymbolFont, symbolChar } from './symbol-fonts';
import { noteLabel, readNoteFormats, type NoteFormats, type NoteKind } from './note-numbers';
import { readNumbering, type Numbering } from './numbering';
import { headingLevel, mergeLook, numOf, readStyles, runLook, type RunLook, type Styles } from './styles';
import { attr, child, descendants, kids, parseXml, textOf, val, type XNode } from './xml';

export interface Package {
  text(name: string): string | undefined;
  bytes(name: string): Uint8Array | undefined;
}

type Rels = Map<string, { target: string; external: boolean; type: string }>;

interface Ctx {
  styles: Styles;
  numbering: Numbering;
  rels: Rels;
  pkg: Package;
  flags: SourceFlags;
  /** Each note referenced, `w:footnoteReference#id`, by its number among notes of its kind (0: the
   *  author's own mark). */
  footnoteOrder: Map<string, number>;
  noteFormats: NoteFormats;
  no: number;
  /** Complex fields open at this point (begin seen, end not yet), outermost first. */
  fields: OpenField[];
  /** Notes about the paragraph being read, given its number once it is known. */
  pending: Omit<SourceMark, 'no'>[];
  /** Marks already given (code, kind and paragraph), so each is given once. */
  given: Set<string>;
  /** A field left open in the file: fields are not followed, everything but instructions is read. */
  unfollowed: boolean;
  /** The last paragraph read was empty (no text, no picture). */
  blank?: boolean;
}

const noteKindOf = (reference: string): NoteKind => (reference === 'w:endnoteReference' ? 'endnote' : 'footnote');

/** Notes something about the paragraph or row being read. */
const mark = (ctx: Ctx, m: Omit<SourceMark, 'no'>) => ctx.pending.push(m);

/** Gives the pending notes paragraph number `no`, one per code and kind of thing. */
function settle(ctx: Ctx, no: number): void {
  if (!ctx.pending.length) return;
  const marks = (ctx.flags.marks ??= []);
  for (const m of ctx.pending) {
    const key = `${no} ${m.code} ${m.what}`;
    if (!ctx.given.has(key)) marks.push({ ...m, no });
    ctx.given.add(key);
  }
  ctx.pending = [];
}

/** Text is printed unless a field's instruction (or a Word 目录's entries) is being read. */
const visible = (ctx: Ctx) => ctx.fields.every((f) => f.result && f.kind !== 'toc');

/** A run of characters or a line break, with its look. */
/** `box`: the text boxes' content elements (w:txbxContent), read as blocks. */
type Piece =
  { text: string; look: RunLook } | { br: true; page: boolean } | { image: string } | { linked: true } | { box: XNode[]; at?: BoxPosition };

/** A part's relationships, targets resolved against the part's folder (`dir`). */
function readRels(xml: string | undefined, dir: string): Rels {
  const rels: Rels = new Map();
  if (!xml) return rels;
  for (const r of kids(child(parseXml(xml), 'Relationships'), 'Relationship')) {
    const target = attr(r, 'Target') ?? '';
    const external = attr(r, 'TargetMode') === 'External';
    rels.set(attr(r, 'Id') ?? '', {
      target: external ? target : path.posix.normalize(target.startsWith('/') ? target.slice(1) : path.posix.join(dir, target)),
      external,
      type: attr(r, 'Type') ?? '',
    });
  }
  return rels;
}

/** The main document part as the package's own relationship names it (word/document.xml when
 *  Word wrote it, but a template or another producer may name it otherwise). */
export function mainPart(pkg: Package): string {
  const main = [...readRels(pkg.text('_rels/.rels'), '').values()].find((r) => !r.external && /\/officeDocument$/.test(r.type));
  return main?.target ?? 'word/document.xml';
}

const relsOf = (part: string) => path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);

/** The target of the main part's first relationship of this type (styles, numbering, …). */
const partOf = (rels: Rels, type: string) => [...rels.values()].find((r) => !r.external && r.type.endsWith(`/${type}`))?.target;

function imagePieces(el: XNode, ctx: Ctx, except: XNode[] = []): Piece[] {
  const inside = new Set(except.flatMap((b) => [...descendants(b, 'a:blip'), ...descendants(b, 'v:imagedata')]));
  const ids = [
    ...descendants(el, 'a:blip')
      .filter((b) => !inside.has(b))
      .map((b) => attr(b, 'r:embed') ?? attr(b, 'r:link')),
    ...descendants(el, 'v:imagedata')
      .filter((b) => !inside.has(b))
      .map((b) => attr(b, 'r:id')),
  ];
  return ids
    .filter((id): id is string => Boolean(id))
    .map((id) => {
      const rel = ctx.rels.get(id);
      return rel && !rel.external ? { image: rel.target } : { linked: true as const };
    });
}

/** Counts a character only a symbol font prints (JB194): the first one names its font and code. */
function symbol(ctx: Ctx, font: string, char: string): void {
  const code = /^[0-9A-F]+$/.test(char) ? char : [...char].map((c) => c.codePointAt(0)!.toString(16).toUpperCase()).join(' ');
  (ctx.flags.symbols ??= { count: 0, font: font || 'Wingdings/Symbol', char: code }).count++;
}

function runPieces(r: XNode, base: RunLook, ctx: Ctx): Piece[] {
  const rPr = child(r, 'w:rPr');
  const charStyle = ctx.styles.get(val(rPr, 'w:rStyle'));
  const look = mergeLook(mergeLook(base, charStyle ?? {}), runLook(rPr));
  const out: Piece[] = [];
  if (look.hidden) {
    // Word neither shows nor prints hidden text: importing it would print what nobody saw. A
    // field's markers in it still count, so that the field's extent stays right.
    const shown = visible(ctx);
    for (const c of kids(r)) if (c.name === 'w:fldChar' || c.name === 'w:instrText') fieldChar(c, ctx);
    const text = kids(r, 'w:t').map(textOf).join('');
    if (shown && text.trim() !== '') {
      const h = (ctx.flags.hidden ??= { count: 0, first: text });
      h.count++;
    }
    return out;
  }
  for (const c of kids(r)) {
    if (c.name === 'w:fldChar' || c.name === 'w:instrText') {
      const drawn = fieldChar(c, ctx);
      if (drawn) out.push({ text: drawn, look });
      continue;
    }
    if (!visible(ctx)) {
      // A 目录's entries are quoted in its note.
      const top = ctx.fields[ctx.fields.length - 1];
      if (c.name === 'w:t' && top?.result) top.shown += textOf(c);
      continue;
    }
    switch (c.name) {
      case 'w:t': {
        const text = shownText(textOf(c), look, base, ctx);
        const top = ctx.fields[ctx.fields.length - 1];
        if (top) top.shown += text;
        out.push({ text, look });
        break;
      }
      case 'w:tab':
      case 'w:ptab':
        out.push({ text: ' ', look });
        break;
      case 'w:noBreakHyphen':
        out.push({ text: '-', look });
        break;
      case 'w:softHyphen':
        break; // an optional hyphen: Word shows it only where it breaks a line
      case 'w:sym': {
        // Insert → Symbol: a Unicode character is text (℃, №); a symbol font's private code
        // (U+F000–F0FF) is its Unicode twin when it has one (Symbol's α ± ≤, Wingdings' ● ✓), else noted.
        const code = parseInt(attr(c, 'w:char') ?? '', 16);
        const font = attr(c, 'w:font') ?? '';
        const twin = Number.isInteger(code) ? symbolChar(font, code) : undefined;
        if (twin) out.push({ text: twin, look });
        else if (Number.isInteger(code) && code > 0x1f && (code < 0xe000 || code > 0xf8ff) && code <= 0x10ffff)
          out.push({ text: String.fromCodePoint(code), look });
        else symbol(ctx, font, (attr(c, 'w:char') ?? '').toUpperCase());
        break;
      }
      case 'w:br':
      case 'w:cr': {
        const type = attr(c, 'w:type');
        out.push({ br: true, page: type === 'page' || type === 'column' });
        break;
      }
      case 'w:footnoteReference':
      case 'w:endnoteReference': {
        const id = attr(c, 'w:id') ?? '';
        const key = `${c.name}#${id}`;
        // A note with its own mark (the * the author typed after the reference) is numbered 0:
        // that mark is in the text already, in the body and in the note.
        const own = ['1', 'true', 'on'].includes(attr(c, 'w:customMarkFollows') ?? '');
        // Footnotes and endnotes are numbered apart, as Word shows them (note-numbers.ts).
        const numbered = [...ctx.footnoteOrder].filter(([k, n]) => k.startsWith(`${c.name}#`) && n > 0).length;
        if (!ctx.footnoteOrder.has(key)) ctx.footnoteOrder.set(key, own ? 0 : numbered + 1);
        const n = ctx.footnoteOrder.get(key)!;
        if (n > 0) out.push({ text: `[${noteLabel(ctx.noteFormats, noteKindOf(c.name), n)}]`, look: { ...look, bold: false } });
        break;
      }
      case 'w:object': {
        // An embedded object (an Excel sheet, an old equation): only a preview picture is in the file.
        const prog = descendants(c, 'o:OLEObject').map((o) => attr(o, 'ProgID'))[0];
        mark(ctx, { code: 'JB198', what: prog ? `embedded:${prog}` : 'embedded', input: '' });
        break;
      }
      case 'w:drawing':
      case 'w:pict':
        out.push(...drawingPieces(c, ctx));
        break;
      case 'mc:AlternateContent': {
        const choice = alternative(c, ctx);
        if (choice) out.push(...runPieces({ ...r, children: choice.children }, base, ctx));
        break;
      }
      case 'w:ruby': {
        // The base holds run content like a paragraph's (runs, insertions, links).
        const rubyBase = child(c, 'w:rubyBase');
        const based = rubyBase ? paragraphPieces(rubyBase, look, ctx) : [];
        out.push(...based);
        // The reading set small above the text (拼音指南) is not part of the line: quoted, not printed.
        const reading = descendants(child(c, 'w:rt'), 'w:t').map(textOf).join('').trim();
        if (reading) rubyNote(ctx, `${based.map((x) => ('text' in x ? x.text : '')).join('')}（${reading}）`);
        break;
      }
      case 'w:commentReference':
        ctx.flags.comments = (ctx.flags.comments ?? 0) + 1;
        break;
      case 'w:dayShort':
      case 'w:dayLong':
      case 'w:monthShort':
      case 'w:monthLong':
      case 'w:yearShort':
      case 'w:yearLong':
      case 'w:pgNum':
        // Word draws these anew each time (today's date, the page's number): no text is kept.
        dateBlock(ctx, c.name);
        break;
      default:
        if (localName(c) === 'contentPart') ink(ctx, false);
        else if (!RUN_QUIET.has(c.name ?? ''))
          out.push(...unknownPieces(c, ctx, () => runPieces({ ...r, children: c.children }, base, ctx)));
    }
  }
  return out;
}

/** Run content that prints nothing of the author's: properties, deleted text, the marks Word
 *  puts at a note's start, a page's last rendered break. */
const RUN_QUIET = new Set([
  'w:rPr',
  'w:delText',
  'w:delInstrText',
  'w:lastRenderedPageBreak',
  'w:annotationRef',
  'w:footnoteRef',
  'w:endnoteRef',
  'w:separator',
  'w:continuationSeparator',
]);

/** Paragraph content that holds nothing printed: anchors and marks between runs. */
const PARAGRAPH_QUIET =
  /^w:(bookmark(Start|End)|proofErr|perm(Start|End)|commentRange(Start|End)|(moveFrom|moveTo)Range(Start|End)|customXml(Ins|Del|MoveFrom|MoveTo)Range(Start|End)|customXmlPr|smartTagPr|sdtPr|sdtEndPr|fldData)$/;

/** Paragraph content read for what it wraps: links, tags, controls, direction, tracked insertions. */
const PARAGRAPH_WRAPPERS = new Set([
  'w:hyperlink',
  'w:smartTag',
  'w:customXml',
  'w:sdt',
  'w:sdtContent',
  'w:bdo',
  'w:dir',
  'w:ins',
  'w:moveTo',
]);

const localName = (c: XNode): string => (c.name ?? '').slice((c.name ?? '').indexOf(':') + 1);

/** Every element inside `n`, in document order. */
const elementsIn = (n: XNode): XNode[] => kids(n).flatMap((c) => [c, ...elementsIn(c)]);

/** The characters an element shows (its w:t, and a formula's m:t) and whether it holds pictures. */
function contentOf(el: XNode): { text: string; pictures: number } {
  const text = [...descendants(el, 'w:t'), ...descendants(el, 'm:t')].map(textOf).join('');
  return { text, pictures: descendants(el, 'a:blip').length + descendants(el, 'v:imagedata').length };
}

/** An element jianbao does not know, read as its kind of container would be (`read`): what it
 *  holds is printed as found, and when that is text or a picture a note names the element (JB133).
 *  A picture it holds outside a drawing is taken too. */
function unknownPieces(c: XNode, ctx: Ctx, read: () => Piece[]): Piece[] {
  const shown = visible(ctx);
  const pieces = read();
  const { text, pictures } = contentOf(c);
  if (pictures > 0 && !pieces.some((x) => 'image' in x || 'linked' in x)) pieces.push(...imagePieces(c, ctx));
  if (shown && (text.trim() !== '' || pictures > 0)) mark(ctx, { code: 'JB133', what: c.name ?? '', input: text.trim() });
  return pieces;
}

/** One JB132 per paragraph, naming the kinds of date block in it. */
function dateBlock(ctx: Ctx, name: string): void {
  if (!visible(ctx)) return;
  const part = name === 'w:pgNum' ? 'page' : /day/.test(name) ? '日' : /month/.test(name) ? '月' : '年';
  const open = ctx.pending.find((m) => m.code === 'JB132' && (m.what === 'page') === (part === 'page'));
  if (!open) mark(ctx, { code: 'JB132', what: part, input: '' });
  else if (part !== 'page' && !open.what.includes(part))
    open.what = ['年', '月', '日'].filter((x) => open.what.includes(x) || x === part).join('、');
}

/** Gives the date-block notes of the paragraph just read its text to quote. */
function quoteDateBlocks(ctx: Ctx, pieces: Piece[]): void {
  const text = trimLayout(pieces.map((x) => ('text' in x ? x.text : '')).join(''));
  for (const m of ctx.pending) if (m.code === 'JB132' && m.input === '') m.input = text;
}

/** JB131 for ink (w:contentPart): `picture` when the file's fallback picture of it was taken. */
function ink(ctx: Ctx, picture: boolean): void {
  if (visible(ctx)) mark(ctx, { code: 'JB131', what: picture ? 'picture' : 'lost', input: '' });
}

/** One JB140 per paragraph, quoting each annotated word with its reading. */
function rubyNote(ctx: Ctx, quoted: string): void {
  const open = ctx.pending.find((m) => m.code === 'JB140');
  if (open) open.input += `、${quoted}`;
  else mark(ctx, { code: 'JB140', what: 'ruby', input: quoted });
}

/** A run's characters as Word shows them: capitals under w:caps, super/subscripts as the Unicode
 *  characters when each has one; formatting the bulletin does not carry is noted. */
function shownText(typed: string, look: RunLook, base: RunLook, ctx: Ctx): string {
  const eastAsian = look.eastAsiaHint && !isSymbolFont(look.font);
  const drawn = isSymbolFont(look.latinFont) ? fromSymbolFont(typed, look.latinFont!.trim(), ctx, eastAsian) : typed;
  let text = look.caps ? drawn.toUpperCase() : drawn;
  if (text.trim() === '') return text;
  // A private-use character (a 造字 made with Word's EUDC editor, an old GB 18030 mapping) is
  // what the author typed, but no bulletin font has it.
  const own = [...text].find((ch) => PRIVATE_USE.test(ch));
  if (own) mark(ctx, { code: 'JB145', what: `U+${own.codePointAt(0)!.toString(16).toUpperCase()}`, input: text });
  const script = scriptOf(look, base);
  if (script) {
    const as = toScript(text, script);
    if (as === null) mark(ctx, { code: 'JB195', what: script, input: text });
    else text = as;
  }
  if (look.strike) mark(ctx, { code: 'JB196', what: 'strike', input: text });
  if (look.em) mark(ctx, { code: 'JB196', what: 'em', input: text });
  if (look.combine) mark(ctx, { code: 'JB196', what: 'combine', input: text });
  return text;
}

/** Text typed in a symbol font shows that font's pictures, not its letters (l is ● in Wingdings):
 *  each Latin-range character (or its U+F0xx form) becomes its Unicode twin, or is noted (JB194)
 *  when it has none. Other characters are set in the East Asian font and stay as typed, and so
 *  are Latin-1 letters of a run hinted East Asian (`eastAsian`). */
function fromSymbolFont(typed: string, font: string, ctx: Ctx, eastAsian = false): string {
  let out = '';
  for (const ch of typed) {
    const code = ch.codePointAt(0)!;
    const latin = (code <= 0xff && !(eastAsian && code >= 0xa0)) || (code >= 0xf000 && code <= 0xf0ff);
    if (!latin || /\s/.test(ch)) {
      out += ch;
      continue;
    }
    const twin = symbolChar(font, code);
    if (twin) out += twin;
    else symbol(ctx, font, code.toString(16).toUpperCase());
  }
  return out;
}

const PRIVATE_USE = /[\uE000-\uF8FF\u{F0000}-\u{10FFFD}]/u;

/** w:fldChar / w:instrText: opens, switches to its result, or closes a complex field. Returns the
 *  text an EQ field shows, which Word keeps in no result. */
function fieldChar(c: XNode, ctx: Ctx): string | undefined {
  const top = ctx.fields[ctx.fields.length - 1];
  if (c.name === 'w:instrText') {
    if (top && !top.result) top.instr += textOf(c);
    return;
  }
  if (ctx.unfollowed) return;
  const type = attr(c, 'w:fldCharType');
  if (type === 'begin') ctx.fields.push({ instr: '', result: false, shown: '', form: formOf(child(c, 'w:ffData')) });
  else if (type === 'separate' && top) {
    top.result = true;
    top.kind = fieldKind(top.instr);
  } else if (type === 'end' && top) {
    ctx.fields.pop();
    top.kind ??= fieldKind(top.instr);
    fieldNote(ctx, top.kind, top.instr, top.shown);
    // A nested field's result is also its outer field's shown text.
    const outer = ctx.fields[ctx.fields.length - 1];
    if (outer?.result) outer.shown += top.shown;
    if (!top.result && top.form && visible(ctx)) {
      if (outer?.result) outer.shown += top.form;
      return top.form;
    }
    if (!top.result && fieldName(top.instr) === 'SYMBOL' && visible(ctx)) {
      const text = symbolField(top.instr, ctx);
      if (outer?.result) outer.shown += text;
      return text;
    }
    if (!top.result && BUTTONS.has(fieldName(top.instr)) && visible(ctx)) {
      const text = macroText(top.instr, ctx);
      if (outer?.result) outer.shown += text;
      return text;
    }
    if (!top.result && fieldName(top.instr) === 'EQ' && visible(ctx)) {
      const { text } = eqText(top.instr);
      mark(ctx, { code: 'JB143', what: text, input: top.instr.trim() });
      if (outer?.result) outer.shown += text;
      return text;
    }
  }
  return undefined;
}

/** The character a SYMBOL field names (`SYMBOL 177 \\f "Symbol"`, `SYMBOL 0x2605 \\u`), for a
 *  field saved without its result: a symbol font's code is its Unicode twin, or noted (JB194). */
function symbolField(instr: string, ctx: Ctx): string {
  const m = /^\s*SYMBOL\s+(0x[0-9a-f]+|\d+)/i.exec(instr);
  if (!m) return '';
  const code = Number(m[1]);
  const font = /\\f\s+(?:"([^"]*)"|(\S+))/i.exec(instr);
  const face = (font?.[1] ?? font?.[2] ?? '').trim();
  if (isSymbolFont(face)) {
    const twin = symbolChar(face, code);
    if (!twin) symbol(ctx, face, code.toString(16).toUpperCase());
    return twin ?? '';
  }
  return code > 0x1f && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/** Fields that show words from their own code: MACROBUTTON name words, GOTOBUTTON place words. */
const BUTTONS = new Set(['MACROBUTTON', 'GOTOBUTTON']);

/** What a MACROBUTTON or GOTOBUTTON field shows: the words after its macro's name or its place, in
 *  its code (a template's prompt, a box clicked to tick); written, and noted (JB136), as it is
 *  mostly a prompt. */
function macroText(instr: string, ctx: Ctx): string {
  const text = instr.replace(/^\s*[A-Za-z]+\s+\S+\s?/, '').trim();
  if (text) mark(ctx, { code: 'JB136', what: fieldName(instr), input: text });
  return text;
}

/** What an old form field (w:ffData of a FORMCHECKBOX or FORMDROPDOWN) shows. */
function formOf(ff: XNode | undefined): string | undefined {
  const box = child(ff, 'w:checkBox');
  const list = child(ff, 'w:ddList');
  const checked = child(box, 'w:checked');
  return formShown(
    box && { checked: checked ? (attr(checked, 'w:val') ?? null) : undefined, default: val(box, 'w:default') },
    list && kids(list, 'w:listEntry').map((e) => attr(e, 'w:val') ?? ''),
    val(list, 'w:result') ?? val(list, 'w:default'),
  );
}

function fieldNote(ctx: Ctx, kind: OpenField['kind'], instr: string, shown: string): void {
  if (kind === 'toc') mark(ctx, { code: 'JB199', what: 'toc', input: shown.trim() });
  else if (kind === 'snapshot' && shown.trim() !== '') mark(ctx, { code: 'JB197', what: fieldName(instr), input: shown.trim() });
  // No result kept: Word works the page number or date out as it draws the page.
  else if (kind === 'snapshot') mark(ctx, { code: 'JB135', what: fieldName(instr), input: instr.trim() });
}

/** A picture, a shape, a chart: the pictures and text boxes in it; what is neither is noted. */
function drawingPieces(c: XNode, ctx: Ctx): Piece[] {
  // A text box's content (paragraphs, tables, controls) is text the editor sees: kept, after the
  // paragraph holding it. A box inside a box is read with the paragraph holding it, so only once.
  const all = descendants(c, 'w:txbxContent');
  const within = (x: XNode) => all.some((b) => descendants(b, x.name ?? '').includes(x));
  const boxes = all.filter((b) => !within(b));
  // A picture inside a box (a photo framed with its caption) is read with the box's content, not twice.
  const out: Piece[] = boxes.length ? imagePieces(c, ctx, boxes) : imagePieces(c, ctx);
  // Old-style WordArt keeps its words in an attribute: they are text too.
  for (const t of descendants(c, 'v:textpath')) {
    const words = attr(t, 'string');
    if (words && !within(t)) boxes.push({ type: 'tag', name: 'w:txbxContent', attribs: {}, children: [wordArtParagraph(words)] });
  }
  if (boxes.length) out.push({ box: boxes, at: boxPosition(c) });
  const charts = descendants(c, 'c:chart');
  const smartArts = descendants(c, 'dgm:relIds');
  const chart = charts.length > 0;
  const smartArt = smartArts.length > 0;
  // Their words are in parts of their own: quoted, as they are left out.
  const words = (els: XNode[], id: string) =>
    els
      .map((x) => partWords(ctx, attr(x, id)))
      .join(' ')
      .trim();
  if (chart) mark(ctx, { code: 'JB198', what: 'chart', input: words(charts, 'r:id') });
  if (smartArt) mark(ctx, { code: 'JB198', what: 'smartart', input: words(smartArts, 'r:dm') });
  if (!out.length && !chart && !smartArt) mark(ctx, { code: 'JB198', what: 'shape', input: '' });
  return out;
}

/** The words of the part a relationship names (a chart's title and categories, a SmartArt's
 *  boxes), each text run apart by a space. */
function partWords(ctx: Ctx, id: string | undefined): string {
  const rel = id ? ctx.rels.get(id) : undefined;
  const xml = rel && !rel.external ? ctx.pkg.text(rel.target) : undefined;
  if (!xml) return '';
  const part = parseXml(xml);
  const categories = descendants(part, 'c:cat').flatMap((cat) => descendants(cat, 'c:v'));
  // Each series repeats the categories: each word once.
  return [...new Set([...descendants(part, 'a:t'), ...categories].map(textOf).filter((t) => t.trim() !== ''))].join(' ');
}

const wordArtParagraph = (words: string): XNode => ({
  type: 'tag',
  name: 'w:p',
  attribs: {},
  children: [
    {
      type: 'tag',
      name: 'w:r',
      attribs: {},
      children: [{ type: 'tag', name: 'w:t', attribs: {}, children: [{ type: 'text', data: words }] }],
    },
  ],
});

/** The namespaces whose markup in an mc:Choice this reader follows (shapes, groups, canvases,
 *  Word 2010/2013 additions, ink handled below). */
const UNDERSTOOD = new Set(['wps', 'wpg', 'wpc', 'wpi', 'wp14', 'w14', 'w15', 'a14', 'v', 'o', 'm', 'mc', 'w', 'a', 'pic', 'c', 'dgm']);

/** mc:AlternateContent holds the same thing twice (new markup, fallback): exactly one is read.
 *  Ink (a contentPart) is only strokes in a part of its own: its fallback picture is read instead. */
function alternative(c: XNode, ctx?: Ctx): XNode | undefined {
  // A Choice is for readers that know every namespace it requires (w16se:symEx, an emoji as a
  // font and a code, is not read: its Fallback holds the character itself).
  const choices = kids(c, 'mc:Choice');
  const fallback = child(c, 'mc:Fallback');
  const choice =
    choices.find((x) => (attr(x, 'Requires') ?? '').split(/\s+/).every((ns) => ns === '' || UNDERSTOOD.has(ns))) ??
    (fallback ? undefined : choices[0]);
  const inked = choices.some((x) => elementsIn(x).some((e) => localName(e) === 'contentPart'));
  if (inked && ctx) ink(ctx, fallback !== undefined && contentOf(fallback).pictures > 0);
  return inked && fallback ? fallback : (choice ?? fallback);
}

/** Runs of a paragraph in order, descending into hyperlinks, fields, content controls, insertions. */
function paragraphPieces(el: XNode, base: RunLook, ctx: Ctx): Piece[] {
  const out: Piece[] = [];
  for (const c of kids(el)) {
    if (c.name === 'w:r') out.push(...runPieces(c, base, ctx));
    else if (c.name === 'w:del' || c.name === 'w:moveFrom') ctx.flags.tracked = (ctx.flags.tracked ?? 0) + 1;
    else if (c.name === 'w:pPr' || c.name === 'w:rPr' || c.name === 'w:rt') continue;
    else if (showsPlaceholder(c)) {
      if (visible(ctx)) placeholderNote(c, ctx);
    } else if (c.name === 'm:oMath' || c.name === 'm:oMathPara') {
      if (visible(ctx)) mark(ctx, { code: 'JB198', what: 'equation', input: descendants(c, 'm:t').map(textOf).join('') });
    } else if (c.name === 'mc:AlternateContent') {
      const choice = alternative(c, ctx);
      if (choice) out.push(...paragraphPieces(choice, base, ctx));
    } else if (c.name === 'w:subDoc') {
      if (visible(ctx)) subDocNote(c, ctx);
    } else if (c.name === 'w:fldSimple') {
      const instr = attr(c, 'w:instr') ?? '';
      const kind = fieldKind(instr);
      const pieces = kind === 'toc' ? [] : paragraphPieces(c, base, ctx);
      if (fieldName(instr) === 'SYMBOL' && pieces.length === 0 && visible(ctx)) pieces.push({ text: symbolField(instr, ctx), look: base });
      if (BUTTONS.has(fieldName(instr)) && pieces.length === 0 && visible(ctx)) pieces.push({ text: macroText(instr, ctx), look: base });
      if (visible(ctx))
        fieldNote(
          ctx,
          kind,
          instr,
          kind === 'toc' ? descendants(c, 'w:t').map(textOf).join('') : pieces.map((x) => ('text' in x ? x.text : '')).join(''),
        );
      out.push(...pieces);
    } else if (PARAGRAPH_WRAPPERS.has(c.name ?? '')) {
      if (c.name === 'w:ins' || c.name === 'w:moveTo') ctx.flags.tracked = (ctx.flags.tracked ?? 0) + 1;
      out.push(...paragraphPieces(c, base, ctx));
    } else if (!PARAGRAPH_QUIET.test(c.name ?? '')) out.push(...unknownPieces(c, ctx, () => paragraphPieces(c, base, ctx)));
  }
  return out;
}

function spansOf(pieces: { text: string; look: RunLook }[]): Span[] {
  const spans: Span[] = [];
  for (const p of pieces) {
    const bold = Boolean(p.look.bold);
    const last = spans[spans.length - 1];
    if (last && last.bold === bold) last.text += p.text;
    else spans.push({ text: p.text, bold });
  }
  return spans;
}

/** Leading and trailing layout space removed from the spans, as from the text. */
function trimSpans(spans: Span[]): Span[] {
  const out = spans.map((s) => ({ ...s }));
  while (out.length && trimLayout(out[0].text) === '') out.shift();
  while (out.length && trimLayout(out[out.length - 1].text) === '') out.pop();
  if (out.length) {
    out[0].text = out[0].text.replace(/^[\s\u3000]+/, '');
    out[out.length - 1].text = out[out.length - 1].text.replace(/[\s\u3000]+$/, '');
  }
  return out;
}

function readParagraph(p: XNode, ctx: Ctx, kind: 'text' | 'footnote' = 'text'): Unit[] {
  const pPr = child(p, 'w:pPr');
  const style = ctx.styles.get(val(pPr, 'w:pStyle')) ?? ctx.styles.normal;
  const base = mergeLook(ctx.styles.defaults, style ?? {});
  const label = labelOf(p, ctx);
  const pieces = paragraphPieces(p, base, ctx);
  quoteDateBlocks(ctx, pieces);
  const jc = val(pPr, 'w:jc') ?? style?.jc;
  const level = headingLevel(style);
  const outline = val(pPr, 'w:outlineLvl');
  const units: Unit[] = [];
  let line: { text: string; look: RunLook }[] = label ? [{ text: label, look: base }] : [];
  let soft = false;
  let counted = false;
  const boxes: { box: XNode; at?: BoxPosition }[] = [];
  const flush = () => {
    const text = trimLayout(line.map((x) => x.text).join(''));
    if (text !== '') {
      if (!counted) ctx.no++;
      counted = true;
      const sized = line.filter((x) => trimLayout(x.text) !== '');
      units.push({
        no: ctx.no,
        kind,
        text,
        spans: trimSpans(spansOf(line)),
        styleLevel: outline !== undefined && Number(outline) < 9 ? Number(outline) + 1 : level,
        styleName: style && style.name !== ctx.styles.normal?.name ? style.name : undefined,
        captionStyle: Boolean(style && /caption|题注/.test(style.name)),
        centered: jc === 'center',
        right: jc === 'right' || jc === 'end',
        size: Math.max(0, ...sized.map((x) => x.look.size ?? 0)) || undefined,
        font: sized[0]?.look.font,
        soft,
      });
    }
    line = [];
  };
  for (const piece of pieces) {
    if ('br' in piece) {
      flush();
      soft = !piece.page;
    } else if ('box' in piece) {
      boxes.push(...piece.box.map((box) => ({ box, at: piece.at })));
    } else if ('image' in piece) {
      flush();
      const bytes = ctx.pkg.bytes(piece.image);
      if (!counted) ctx.no++;
      counted = true;
      if (bytes)
        units.push({ no: ctx.no, kind: 'photo', text: '', image: { bytes, ext: path.posix.extname(piece.image).slice(1).toLowerCase() } });
    } else if ('linked' in piece) {
      if (!counted) ctx.no++;
      counted = true;
      (ctx.flags.linkedImages ??= []).push(ctx.no);
    } else line.push(piece);
  }
  flush();
  if (ctx.pending.length) {
    // Something left out or changed is in this paragraph even when nothing else of it is printed.
    if (!counted && ctx.pending.some((m) => m.code !== 'JB199')) {
      ctx.no++;
      counted = true;
    }
    settle(ctx, counted ? ctx.no : ctx.no + 1);
  }
  if (boxes.length) {
    if (!counted) ctx.no++;
    (ctx.flags.textBoxes ??= []).push(ctx.no);
    // Boxes anchored in one paragraph side by side: in column order.
    for (const b of inColumns(boxes, (x) => x.at)) units.push(...readBlocks(b.box, ctx));
  }
  return units;
}

/** The number or bullet Word prints before a paragraph (`一、` `1.` `●`), '' when none. */
function labelOf(p: XNode, ctx: Ctx): string {
  const pPr = child(p, 'w:pPr');
  const style = ctx.styles.get(val(pPr, 'w:pStyle')) ?? ctx.styles.normal;
  // The paragraph may set only the level of the list its style numbers it in.
  const direct = child(pPr, 'w:numPr');
  const level = val(direct, 'w:ilvl');
  const inherited = style?.num && level !== undefined ? { ...style.num, ilvl: Number(level) } : style?.num;
  const num = numOf(direct) ?? inherited;
  const numbered = num && num.id !== '0' ? ctx.numbering.next(num.id, num.ilvl) : '';
  if (typeof numbered === 'string') return numbered;
  if ('unknownFormat' in numbered) {
    mark(ctx, { code: 'JB142', what: numbered.unknownFormat, input: numbered.label });
    return numbered.label;
  }
  // A symbol font's bullet: its private code, or (in Wingdings, Symbol) a Latin letter standing for a picture.
  const pictures = isSymbolFont(numbered.font);
  const chars = [...numbered.symbol].map((ch) => {
    const code = ch.codePointAt(0)!;
    return (code >= 0xe000 && code <= 0xf8ff) || (pictures && code <= 0xff && !/\s/.test(ch)) ? symbolChar(numbered.font ?? '', code) : ch;
  });
  if (chars.every((ch) => ch !== undefined)) return chars.join('');
  symbol(ctx, numbered.font ?? '', numbered.symbol);
  return '';
}

/** The branches of each mc:AlternateContent inside `el` that are not read (one branch is). */
const unchosen = (el: XNode): XNode[] =>
  descendants(el, 'mc:AlternateContent').flatMap((a) => {
    const chosen = alternative(a);
    return kids(a).filter((b) => b !== chosen);
  });

/** The paragraphs inside `el`, but not those inside any of `apart` or an unread branch. */
function paragraphsOf(el: XNode, apart: XNode[]): XNode[] {
  const skip = [...apart, ...unchosen(el)];
  return descendants(el, 'w:p').filter((p) => !skip.some((b) => descendants(b, 'w:p').includes(p)));
}

/** A box's paragraphs, also those in its tables and controls, but not those of a box inside it
 *  (read with the paragraph holding that box). */
const boxParagraphs = (box: XNode): XNode[] => paragraphsOf(box, descendants(box, 'w:txbxContent'));

/** A cell's text (its paragraphs and text boxes joined by spaces), the pictures in it, and how many
 *  grid columns it spans (a horizontally merged cell) or whether it continues a vertical merge. */
function readCell(tc: XNode, ctx: Ctx): { text: string; images: string[]; linked: number; span: number; merged: boolean } {
  const texts: string[] = [];
  const images: string[] = [];
  let linked = 0;
  const walk = (p: XNode) => {
    // A 序号 column numbered by Word: the numbers are in numbering.xml, not in the cell's runs.
    const label = labelOf(p, ctx);
    const pieces = paragraphPieces(p, ctx.styles.defaults, ctx);
    quoteDateBlocks(ctx, pieces);
    const t = trimLayout(label + pieces.map((x) => ('text' in x ? x.text : 'br' in x ? ' ' : '')).join(''));
    if (t) texts.push(t);
    for (const x of pieces) {
      if ('image' in x) images.push(x.image);
      if ('linked' in x) linked++;
      if ('box' in x) x.box.forEach((b) => boxParagraphs(b).forEach(walk));
    }
  };
  // Paragraphs of a text box are read with their box; those of a control showing its placeholder
  // are not the author's text.
  const placeholders = descendants(tc, 'w:sdt').filter(showsPlaceholder);
  for (const sdt of placeholders) placeholderNote(sdt, ctx);
  paragraphsOf(tc, [...descendants(tc, 'w:txbxContent'), ...placeholders]).forEach(walk);
  // A table in the cell: a bulletin table cell holds one line of text, so its words are run on.
  const nested = descendants(tc, 'w:tbl').length > 0;
  if (nested && texts.length) mark(ctx, { code: 'JB144', what: 'nested', input: texts.join(' ') });
  const span = spanOf(tc);
  return { text: texts.join(' '), images, linked, span, merged: span > 1 || child(child(tc, 'w:tcPr'), 'w:vMerge') !== undefined };
}

/** How many grid columns a cell spans (a horizontally merged cell spans more than one). */
const spanOf = (tc: XNode): number => Math.max(1, Math.min(63, Number(attr(child(child(tc, 'w:tcPr'), 'w:gridSpan'), 'w:val') ?? 1) || 1));

/** Rows of a table or cells of a row, also those inside content controls and custom XML, and
 *  inside an element jianbao does not know (noted, JB133). */
function within(el: XNode | undefined, name: string, ctx: Ctx): XNode[] {
  return kids(el).flatMap((c) => {
    if (c.name === name) return [c];
    if (c.name === 'w:sdt') return within(child(c, 'w:sdtContent'), name, ctx);
    if (c.name === 'w:customXml') return within(c, name, ctx);
    if (c.name === 'mc:AlternateContent') return within(alternative(c, ctx), name, ctx);
    if (TABLE_QUIET.test(c.name ?? '') || !hasContent(c)) return [];
    // What it wraps is read (and noted with the first row): its rows or cells, else it is read as
    // a cell (or a row of one cell) of its own.
    mark(ctx, { code: 'JB133', what: c.name ?? '', input: contentOf(c).text.trim() });
    const found = within(c, name, ctx);
    if (found.length) return found;
    const cell = tag('w:tc', descendants(c, 'w:p').length ? [c] : [tag('w:p', [c])]);
    return [name === 'w:tc' ? cell : tag('w:tr', [cell])];
  });
}

const tag = (name: string, children: XNode[]): XNode => ({ type: 'tag', name, attribs: {}, children });

/** Table and row markup that holds nothing printed. */
const TABLE_QUIET =
  /^w:(tblPr|tblGrid|tblPrEx|trPr|tcPr|bookmark(Start|End)|proofErr|perm(Start|End)|commentRange(Start|End)|customXmlPr)$/;

const hasContent = (c: XNode): boolean => {
  const { text, pictures } = contentOf(c);
  return text.trim() !== '' || pictures > 0;
};

function readTable(tbl: XNode, ctx: Ctx): Unit[] {
  const units: Unit[] = [];
  const rows = within(tbl, 'w:tr', ctx);
  const only = rows.length === 1 ? within(rows[0], 'w:tc', ctx) : [];
  if (only.length === 1 && hasContent(only[0])) {
    // One cell is a frame drawn around a title or a passage, not a table of data: its paragraphs
    // are read as paragraphs (a centered title in it stays the title), the border is noted.
    const framed = readBlocks(only[0], ctx);
    // Given to its first paragraph with text: a pending note would count an empty one.
    if (framed.length) (ctx.flags.marks ??= []).push({ code: 'JB072', what: 'frame', input: '', no: framed[0].no });
    return framed;
  }
  // A row that leaves grid columns empty before or after its cells is filled out to the table's
  // width with empty cells, so every row of the table has the same count and prints as a table.
  const gridOf = (tr: XNode, name: string) => Math.max(0, Math.min(63, Number(val(child(tr, 'w:trPr'), name) ?? 0) || 0));
  const read = rows.map((tr) => ({ tr, cells: within(tr, 'w:tc', ctx) }));
  const widthOf = (r: (typeof read)[number]) =>
    gridOf(r.tr, 'w:gridBefore') + r.cells.reduce((n, tc) => n + spanOf(tc), 0) + gridOf(r.tr, 'w:gridAfter');
  const width = Math.max(0, ...read.map(widthOf));
  let first = true;
  for (const { tr, cells: tcs } of read) {
    const cells = tcs.map((tc) => readCell(tc, ctx));
    if (cells.every((c) => c.text === '' && c.images.length === 0 && c.linked === 0)) {
      if (ctx.pending.some((m) => m.code !== 'JB199')) settle(ctx, ++ctx.no);
      continue;
    }
    ctx.no++;
    settle(ctx, ctx.no);
    // A merged cell is written as its text followed by the empty cells it covers, so every row
    // keeps the table's column count and the body still reads the rows as one table.
    const texts = [
      ...Array<string>(gridOf(tr, 'w:gridBefore')).fill(''),
      ...cells.flatMap((c) => [c.text, ...Array<string>(c.span - 1).fill('')]),
    ];
    while (texts.length < width) texts.push('');
    if (cells.some((c) => c.merged)) (ctx.flags.mergedCells ??= []).push(ctx.no);
    if (cells.some((c) => c.text !== '')) {
      units.push({
        no: ctx.no,
        kind: 'row',
        text: `| ${texts.join(' | ')} |`,
        cells: texts.length,
        ...(first ? { tableStart: true } : {}),
      });
      first = false;
    }
    // Pictures in a row (a photo grid) follow the row as photos of their own.
    for (const name of cells.flatMap((c) => c.images)) {
      const bytes = ctx.pkg.bytes(name);
      if (bytes)
        units.push({ no: ctx.no, kind: 'photo', text: '', image: { bytes, ext: path.posix.extname(name).slice(1).toLowerCase() } });
    }
    for (let i = 0; i < cells.reduce((n, c) => n + c.linked, 0); i++) (ctx.flags.linkedImages ??= []).push(ctx.no);
  }
  return units;
}

/** A paragraph whose mark is a tracked deletion: accepting it runs the paragraph on into the next. */
function markDeleted(p: XNode): boolean {
  const rPr = child(child(p, 'w:pPr'), 'w:rPr');
  return child(rPr, 'w:del') !== undefined || child(rPr, 'w:moveFrom') !== undefined;
}

/** A drop cap (首字下沉): Word keeps the enlarged first letter in a frame paragraph of its own,
 *  before the paragraph it begins. */
function dropCap(p: XNode): boolean {
  const kind = attr(child(child(p, 'w:pPr'), 'w:framePr'), 'w:dropCap');
  return kind === 'drop' || kind === 'margin';
}

/** A drop cap's runs without their w:position: the letter is lowered to sit in the lines, not a subscript. */
const unlowered = (p: XNode): XNode[] =>
  kids(p)
    .filter((k) => k.name !== 'w:pPr')
    .map((k) => {
      const rPr = k.name === 'w:r' ? child(k, 'w:rPr') : undefined;
      if (!rPr) return k;
      const plain = { ...rPr, children: kids(rPr).filter((x) => x.name !== 'w:position') };
      return { ...k, children: kids(k).map((x) => (x === rPr ? plain : x)) };
    });

/** The blocks with each paragraph whose mark was deleted joined to the paragraph after it, which
 *  keeps its own mark (properties), as Word does when the change is accepted; a drop cap is
 *  joined to its paragraph the same way. */
function joinParagraphs(blocks: XNode[], ctx: Ctx): XNode[] {
  const out: XNode[] = [];
  for (const c of blocks) {
    const last = out[out.length - 1];
    const deleted = last?.name === 'w:p' && markDeleted(last);
    if (c.name === 'w:p' && last?.name === 'w:p' && (deleted || dropCap(last))) {
      if (deleted) ctx.flags.tracked = (ctx.flags.tracked ?? 0) + 1;
      const content = (p: XNode) => kids(p).filter((k) => k.name !== 'w:pPr');
      const first = deleted ? content(last) : unlowered(last);
      out[out.length - 1] = { ...c, children: [...kids(c).filter((k) => k.name === 'w:pPr'), ...first, ...content(c)] };
    } else out.push(c);
  }
  return out;
}

function readBlocks(container: XNode | undefined, ctx: Ctx): Unit[] {
  const units: Unit[] = [];
  for (const c of boxesInColumns(joinParagraphs(kids(container), ctx))) {
    if (c.name === 'w:p') {
      const read = readParagraph(c, ctx);
      if (read.length && ctx.blank) read[0].afterBlank = true;
      ctx.blank = read.length === 0;
      units.push(...read);
    } else if (c.name === 'w:tbl') {
      ctx.blank = false;
      units.push(...readTable(c, ctx));
    } else if (c.name === 'w:sdt' && /table of contents/i.test(gallery(c))) {
      // Word's 目录: jianbao prints its own 本期要目, so the entries are not body text.
      const entries = descendants(c, 'w:t').map(textOf).join('');
      mark(ctx, { code: 'JB199', what: 'toc', input: entries.trim() });
      settle(ctx, ctx.no + 1);
    } else if (showsPlaceholder(c)) {
      placeholderNote(c, ctx);
      settle(ctx, ctx.no + 1);
    } else if (c.name === 'w:sdt') units.push(...readBlocks(child(c, 'w:sdtContent'), ctx));
    else if (c.name === 'w:customXml' || c.name === 'w:ins' || c.name === 'w:moveTo') units.push(...readBlocks(c, ctx));
    else if (c.name === 'mc:AlternateContent') units.push(...readBlocks(alternative(c, ctx), ctx));
    else if (c.name === 'm:oMathPara' || c.name === 'm:oMath') units.push(...readParagraph(tag('w:p', [c]), ctx));
    else if (c.name === 'w:subDoc') {
      subDocNote(c, ctx);
      settle(ctx, ++ctx.no);
    } else if (!BLOCK_QUIET.test(c.name ?? '') && c.name !== 'w:altChunk' && hasContent(c)) {
      // An element jianbao does not know: read as blocks when it holds paragraphs, else as one.
      mark(ctx, { code: 'JB133', what: c.name ?? '', input: contentOf(c).text.trim() });
      const blocks = descendants(c, 'w:p').length + descendants(c, 'w:tbl').length > 0;
      units.push(...(blocks ? readBlocks(c, ctx) : readParagraph(tag('w:p', [c]), ctx)));
    } else if (c.name === 'w:altChunk') {
      // A document pasted in as a whole (HTML, RTF, another .docx) that Word merges only when it opens.
      const rel = ctx.rels.get(attr(c, 'r:id') ?? '');
      mark(ctx, { code: 'JB198', what: 'altchunk', input: rel ? path.posix.basename(rel.target) : '' });
      settle(ctx, ++ctx.no);
    }
  }
  return units;
}

/** Body markup that holds nothing printed (deleted or moved-away text is counted where it is read). */
const BLOCK_QUIET =
  /^w:(sectPr|bookmark(Start|End)|proofErr|perm(Start|End)|commentRange(Start|End)|(moveFrom|moveTo)Range(Start|End)|customXml(Ins|Del|MoveFrom|MoveTo)Range(Start|End)|del|moveFrom)$/;

/** JB070 for a master document's link to a sub-document: Word shows the sub-document's words
 *  from another file, so nothing of it is in this package. Named by the file it links to. */
function subDocNote(c: XNode, ctx: Ctx): void {
  const target = ctx.rels.get(attr(c, 'r:id') ?? '')?.target ?? '';
  mark(ctx, { code: 'JB070', what: linkedFileName(target), input: '' });
}

/** A link's target as the author would recognise it: `file:///` dropped, %-escapes decoded. */
function linkedFileName(target: string): string {
  const bare = target.replace(/^file:\/*/i, '');
  try {
    return decodeURI(bare);
  } catch {
    return bare;
  }
}

/** A content control still showing its placeholder prompt (单击或点击此处输入文字。): Word shows the
 *  prompt greyed until the author types, and no one typed it. */
const showsPlaceholder = (c: XNode): boolean => c.name === 'w:sdt' && child(child(c, 'w:sdtPr'), 'w:showingPlcHdr') !== undefined;

/** JB149 for a control left out because it shows only its placeholder, quoting the prompt. */
function placeholderNote(sdt: XNode, ctx: Ctx): void {
  mark(ctx, { code: 'JB149', what: 'placeholder', input: descendants(child(sdt, 'w:sdtContent'), 'w:t').map(textOf).join('').trim() });
}

/** The content control's building-block gallery ("Table of Contents" for Word's 目录). */
const gallery = (sdt: XNode): string => attr(descendants(child(sdt, 'w:sdtPr'), 'w:docPartGallery')[0], 'w:val') ?? '';

function readNotes(name: string | undefined, tag: string, ctx: Ctx, prefix: string): Unit[] {
  const xml = name ? ctx.pkg.text(name) : undefined;
  if (!name || !xml) return [];
  const byId = new Map(
    kids(child(parseXml(xml), `w:${tag}s`), `w:${tag}`)
      .filter((n) => (attr(n, 'w:type') ?? 'normal') === 'normal')
      .map((n) => [attr(n, 'w:id') ?? '', n] as const),
  );
  // A note's pictures are named by the notes part's own relationships.
  const bodyRels = ctx.rels;
  ctx.rels = readRels(ctx.pkg.text(relsOf(name)), path.posix.dirname(name));
  const units: Unit[] = [];
  for (const [key, n] of ctx.footnoteOrder) {
    const [kind, id] = key.split('#');
    if (kind !== prefix) continue;
    const note = byId.get(id);
    if (!note) continue;
    const images: string[] = [];
    const lineOf = (p: XNode): string => {
      const pieces = paragraphPieces(p, ctx.styles.defaults, ctx);
      quoteDateBlocks(ctx, pieces);
      return trimLayout(
        pieces
          .map((x) => {
            if ('image' in x) images.push(x.image);
            if ('linked' in x) (ctx.flags.linkedImages ??= []).push(ctx.no);
            // A text box in a note: its words run on in the note, as they are all the note says.
            return 'text' in x ? x.text : 'box' in x ? ` ${x.box.flatMap(boxParagraphs).map(lineOf).join(' ')} ` : ' ';
          })
          .join(''),
      );
    };
    const text = paragraphsOf(note, descendants(note, 'w:txbxContent')).map(lineOf).filter(Boolean).join(' ');
    const shown = n > 0 ? `[${noteLabel(ctx.noteFormats, tag as NoteKind, n)}] ${text}`.trim() : text;
    // The bulletin's notes are text: a picture in one (a QR code, a small map) follows the notes.
    if (images.length) mark(ctx, { code: 'JB130', what: tag, input: shown });
    settle(ctx, ctx.no);
    if (n > 0 || text) units.push({ no: ctx.no, kind: 'footnote', text: shown });
    for (const image of images) {
      const bytes = ctx.pkg.bytes(image);
      if (bytes)
        units.push({ no: ctx.no, kind: 'photo', text: '', image: { bytes, ext: path.posix.extname(image).slice(1).toLowerCase() } });
    }
  }
  ctx.rels = bodyRels;
  return units;
}

/** A header's or footer's lines in order: each paragraph's words (a text box's paragraphs and a
 *  watermark's words lines of their own); a deleted or fallback copy is not read. */
function furnitureLines(n: XNode, lines: string[], line = { text: '' }): void {
  for (const c of kids(n)) {
    if (c.name === 'mc:Fallback' || c.name === 'w:del' || c.name === 'w:moveFrom') continue;
    if (c.name === 'w:t') line.text += textOf(c);
    else if (c.name === 'w:tab') line.text += ' ';
    else if (c.name === 'v:textpath') lines.push(attr(c, 'string') ?? '');
    else if (c.name === 'w:p') {
      const own = { text: '' };
      const at = lines.length;
      furnitureLines(c, lines, own);
      lines.splice(at, 0, own.text);
    } else if (c.type === 'tag') furnitureLines(c, lines, line);
  }
}

/** Only a page number and its decoration (第 1 页, — 1 —, Page 1 of 2): nothing the bulletin misses. */
const pageNumberOnly = (text: string) => /^[\s\d第页共\-—–－/／·.．、()（）]*$/.test(text.replace(/page|of/gi, ''));

/** Pictures in a header or footer part, each once (not a fallback copy, not a deleted one). */
const furniturePictures = (n: XNode): number =>
  kids(n).reduce(
    (sum, c) =>
      c.name === 'mc:Fallback' || c.name === 'w:del' || c.name === 'w:moveFrom'
        ? sum
        : sum + (c.name === 'a:blip' || c.name === 'v:imagedata' ? 1 : 0) + furniturePictures(c),
    0,
  );

/** The lines of every header and footer part, each different line once, ' / ' between them, and
 *  how many pictures (logos, picture watermarks) they hold. */
function furniture(rels: Rels, pkg: Package): { text?: string; pictures: number } {
  const texts = new Set<string>();
  let pictures = 0;
  for (const rel of rels.values()) {
    if (rel.external || !/\/(header|footer)$/.test(rel.type)) continue;
    const xml = pkg.text(rel.target);
    const lines: string[] = [];
    if (xml) {
      const part = parseXml(xml);
      furnitureLines(part, lines);
      pictures += furniturePictures(part);
    }
    for (const line of lines.map(trimLayout)) if (line && !pageNumberOnly(line)) texts.add(line);
  }
  return { text: texts.size ? [...texts].join(' / ') : undefined, pictures };
}

export interface DocxContent {
  units: Unit[];
  flags: SourceFlags;
}

export function readDocument(pkg: Package): DocxContent | null {
  const main = mainPart(pkg);
  const xml = pkg.text(main);
  if (!xml) return null;
  const root = child(parseXml(xml), 'w:document');
  const body = child(root, 'w:body');
  if (!body) return null;
  const rels = readRels(pkg.text(relsOf(main)), path.posix.dirname(main));
  // Without a relationship for it, a part is looked for where Word puts it (word/styles.xml).
  const partName = (type: string) => partOf(rels, type) ?? path.posix.join(path.posix.dirname(main), `${type}.xml`);
  const part = (type: string) => pkg.text(partName(type));
  const styles = readStyles(part('styles'));
  const noteFormats = readNoteFormats(part('settings'), kids(body, 'w:sectPr').at(-1));
  const start = (unfollowed: boolean): Ctx => ({
    styles,
    numbering: readNumbering(part('numbering')),
    rels,
    pkg,
    flags: {},
    footnoteOrder: new Map(),
    noteFormats,
    no: 0,
    fields: [],
    pending: [],
    given: new Set(),
    unfollowed,
  });
  let ctx = start(false);
  let units = readBlocks(body, ctx);
  if (ctx.fields.length) {
    // A field begun and never ended would hide all that follows it: read again without fields.
    ctx = start(true);
    units = readBlocks(body, ctx);
  }
  settle(ctx, ctx.no);
  const notes = [
    ...readNotes(partName('footnotes'), 'footnote', ctx, 'w:footnoteReference'),
    ...readNotes(partName('endnotes'), 'endnote', ctx, 'w:endnoteReference'),
  ];
  const noteCount = notes.filter((u) => u.kind === 'footnote').length;
  if (noteCount) ctx.flags.footnotes = noteCount;
  // Headers and footers are the department's page furniture, set by the bulletin's template instead.
  const pageFurniture = furniture(rels, pkg);
  ctx.flags.furniture = pageFurniture.text;
  // A page background picture (a v:fill) is the page's look as well.
  const background = child(root, 'w:background');
  const fills = descendants(background, 'v:fill').filter((f) => attr(f, 'r:id')).length + (background ? furniturePictures(background) : 0);
  if (pageFurniture.pictures + fills) ctx.flags.furniturePictures = pageFurniture.pictures + fills;
  const comments = part('comments');
  if (comments && !ctx.flags.comments) ctx.flags.comments = descendants(parseXml(comments), 'w:comment').length || undefined;
  return { units: [...units, ...notes], flags: ctx.flags };
}
