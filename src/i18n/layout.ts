// The words of `build --explain-layout` in both languages: why each PDF page ended where it did.
import type { Lang } from './lang';
import { wordsOf } from './words';

const WORDS = {
  line: { zh: '第 {page} 页  填满 {fill}  {why}{floated}', en: 'page {page}  filled {fill}  {why}{floated}' },
  floated: { zh: '；图片自第 {from} 页移来', en: '; a photo floated here from page {from}' },
  last: { zh: '末页', en: 'last page' },
  asked: { zh: '作者要求的分页', en: 'page break asked by the author' },
  full: { zh: '排满，正文接下页', en: 'full; the text continues overleaf' },
  keep: { zh: '下一块放不下：{what}需 {need}，本页只剩 {left}', en: 'the next block cannot fit: {what} needs {need}, {left} left' },
  photo: {
    zh: '图片（连图注）需 {need}，本页只剩 {left}，且不能移过本文结尾，在此分页',
    en: 'a photo with its caption needs {need}, {left} left, and cannot float past the end of its article',
  },
  heading: { zh: '标题连同其后正文', en: 'a heading with the text it keeps with' },
  paragraph: { zh: '段落开头（至少两行，不留寡行）', en: "a paragraph's first lines (two, leaving no widow)" },
  table: { zh: '表头连同第一行', en: "a table's header with its first row" },
  row: { zh: '表格的一行', en: 'a table row' },
  rule: { zh: '分隔线', en: 'a rule' },
  bottom: { zh: '报尾', en: 'the colophon' },
} satisfies Record<string, Record<Lang, string>>;

export const lw = wordsOf(WORDS);
