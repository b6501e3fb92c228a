// The ids and names of the styles the DOCX defines. Names are Chinese, what an editor reads in
// Word's and WPS's style pane; ids are ASCII and unique ignoring case (Word compares ids so).
// The template's `body` style is Word's own Normal (正文 in a Chinese Word), so the style an
// editor types new paragraphs in is the body text, and no second, empty 正文 sits beside it.
// Names avoid the localized names of Word's built-in styles (标题, 标题 1, 题注, 目录 1, 正文文本),
// which a Chinese Word would take for the built-in style.
import type { DocumentModel } from '../../model/model';

/** Style id of the paragraph that draws a rule of the given rule style. */
export const ruleStyleId = (name: string): string => `rule-${name}`;

/** Style id of the centred paragraph that holds an image. */
export const IMAGE_STYLE_ID = 'jianbao-image';

/** Style id of the near-zero-height paragraph that anchors the 报尾 text box. */
export const BOTTOM_ANCHOR_STYLE_ID = 'jianbao-bottom-anchor';

/** The model's paragraph style that becomes Word's Normal. */
export const NORMAL_SOURCE = 'body';
export const NORMAL_ID = 'Normal';

/** Chinese names of the paragraph styles the bundled templates define. */
const PARAGRAPH_NAMES: Record<string, string> = {
  default: '模板默认',
  masthead: '报头',
  'masthead-number': '期号',
  'masthead-meta': '编印单位与日期',
  mark: '密级与保存标注',
  name: '报名',
  'issue-line': '期号行',
  band: '专版栏头',
  'toc-heading': '要目标题',
  'toc-item': '要目',
  'section-label': '栏目',
  title: '文章标题',
  subheading: '小标题',
  byline: '署名',
  source: '来源',
  caption: '图片说明',
  table: '表格文字',
  'section-heading': '简讯标题',
  'briefs-heading': '简讯标题',
  brief: '简讯',
  colophon: '版记',
  'page-number': '页码',
};

/** Chinese names of the rule styles the bundled templates define. */
const RULE_NAMES: Record<string, string> = {
  masthead: '报头线',
  toc: '要目线',
  band: '栏头线',
  'band-thin': '栏头细线',
  section: '栏目线',
  line: '分隔线',
  'colophon-outer': '版记首末线',
  'colophon-inner': '版记中间线',
};

const ASCII_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

/**
 * Style id of each model paragraph style: its own name where that is a plain ASCII name no other
 * style has in another case, else `style-N`; `body` is Normal.
 */
const idCache = new WeakMap<DocumentModel, Map<string, string>>();
export function paragraphStyleIds(model: DocumentModel): Map<string, string> {
  const cached = idCache.get(model);
  if (cached) return cached;
  const taken = new Set(
    [NORMAL_ID, 'TableNormal', IMAGE_STYLE_ID, BOTTOM_ANCHOR_STYLE_ID, ...Object.keys(model.ruleStyles).map(ruleStyleId)].map((id) =>
      id.toLowerCase(),
    ),
  );
  const ids = new Map<string, string>();
  let n = 0;
  for (const name of Object.keys(model.paragraphStyles)) {
    let id = name === NORMAL_SOURCE ? NORMAL_ID : name;
    if (name !== NORMAL_SOURCE) {
      if (!ASCII_ID.test(id) || taken.has(id.toLowerCase())) {
        do id = `style-${++n}`;
        while (taken.has(id.toLowerCase()));
      }
      taken.add(id.toLowerCase());
    }
    ids.set(name, id);
  }
  idCache.set(model, ids);
  return ids;
}

/** The style id a paragraph of model style `name` points at. */
export function paragraphStyleId(model: DocumentModel, name: string): string {
  return paragraphStyleIds(model).get(name) ?? name;
}

/** The name Word and WPS show for a model paragraph style. */
export function paragraphStyleName(name: string): string {
  if (name === NORMAL_SOURCE) return NORMAL_ID;
  // A template's own Chinese style name is already what the editor calls it.
  return PARAGRAPH_NAMES[name] ?? (ASCII_ID.test(name) ? `简报样式 ${name}` : name);
}

export function ruleStyleName(name: string): string {
  return RULE_NAMES[name] ?? `线条 ${name}`;
}

export const IMAGE_STYLE_NAME = '图片';
export const BOTTOM_ANCHOR_STYLE_NAME = '版记位置';

/**
 * Outline level (0 = level 1) of a model paragraph style, so Word's navigation pane and a TOC field
 * find titles and headings: the 本期要目 and 简讯 headings and the sections of a feature page at
 * level 1, article titles under a section when the document has sections, subheadings below them.
 */
export function outlineLevel(model: DocumentModel, name: string): number | undefined {
  const sections = model.blocks.some((b) => b.kind === 'paragraph' && b.style === 'section-label');
  const title = sections ? 1 : 0;
  switch (name) {
    case 'toc-heading':
    case 'section-heading':
    case 'briefs-heading':
    case 'section-label':
      return 0;
    case 'title':
      return title;
    case 'subheading':
      return title + 1;
    default:
      return undefined;
  }
}
