// Edits to the XML parts docx wrote, for what its API cannot say: fixed document dates, drawing
// ids that do not depend on how many documents this process made before, and mirrored margins.
// Each fix is a narrow textual edit of a part whose shape docx controls; each fails loudly if that
// shape changes, rather than silently writing a document that differs from the one we meant.

/** XML parts stay text until they are zipped, so a chain of edits decodes and encodes nothing. */
export type Parts = Record<string, string | Uint8Array>;

import { OVERFLOW_PUNCT } from './hanging-punctuation';

const decoder = new TextDecoder('utf-8', { fatal: true });

export function editPart(parts: Parts, name: string, edit: (xml: string) => string): void {
  const part = parts[name];
  if (part === undefined) throw new Error(`DOCX part ${name} is missing`);
  parts[name] = edit(typeof part === 'string' ? part : decoder.decode(part));
}

/** W3CDTF to the second, as Word writes it: 2022-04-30T00:00:00Z. */
export const w3cdtf = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** docx stamps created/modified with the clock; the issue's own date makes the bytes repeatable. */
export function fixCoreDates(parts: Parts, date: Date): void {
  editPart(parts, 'docProps/core.xml', (xml) => {
    let count = 0;
    const out = xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, (_m, open, _n, close) => {
      count++;
      return `${open}${w3cdtf(date)}${close}`;
    });
    if (count !== 2) throw new Error('docProps/core.xml: expected dcterms:created and dcterms:modified');
    return out;
  });
}

/**
 * docx numbers drawings (wp:docPr ids) from a counter shared by every document of the process, so
 * the second render of the same model would differ. Renumber 1, 2, … in part order; Word wants
 * them unique across the document, headers and footers included.
 */
export function renumberDrawings(parts: Parts, order: readonly string[]): void {
  let next = 1;
  for (const name of order) {
    if (!/^word\/[^/]+\.xml$/.test(name)) continue;
    editPart(parts, name, (xml) => xml.replace(/(<wp:docPr\b[^>]*?\bid=")\d+(")/g, (_m, a, b) => `${a}${next++}${b}`));
  }
}

/**
 * Settings children that the schema (CT_Settings) puts before w:mirrorMargins; Word rejects a
 * settings part whose children are out of order, so the new element goes right after these.
 */
const BEFORE_MIRROR_MARGINS = [
  'writeProtection',
  'view',
  'zoom',
  'removePersonalInformation',
  'removeDateAndTime',
  'doNotDisplayPageBoundaries',
  'displayBackgroundShape',
  'printPostScriptOverText',
  'printFractionalCharacterWidth',
  'printFormsData',
  'embedTrueTypeFonts',
  'embedSystemFonts',
  'saveSubsetFonts',
  'saveFormsData',
];

/** docx has no option for w:mirrorMargins (left = inside, right = outside on facing pages). */
export function addMirrorMargins(parts: Parts): void {
  editPart(parts, 'word/settings.xml', (xml) => {
    if (xml.includes('<w:mirrorMargins')) return xml;
    const root = /<w:settings\b[^>]*>/.exec(xml);
    if (!root) throw new Error('word/settings.xml: no w:settings element');
    let at = root.index + root[0].length;
    // These elements are all empty (self-closing) in what docx writes.
    const earlier = new RegExp(`^<w:(?:${BEFORE_MIRROR_MARGINS.join('|')})\\b[^>]*/>`);
    for (let m = earlier.exec(xml.slice(at)); m; m = earlier.exec(xml.slice(at))) at += m[0].length;
    return `${xml.slice(0, at)}<w:mirrorMargins/>${xml.slice(at)}`;
  });
}

/**
 * The document defaults' paragraph properties, which docx cannot write in full: widow and orphan
 * control as the PDF keeps it (absent, Word leaves single lines at page ends), no automatic space
 * between Chinese and Latin text or digits (w:autoSpaceDE, w:autoSpaceDN, on by default in Word):
 * the PDF sets the characters as typed, and an added space would move line breaks; and
 * w:overflowPunct written on (hanging-punctuation.ts says why). Children in schema order (CT_PPrBase).
 */
export function writeParagraphDefaults(parts: Parts): void {
  editPart(parts, 'word/styles.xml', (xml) => {
    const defaults = /<w:pPrDefault>[\s\S]*?<\/w:pPrDefault>|<w:pPrDefault\/>/.exec(xml);
    if (!defaults) throw new Error('word/styles.xml: no w:pPrDefault');
    const pPr = `<w:widowControl/>${OVERFLOW_PUNCT}<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>`;
    return xml.replace(defaults[0], `<w:pPrDefault><w:pPr>${pPr}</w:pPr></w:pPrDefault>`);
  });
}

/**
 * Paragraph styles set off the text grid: their lines keep their own exact height (paragraph-level
 * w:snapToGrid off, which docx has no option for; LibreOffice rounds the line of a paragraph that
 * lacks it up to whole grid lines). Inserted before w:spacing, its successor in CT_PPrBase.
 */
export function keepStylesOffGrid(parts: Parts, styleIds: readonly string[]): void {
  editPart(parts, 'word/styles.xml', (xml) => {
    let out = xml;
    for (const id of styleIds) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>[\\s\\S]*?</w:style>`).exec(
        out,
      );
      if (!style || !style[0].includes('<w:spacing ')) throw new Error(`word/styles.xml: style ${id} has no w:spacing`);
      out = out.replace(style[0], style[0].replace('<w:spacing ', '<w:snapToGrid w:val="false"/><w:spacing '));
    }
    return out;
  });
}

/**
 * docx writes Word's built-in styles (Title, Heading 1–6 in blue, Caption, TOC 1–9, footnote
 * styles …) into every document. Those no part uses are dropped: the style pane then lists the
 * template's styles only, and none of them shares an id with a built-in one in another case
 * (title/Title). A Normal of the document's own (the body text) replaces docx's as it writes.
 */
export function pruneStyles(parts: Parts, ownIds: ReadonlySet<string>): void {
  const used = new Set<string>();
  for (const [name, part] of Object.entries(parts)) {
    if (name === 'word/styles.xml' || !/^word\/[^/]+\.xml$/.test(name)) continue;
    const xml = typeof part === 'string' ? part : decoder.decode(part);
    for (const m of xml.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/g)) used.add(m[1]);
  }
  editPart(parts, 'word/styles.xml', (xml) =>
    xml.replace(/<w:style\b[^>]*>[\s\S]*?<\/w:style>/g, (style) => {
      const id = /w:styleId="([^"]+)"/.exec(style)?.[1] ?? '';
      // A default style (Normal, the default table style) stays, as do ours and those in use.
      return / w:default="(?:1|true)"/.test(style) || ownIds.has(id) || used.has(id) ? style : '';
    }),
  );
}
