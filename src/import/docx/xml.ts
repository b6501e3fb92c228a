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

export function parseXml(text: string): XNode {
  return parseDocument(text, { xmlMode: true }) as unknown as XNode;
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
