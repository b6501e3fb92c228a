// The words of `jianbao import` and of the YAML it writes (the comments in an imported issue), in
// both languages; what an import note says lives with its code in diagnostics/codes.ts.
import { wordsOf } from './words';

export const iw = wordsOf({
  description: {
    zh: '把来稿（Word/WPS 文件、单篇文字稿、简讯页）或往期简报（纯文本或 Word/WPS 文件）导入为期刊 YAML',
    en: 'import contributions (Word/WPS files, single-article text, 简讯 pages) or back issues (plain text or Word/WPS files) as issue YAML',
  },
  files: { zh: '来稿文件（.docx .doc .wps .odt .rtf .txt .md）', en: 'contribution files (.docx .doc .wps .odt .rtf .txt .md)' },
  to: {
    zh: '把文章或简讯加入这一期的 YAML（其余内容原样保留），不另写文件',
    en: 'add the articles or briefs to this issue YAML (everything else kept as is) instead of writing new files',
  },
  out: { zh: '输出文件夹（默认与输入文件相同）', en: 'output folder (default: beside each input file)' },
  force: { zh: '覆盖已有的 YAML 文件', en: 'overwrite existing YAML files' },
  date: { zh: '原文没有日期时使用的出版日期 YYYY-MM-DD', en: 'issue date to use when the text has none (YYYY-MM-DD)' },
  importedIssue: {
    zh: '{file} → {target}：{articles} 篇文章，{briefs} 条简讯，{joins} 处接合，{notes} 处请核对',
    en: '{file} → {target}: {articles} articles, {briefs} briefs, {joins} joins, {notes} to check',
  },
  importedWordIssue: {
    zh: '{file} → {target}：整期，{articles} 篇文章，{briefs} 条简讯，{images} 张图片，{notes} 处请核对',
    en: '{file} → {target}: a whole issue, {articles} articles, {briefs} briefs, {images} photo(s), {notes} to check',
  },
  importFailedLine: { zh: '{file}：未导入（原因见下方）', en: '{file}: not imported (see below)' },
  importSummary: {
    zh: '共 {total} 个文件：整期 {issues}，单篇 {articles}，简讯 {briefs}，失败 {failed}，用时 {seconds} 秒',
    en: '{total} files: {issues} whole issue(s), {articles} article(s), {briefs} 简讯 page(s), {failed} failed, in {seconds} s',
  },
  importedArticle: {
    zh: '{file} → {target}：1 篇文章「{title}」，{images} 张图片，{notes} 处请核对',
    en: '{file} → {target}: 1 article "{title}", {images} photo(s), {notes} to check',
  },
  importedArticleAdded: {
    zh: '{file} → {target}：加入1 篇文章「{title}」，{images} 张图片，{notes} 处请核对',
    en: '{file} → {target}: 1 article added "{title}", {images} photo(s), {notes} to check',
  },
  joinedLines: { zh: '  接合 第 {line}→{to} 行：{at}', en: '  joined lines {line}→{to}: {at}' },
  briefsAdded: { zh: '{file} → {target}：加入 {count} 条简讯', en: '{file} → {target}: {count} briefs added' },
  articleAdded: {
    zh: '已把文章「{title}」加入 {issue}（{images} 张图片，{notes} 处请核对）',
    en: 'added the article "{title}" to {issue} ({images} photo(s), {notes} to check)',
  },
  /** What a line break in a title becomes in one line of text (Chinese runs on without a space). */
  titleLineJoin: { zh: '', en: ' ' },
  // The comments written into an imported issue.
  checkNote: { zh: '请核对', en: 'check' },
  checkNoteAtLine: { zh: '请核对（第 {line} 行）', en: 'check (line {line})' },
  joinComment: { zh: '# 第 {line}→{to} 行：分页断开处已接合 {at}', en: '# lines {line}→{to}: page break joined {at}' },
  issueHeader: {
    zh: '# 由 jianbao import 从 {source} 导入：{articles} 篇文章，{briefs} 条简讯，{joins} 处接合，{notes} 处请核对。',
    en: '# imported by jianbao import from {source}: {articles} articles, {briefs} briefs, {joins} joins, {notes} to check.',
  },
  articleHeader: {
    zh: '# 由 jianbao import 从 {source} 导入：1 篇文章，{notes} 处请核对。并入当期：jianbao add article 当期.yaml --from {source}',
    en: '# imported by jianbao import from {source}: 1 article, {notes} to check. To add it to an issue: jianbao add article ISSUE.yaml --from {source}',
  },
  setAsideComment: { zh: '原文（第 {no} 段，未写入）：', en: 'as typed (paragraph {no}, not written): ' },
  contributionPlaceholder: { zh: '  # 占位：稿件中没有，请填写', en: '  # placeholder: not in the contribution, fill in' },
});
