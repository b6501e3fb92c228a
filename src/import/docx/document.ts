// word/document.xml (+ relationships, styles, numbering, footnotes, comments) → units. Tracked
// insertions are read as accepted, deletions skipped; field codes and comment anchors skipped.
import path from 'node:path';
import { trimLayout, type SourceFlags, type Span, type Unit } from '../intake/units';
import { readNumbering, type Numbering } from './numbering';
import { headingLevel, mergeLook, numOf, readStyles, runLook, type RunLook, type Styles } from './styles';
import { attr, child, descendants, kids, parseXml, textOf, val, type XNode } from './xml';

interface Package {
  text(name: string): string | undefined;
  bytes(name: string): Uint8Array | undefined;
}

interface Ctx {
  styles: Styles;
  numbering: Numbering;
  rels: Map<string, { target: string; external: boolean }>;
  pkg: Package;
  flags: SourceFlags;
  footnoteOrder: Map<string, number>;
  no: number;
}

/** A run of characters or a line break, with its look. */
type Piece = { text: string; look: RunLook } | { br: true; page: boolean } | { image: string } | { linked: true } | { box: XNode[] };

function readRels(xml: string | undefined): Ctx['rels'] {
  const rels = new Map<string, { target: string; external: boolean }>();
  if (!xml) return rels;
  for (const r of kids(child(parseXml(xml), 'Relationships'), 'Relationship')) {
    const target = attr(r, 'Target') ?? '';
    const external = attr(r, 'TargetMode') === 'External';
    rels.set(attr(r, 'Id') ?? '', {
      target: external ? target : path.posix.normalize(target.startsWith('/') ? target.slice(1) : `word/${target}`),
      external,
    });
  }
  return rels;
}

function imagePieces(el: XNode, ctx: Ctx): Piece[] {
  const ids = [
    ...descendants(el, 'a:blip').map((b) => attr(b, 'r:embed') ?? attr(b, 'r:link')),
    ...descendants(el, 'v:imagedata').map((b) => attr(b, 'r:id')),
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
    // Word neither shows nor prints hidden text: importing it would print what nobody saw.
    const text = kids(r, 'w:t').map(textOf).join('');
    if (text.trim() !== '') {
      const h = (ctx.flags.hidden ??= { count: 0, first: text });
      h.count++;
    }
    return out;
  }
  for (const c of kids(r)) {
    switch (c.name) {
      case 'w:t':
        out.push({ text: textOf(c), look });
        break;
      case 'w:tab':
      case 'w:ptab':
        out.push({ text: ' ', look });
        break;
      case 'w:noBreakHyphen':
        out.push({ text: '-', look });
        break;
      case 'w:sym': {
        // Insert → Symbol: a Unicode character is text (℃, №); one of a symbol font's private
        // codes (U+F000–F0FF: Wingdings, Symbol) has no glyph in any bulletin font.
        const code = parseInt(attr(c, 'w:char') ?? '', 16);
        const font = attr(c, 'w:font') ?? '';
        if (Number.isInteger(code) && code > 0x1f && (code < 0xe000 || code > 0xf8ff) && code <= 0x10ffff)
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
        if (!ctx.footnoteOrder.has(key)) ctx.footnoteOrder.set(key, ctx.footnoteOrder.size + 1);
        out.push({ text: `[${ctx.footnoteOrder.get(key)}]`, look: { ...look, bold: false } });
        break;
      }
      case 'w:drawing':
      case 'w:pict':
      case 'w:object': {
        out.push(...imagePieces(c, ctx));
        // A text box's paragraphs are text the editor sees: kept, after the paragraph holding it.
        const boxes = descendants(c, 'w:txbxContent');
        if (boxes.length) out.push({ box: boxes.flatMap((b) => kids(b, 'w:p')) });
        break;
      }
      case 'mc:AlternateContent': {
        // Word writes a shape twice (new and fallback markup); read one of them.
        const choice = child(c, 'mc:Choice') ?? child(c, 'mc:Fallback');
        if (choice) out.push(...runPieces({ ...r, children: choice.children }, base, ctx));
        break;
      }
      case 'w:ruby':
        for (const base_ of kids(child(c, 'w:rubyBase'), 'w:r')) out.push(...runPieces(base_, look, ctx));
        break;
      case 'w:commentReference':
        ctx.flags.comments = (ctx.flags.comments ?? 0) + 1;
        break;
      default:
        break; // w:rPr, w:delText, w:instrText, w:fldChar, w:lastRenderedPageBreak: not printed text
    }
  }
  return out;
}

