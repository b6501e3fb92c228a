// Reads back what a PDF says about itself for assertions: bookmarks with their pages, the tagged
// structure of each page, the document info and XMP (via pdfjs-dist in a child process, see
// pdf-structure-extract.mjs), and the header's version.
import path from 'node:path';
import { runPdfjs } from './pdfjs-child';

/** A node of pdfjs's structure tree: an element (role, children, alt) or a marked-content leaf. */
export interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
  type?: 'content' | 'object' | 'annotation';
  id?: string;
}

export interface Bookmark {
  title: string;
  /** 1-based page the bookmark opens. */
  page: number;
  items: Bookmark[];
}

export interface PdfStructure {
  outline: Bookmark[];
  /** Per page, the structure tree that page's content belongs to (null: untagged). */
  structure: Array<StructNode | null>;
  /** Per page, each marked-content sequence in drawing order: tag (null: text outside any), id
   * (what the structure tree's content leaves name; null for an Artifact) and its text. */
  marked: Array<Array<{ tag: string | null; id: string | null; text: string }>>;
  info: Record<string, unknown>;
  xmp: string | null;
  /** dc:title as pdfjs parses it from the XMP (null when the XMP does not parse). */
  xmpTitle: string | null;
}

export function readStructure(bytes: Buffer): PdfStructure {
  return runPdfjs<PdfStructure>(path.join(__dirname, 'pdf-structure-extract.mjs'), bytes);
}

/** `%PDF-1.7` → '1.7'. */
export const pdfVersion = (bytes: Buffer): string => /^%PDF-(\d\.\d)/.exec(bytes.subarray(0, 16).toString('latin1'))?.[1] ?? '';

/** Every element of a tree with the given role, depth first. */
export function elementsOf(node: StructNode | null, role: string): StructNode[] {
  if (!node) return [];
  const own = node.role === role ? [node] : [];
  return [...own, ...(node.children ?? []).flatMap((c) => elementsOf(c, role))];
}

/** The text of an element: its marked content's text, in order, over all pages. */
export function textOf(pdf: PdfStructure, node: StructNode): string {
  const byId = new Map(
    pdf.marked
      .flat()
      .filter((m) => m.id)
      .map((m) => [m.id, m.text]),
  );
  const walk = (n: StructNode): string => (n.type === 'content' ? (byId.get(n.id ?? '') ?? '') : (n.children ?? []).map(walk).join(''));
  return walk(node);
}
