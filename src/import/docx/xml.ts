// A parsed XML part as plain element nodes (htmlparser2 in xmlMode keeps prefixes like `w:p`),
// with the few lookups the DOCX reader needs.
import { parseDocument } from 'htmlparser2';

export interface XNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: XNode[];
  data?: string;
}

// Namespaces → the prefixes the reader looks for, so a part written with other prefixes or in
// strict OOXML (http://purl.oclc.org/ooxml/…) reads the same as Word's usual transitional markup.
const OOXML = 'http://schemas.openxmlformats.org/';
const STRICT = 'http://purl.oclc.org/ooxml/';
// Each OOXML namespace as transitional Word writes it; strict OOXML drops the year from the path.
const OOXML_PREFIXES: ReadonlyArray<[path: string, prefix: string]> = [
  ['wordprocessingml/2006/main', 'w'],
  ['officeDocument/2006/relationships', 'r'],
  ['officeDocument/2006/math', 'm'],
  ['drawingml/2006/main', 'a'],
  ['drawingml/2006/wordprocessingDrawing', 'wp'],
  ['drawingml/2006/picture', 'pic'],
  ['drawingml/2006/chart', 'c'],
  ['drawingml/2006/diagram', 'dgm'],
];
const CANONICAL = new Map<string, string>([
  ...OOXML_PREFIXES.flatMap(([path, prefix]): Array<[string, string]> => [
    [OOXML + path, prefix],
    [STRICT + path.replace('/2006', ''), prefix],
  ]),
  [`${OOXML}markup-compatibility/2006`, 'mc'],
  ['http://schemas.microsoft.com/office/word/2010/wordprocessingShape', 'wps'],
  ['urn:schemas-microsoft-com:vml', 'v'],
  ['urn:schemas-microsoft-com:office:office', 'o'],
  [`${OOXML}package/2006/relationships`, ''],
]);

function renamed(name: string, scope: Map<string, string>, isAttr: boolean): string {
  const colon = name.indexOf(':');
  if (name.startsWith('xmlns') || (isAttr && colon < 0)) return name;
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  const uri = scope.get(prefix);
  const canon = uri === undefined ? undefined : CANONICAL.get(uri);
  if (canon === undefined || canon === prefix) return name;
  const local = colon < 0 ? name : name.slice(colon + 1);
  return canon ? `${canon}:${local}` : local;
}

function canonicalise(n: XNode, outer: Map<string, string>): void {
  let scope = outer;
  const attribs = n.attribs ?? {};
  for (const [k, v] of Object.entries(attribs)) {
    if (k !== 'xmlns' && !k.startsWith('xmlns:')) continue;
    if (scope === outer) scope = new Map(outer);
    scope.set(k === 'xmlns' ? '' : k.slice(6), v);
  }
  if (n.name !== undefined && isEl(n)) {
    n.name = renamed(n.name, scope, false);
    if (n.attribs) n.attribs = Object.fromEntries(Object.entries(attribs).map(([k, v]) => [renamed(k, scope, true), v]));
  }
  for (const c of n.children ?? []) canonicalise(c, scope);
}

export function parseXml(text: string): XNode {
  const doc = parseDocument(text, { xmlMode: true }) as unknown as XNode;
  canonicalise(doc, new Map());
  return doc;
}

/** A part's bytes as text: UTF-8, or UTF-16 when it starts with a byte-order mark. */
export function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

export const isEl = (n: XNode, name?: string): boolean =>
  (n.type === 'tag' || n.type === 'script' || n.type === 'style') && (name === undefined || n.name === name);

export const kids = (n: XNode | undefined, name?: string): XNode[] => (n?.children ?? []).filter((c) => isEl(c, name));

export const child = (n: XNode | undefined, name: string): XNode | undefined => kids(n, name)[0];

export const attr = (n: XNode | undefined, name: string): string | undefined => n?.attribs?.[name];

/** `w:val` of a child element, e.g. val(pPr, 'w:jc'). */
export const val = (n: XNode | undefined, name: string): string | undefined => attr(child(n, name), 'w:val');

/** Every descendant element named `name`, in document order. */
export function descendants(n: XNode | undefined, name: string): XNode[] {
  const out: XNode[] = [];
  const walk = (x: XNode) => {
    for (const c of x.children ?? []) {
      if (isEl(c, name)) out.push(c);
      walk(c);
    }
  };
  if (n) walk(n);
  return out;
}

/** Text content of character data children (w:t, w:delText, w:instrText). */
export const textOf = (n: XNode): string => (n.children ?? []).map((c) => (c.type === 'text' ? (c.data ?? '') : textOf(c))).join('');

/** A toggle property such as <w:b/> or <w:b w:val="0"/>: undefined when absent. */
export function toggle(rPr: XNode | undefined, name: string): boolean | undefined {
  const el = child(rPr, name);
  if (!el) return undefined;
  const v = attr(el, 'w:val');
  return v === undefined || !['0', 'false', 'off'].includes(v);
}
