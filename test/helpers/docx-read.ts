// Reads a DOCX back for tests: the XML parts by name, the binary parts, and the plain text of
// each body paragraph in order (w:t texts joined, w:tab as a tab, w:br as a newline; a text box's
// paragraphs before the paragraph anchoring it).
import { strFromU8, unzipSync } from 'fflate';

export interface DocxContents {
  /** Entry names in zip order. */
  names: string[];
  /** Every .xml and .rels part, decoded as UTF-8. */
  xml: Record<string, string>;
  /** Every part as bytes (images included). */
  bytes: Record<string, Uint8Array>;
  /** Plain text of each w:p of word/document.xml, in document order. */
  paragraphs: string[];
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

/**
 * The raw XML of each w:p element (w:pPr and w:p-prefixed names such as w:pStyle excluded). The
 * paragraphs of a text box (w:txbxContent: a floated photo with its caption, the 报尾) come
 * right before the paragraph that anchors the box, which is read without them.
 */
export function paragraphElements(xml: string): string[] {
  const boxes: string[][] = [];
  const flat = xml.replace(/<w:txbxContent>([\s\S]*?)<\/w:txbxContent>/g, (_m, inner: string) => {
    boxes.push(paragraphElements(inner));
    return `<w:txbxContent box="${boxes.length - 1}"/>`;
  });
  return [...flat.matchAll(/<w:p(?=[\s/>])[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].flatMap((m) => {
    const inside = [...m[0].matchAll(/<w:txbxContent box="(\d+)"\/>/g)].flatMap((b) => boxes[Number(b[1])]);
    return [...inside, m[0].replace(/<w:txbxContent box="\d+"\/>/g, '')];
  });
}

/** Text of one paragraph; tab stops defined in w:pPr are not tab characters, so pPr is dropped. */
export function paragraphText(paragraphXml: string): string {
  const content = paragraphXml.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/g, '');
  let text = '';
  for (const m of content.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\/>/g)) {
    text += m[1] !== undefined ? unescapeXml(m[1]) : m[2] === 'tab' ? '\t' : '\n';
  }
  return text;
}

export function readDocx(docx: Uint8Array): DocxContents {
  const bytes = unzipSync(docx);
  const names = Object.keys(bytes);
  const xml: Record<string, string> = {};
  for (const name of names) if (/\.(xml|rels)$/.test(name)) xml[name] = strFromU8(bytes[name]);
  const document = xml['word/document.xml'] ?? '';
  return { names, xml, bytes, paragraphs: paragraphElements(document).map(paragraphText) };
}
