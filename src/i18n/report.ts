// The words around diagnostics when they are printed as text: the summary, grouped warnings,
// the hint label (the diagnostics' own messages live in diagnostics/codes.ts).
import { wordsOf } from './words';

export const rw = wordsOf({
  summary: { zh: '{errors} 个错误，{warnings} 个警告', en: '{errors} error{errorsS}, {warnings} warning{warningsS}' },
  grouped: {
    zh: '（本文件共 {count} 处，位置 {at}{more}；加 --verbose 逐条显示）',
    en: ' ({count} in this file, at {at}{more}; --verbose lists each)',
  },
  groupedCount: { zh: '（本文件共 {count} 处；加 --verbose 逐条显示）', en: ' ({count} in this file; --verbose lists each)' },
  paragraphAt: { zh: '第 {no} 段', en: '¶{no}' },
  groupedMore: { zh: ' 等', en: ', …' },
  listSeparator: { zh: '、', en: ', ' },
  hidden: {
    zh: '{file}: …还有 {count} 个问题未显示（加 --verbose 查看全部）',
    en: '{file}: … {count} more problem(s) not shown (add --verbose to see all)',
  },
  hint: { zh: '提示', en: 'hint' },
});
