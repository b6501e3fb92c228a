// Owns writing the body's text and rule paragraphs as WordprocessingML directly. docx builds an
// object per paragraph, run, property and attribute and walks them to write XML: ~5 of a warm
// render's ~11 ms, for paragraphs that are a style, a few runs and their text. Each such
// paragraph enters docx's document as a one-element placeholder, and its XML, written here as
// docx writes it (same elements, attribute order and escaping), takes the placeholder's place in
// the finished document.xml. test/render/docx/paragraph-xml.test.ts compares whole packages
// with those docx writes itself (JIANBAO_DOCX_PARAGRAPHS=docx), byte for byte.
import { XmlComponent } from 'docx';
import type { DocumentModel, Inline, ParagraphBlock, RuleBlock } from '../../layout/model';
import { ruleStyleId } from './style-ids';
import { fontFamilies } from './styles';
import { hexColor } from './units';

/** Properties that the surrounding block sequence, not the block itself, decides. */
export interface Placement {
  pageBreakBefore?: boolean;
  /** Twips; only to tell apart two adjacent rules of one style (see paragraphs.ts). */
  indent?: { right: number };
}

const MARK = 'jianbao-paragraph';
const MARK_XML = `<${MARK}/>`;

/** Stands in docx's document for a paragraph written here; docx writes it as `<jianbao-paragraph/>`. */
export class WrittenParagraph extends XmlComponent {
  constructor() {
    super(MARK);
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
/** docx's escaping of text and attribute values: the five entities, C0 controls but tab and newlines dropped. */
const escape = (value: string) => value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');

function runXml(model: DocumentModel, inline: Inline): string {
  if (inline.kind === 'tab') return '<w:r><w:tab/></w:r>';
  if (inline.kind === 'break') return '<w:r><w:br/></w:r>';
  let props = '';
  if (inline.font) {
    const f = fontFamilies(model, inline.font);
    props += `<w:rFonts w:ascii="${escape(f.ascii)}" w:cs="${escape(f.cs)}" w:eastAsia="${escape(f.eastAsia)}" w:hAnsi="${escape(f.hAnsi)}"/>`;
  }
  if (inline.bold !== undefined) props += inline.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>';
  if (inline.color) props += `<w:color w:val="${escape(hexColor(inline.color))}"/>`;
  return `<w:r>${props && `<w:rPr>${props}</w:rPr>`}<w:t xml:space="preserve">${escape(inline.text)}</w:t></w:r>`;
}

function paragraphXml(style: string, at: Placement, content: string): string {
  const breakBefore = at.pageBreakBefore ? '<w:pageBreakBefore/>' : '';
  const indent = at.indent ? `<w:ind w:right="${at.indent.right}"/>` : '';
  return `<w:p><w:pPr><w:pStyle w:val="${escape(style)}"/>${breakBefore}${indent}</w:pPr>${content}</w:p>`;
}

export function textParagraphXml(model: DocumentModel, block: ParagraphBlock, at: Placement): string {
  return paragraphXml(block.style, at, block.inlines.map((inline) => runXml(model, inline)).join(''));
}

export function ruleParagraphXml(block: RuleBlock, at: Placement): string {
  return paragraphXml(ruleStyleId(block.style), at, '');
}

/**
 * document.xml with each placeholder replaced by its paragraph, in order; null when the
 * placeholders docx wrote do not match the paragraphs one for one (a docx release that writes
 * them otherwise), and the document must be built with docx's own paragraphs.
 */
export function fillParagraphs(xml: string, written: readonly string[]): string | null {
  const pieces = xml.split(MARK_XML);
  if (pieces.length !== written.length + 1) return null;
  let out = pieces[0];
  for (let i = 0; i < written.length; i++) out += written[i] + pieces[i + 1];
  return out;
}