/** Runs of a paragraph in order, descending into hyperlinks, fields, content controls, insertions. */
function paragraphPieces(el: XNode, base: RunLook, ctx: Ctx): Piece[] {
  const out: Piece[] = [];
  for (const c of kids(el)) {
    if (c.name === 'w:r') out.push(...runPieces(c, base, ctx));
    else if (c.name === 'w:del' || c.name === 'w:moveFrom') ctx.flags.tracked = (ctx.flags.tracked ?? 0) + 1;
    else if (c.name === 'w:pPr' || c.name === 'w:rPr' || c.name === 'w:rt') continue;
    else {
      if (c.name === 'w:ins' || c.name === 'w:moveTo') ctx.flags.tracked = (ctx.flags.tracked ?? 0) + 1;
      out.push(...paragraphPieces(c, base, ctx));
    }
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
  const num = numOf(child(pPr, 'w:numPr')) ?? style?.num;
  const numbered = num && num.id !== '0' ? ctx.numbering.next(num.id, num.ilvl) : '';
  if (typeof numbered !== 'string') symbol(ctx, numbered.font ?? '', numbered.symbol);
  const label = typeof numbered === 'string' ? numbered : '';
  const pieces = paragraphPieces(p, base, ctx);
  const jc = val(pPr, 'w:jc') ?? style?.jc;
  const level = headingLevel(style);
  const outline = val(pPr, 'w:outlineLvl');
  const units: Unit[] = [];
  let line: { text: string; look: RunLook }[] = label ? [{ text: label, look: base }] : [];
  let soft = false;
  let counted = false;
  const boxes: XNode[] = [];
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
        captionStyle: Boolean(style && /caption|题注/.test(style.name)),
        centered: jc === 'center',
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
      boxes.push(...piece.box);
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
  if (boxes.length) {
    if (!counted) ctx.no++;
    (ctx.flags.textBoxes ??= []).push(ctx.no);
    for (const b of boxes) units.push(...readParagraph(b, ctx));
  }
  return units;
}

/** A cell's text (its paragraphs and text boxes joined by spaces), the pictures in it, and how many
 *  grid columns it spans (a horizontally merged cell) or whether it continues a vertical merge. */
function readCell(tc: XNode, ctx: Ctx): { text: string; images: string[]; linked: number; span: number; merged: boolean } {
  const texts: string[] = [];
  const images: string[] = [];
  let linked = 0;
  const walk = (p: XNode) => {
    const pieces = paragraphPieces(p, ctx.styles.defaults, ctx);
    const t = trimLayout(pieces.map((x) => ('text' in x ? x.text : 'br' in x ? ' ' : '')).join(''));
    if (t) texts.push(t);
    for (const x of pieces) {
      if ('image' in x) images.push(x.image);
      if ('linked' in x) linked++;
      if ('box' in x) x.box.forEach(walk);
    }
  };
  descendants(tc, 'w:p')
    .filter((p) => !descendants(tc, 'w:txbxContent').some((b) => descendants(b, 'w:p').includes(p)))
    .forEach(walk);
  const tcPr = child(tc, 'w:tcPr');
  const span = Math.max(1, Math.min(63, Number(attr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1) || 1));
  return { text: texts.join(' '), images, linked, span, merged: span > 1 || child(tcPr, 'w:vMerge') !== undefined };
}

function readTable(tbl: XNode, ctx: Ctx): Unit[] {
  const units: Unit[] = [];
  for (const tr of kids(tbl, 'w:tr')) {
    const cells = kids(tr, 'w:tc').map((tc) => readCell(tc, ctx));
    if (cells.every((c) => c.text === '' && c.images.length === 0 && c.linked === 0)) continue;
    ctx.no++;
    // A merged cell is written as its text followed by the empty cells it covers, so every row
    // keeps the table's column count and the body still reads the rows as one table.
    const texts = cells.flatMap((c) => [c.text, ...Array<string>(c.span - 1).fill('')]);
    if (cells.some((c) => c.merged)) (ctx.flags.mergedCells ??= []).push(ctx.no);
    if (cells.some((c) => c.text !== '')) units.push({ no: ctx.no, kind: 'row', text: `| ${texts.join(' | ')} |`, cells: texts.length });
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

function readBlocks(container: XNode | undefined, ctx: Ctx): Unit[] {
  const units: Unit[] = [];
  for (const c of kids(container)) {
    if (c.name === 'w:p') units.push(...readParagraph(c, ctx));
    else if (c.name === 'w:tbl') units.push(...readTable(c, ctx));
    else if (c.name === 'w:sdt') units.push(...readBlocks(child(c, 'w:sdtContent'), ctx));
    else if (c.name === 'w:customXml' || c.name === 'w:ins' || c.name === 'w:moveTo') units.push(...readBlocks(c, ctx));
  }
  return units;
}

function readNotes(xml: string | undefined, tag: string, ctx: Ctx, prefix: string): Unit[] {
  if (!xml) return [];
  const byId = new Map(
    kids(child(parseXml(xml), `w:${tag}s`), `w:${tag}`)
      .filter((n) => !attr(n, 'w:type'))
      .map((n) => [attr(n, 'w:id') ?? '', n] as const),
  );
  const units: Unit[] = [];
  for (const [key, n] of ctx.footnoteOrder) {
    const [kind, id] = key.split('#');
    if (kind !== prefix) continue;
    const note = byId.get(id);
    if (!note) continue;
    const text = descendants(note, 'w:p')
      .map((p) =>
        trimLayout(
          paragraphPieces(p, ctx.styles.defaults, ctx)
            .map((x) => ('text' in x ? x.text : ' '))
            .join(''),
        ),
      )
      .filter(Boolean)
      .join(' ');
    units.push({ no: ctx.no, kind: 'footnote', text: `[${n}] ${text}`.trim() });
  }
  return units;
}

export interface DocxContent {
  units: Unit[];
  flags: SourceFlags;
}

export function readDocument(pkg: Package): DocxContent | null {
  const xml = pkg.text('word/document.xml');
  if (!xml) return null;
  const body = child(child(parseXml(xml), 'w:document'), 'w:body');
  if (!body) return null;
  const ctx: Ctx = {
    styles: readStyles(pkg.text('word/styles.xml')),
    numbering: readNumbering(pkg.text('word/numbering.xml')),
    rels: readRels(pkg.text('word/_rels/document.xml.rels')),
    pkg,
    flags: {},
    footnoteOrder: new Map(),
    no: 0,
  };
  const units = readBlocks(body, ctx);
  const notes = [
    ...readNotes(pkg.text('word/footnotes.xml'), 'footnote', ctx, 'w:footnoteReference'),
    ...readNotes(pkg.text('word/endnotes.xml'), 'endnote', ctx, 'w:endnoteReference'),
  ];
  if (notes.length) ctx.flags.footnotes = notes.length;
  const comments = pkg.text('word/comments.xml');
  if (comments && !ctx.flags.comments) ctx.flags.comments = descendants(parseXml(comments), 'w:comment').length || undefined;
  return { units: [...units, ...notes], flags: ctx.flags };
}
