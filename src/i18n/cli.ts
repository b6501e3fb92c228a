// The CLI's own words: commands, options, what a command prints (diagnostic messages live in
// diagnostics/codes.ts).
import type { Lang } from './lang';
import { wordsOf } from './words';

const TEXT = {
  description: {
    zh: '简报排版工具：检查 YAML 期刊文件，生成 DOCX 与可付印的 PDF',
    en: 'bulletin composer: checks YAML issues, renders DOCX and print-ready PDF',
  },
  buildDescription: { zh: '生成 PDF 和 DOCX', en: 'render issues to PDF and DOCX' },
  checkDescription: { zh: '检查期刊文件，不生成输出', en: 'check issue files without rendering' },
  tocDescription: { zh: '输出本期要目', en: 'print the 本期要目 (table of contents)' },
  filesArg: { zh: '期刊 YAML 文件或文件夹', en: 'issue YAML files or folders' },
  outOption: { zh: '输出文件夹', en: 'output folder' },
  toOption: { zh: '输出格式：{formats}，可用逗号同时给出多种（{all}）', en: 'output formats: {list}, or several comma-separated ({all})' },
  watchToOption: {
    zh: '输出格式：{formats}，可用逗号同时给出多种（默认取系列设置 output.formats）',
    en: "formats: {list}, or several comma-separated (default: the config's output.formats)",
  },
  explainLayoutOption: { zh: '列出 PDF 每页的填满比例和在该处分页的原因', en: "list each PDF page's fill and why it ended there" },
  templateOption: { zh: '模板名称或模板文件夹', en: 'template name or folder' },
  formatOption: { zh: '诊断输出格式：text、json、github', en: 'diagnostics format: text, json, github' },
  tocFormatOption: { zh: '要目格式：text、markdown、json', en: 'TOC format: text, markdown, json' },
  langOption: { zh: '提示语言：zh 或 en', en: 'message language: zh or en' },
  encodingOption: {
    zh: '源文件编码：utf-8、gb18030（gbk、gb2312 亦可）、utf-16le、utf-16be',
    en: 'source encoding: utf-8, gb18030 (also gbk, gb2312), utf-16le, utf-16be',
  },
  cancelled: { zh: '已取消，未写入任何文件。', en: 'cancelled; nothing was written.' },
  internalError: {
    zh: 'jianbao 内部错误 JB900：{detail}\n这是 jianbao 的缺陷，请附上输入文件报告问题。',
    en: 'internal error JB900: {detail}\nThis is a bug in jianbao; please report it with the input file.',
  },
  verboseOption: { zh: '逐条显示全部问题（不合并同类警告，不限条数）', en: 'print every problem on its own (no grouping, no limit)' },
  buildFormatOption: {
    zh: '报告格式：text（默认）、json（一份 JSON 报告，列出每一期的结果）、github；json 和 github 时进度写到 stderr',
    en: 'report format: text (default), json (one JSON report listing each issue), github; with json or github the progress goes to stderr',
  },
  formatsGoInTo: {
    zh: '{command} 的输出格式用 --to 指定，例如 --to pdf',
    en: '{command} takes its output formats with --to, e.g. --to pdf',
  },
  fontsDescription: {
    zh: '显示每种字体角色使用的字体文件及其来源',
    en: 'show the font file each role resolves to, and where it came from',
  },
  jsonOption: { zh: '以 JSON 输出（同 --format json）', en: 'print JSON (the same as --format json)' },
  fontsFormatOption: { zh: '输出格式：text、json', en: 'output format: text, json' },
  wrote: { zh: '已生成 {path}', en: 'wrote {path}' },
  draftOption: {
    zh: '样稿：有占位文字也照常生成，每页页边标注“样稿”',
    en: 'draft: build even with placeholders left, every page marked 样稿 in the margin',
  },
  pdfaOption: { zh: 'PDF 按 PDF/A-2b 归档格式生成（长期保存用）', en: 'write the PDF as PDF/A-2b (for archiving)' },
  embedFontsOption: {
    zh: 'DOCX 嵌入字体（只含用到的字），在没有这些字体的电脑上也显示正确字形',
    en: 'embed the fonts in the DOCX (only the characters used), so it shows the right glyphs where they are not installed',
  },
  checkedOk: { zh: '{file}：没有问题', en: '{file}: no problems' },
  nothingWritten: { zh: '{file} 有错误，未生成任何文件', en: '{file} has errors; nothing was written' },
  strictOption: { zh: '把警告也算作错误（用于 CI）', en: 'treat warnings as errors (for CI)' },
  fixOption: {
    zh: '自动修正可确定的问题（半角标点、多余空格），直接改写源文件',
    en: 'apply the certain fixes (half-width punctuation, stray spaces) to the source files',
  },
  seriesOption: {
    zh: '同一刊物各期所在的文件夹，用于核对期号与总期号',
    en: "folder of the same series' issues, to check issue and total numbers",
  },
  fixedCount: { zh: '{file}：已自动修正 {count} 处', en: '{file}: fixed {count} {problems}' },
  fixLeft: {
    zh: '{file}：以下 {count} 个问题不能自动修正，请按提示手动修改',
    en: '{file}: {count} {problems} below cannot be fixed automatically; mend them as the hints say',
  },
  schemaDescription: {
    zh: '输出期刊文件的 JSON Schema（供编辑器补全和校验）',
    en: 'print the JSON Schema of issue files (for editor completion and checking)',
  },
  helpCommand: { zh: '显示帮助', en: 'display help' },
  helpOption: { zh: '显示帮助', en: 'display help' },
  versionOption: { zh: '显示版本号', en: 'display the version' },
  templateDescription: { zh: '列出或复制模板（不写命令时列出）', en: 'list or copy templates (lists them when no command is given)' },
  templateListDescription: {
    zh: '列出可用的模板：内置模板，以及期刊文件旁或当前文件夹中 templates/ 下的模板',
    en: 'list the templates an issue can use: built-ins and those in templates/ beside the issue or in the current folder',
  },
  templateCopyDescription: {
    zh: '复制一个模板到新文件夹，作为自定义版式的起点（不会覆盖已有文件夹）',
    en: 'copy a template into a new folder as the starting point of a custom look (never overwrites a folder)',
  },
  templateFromArg: { zh: '期刊文件或文件夹（也查找它旁边的 templates/）', en: 'an issue file or folder (its templates/ is searched too)' },
  templateNameArg: { zh: '模板名称或模板文件夹', en: 'template name or folder' },
  templateDirArg: { zh: '新模板文件夹（必须尚不存在）', en: 'the new template folder (must not exist yet)' },
  templateBuiltin: { zh: '内置', en: 'built-in' },
  templateOverrides: { zh: '（覆盖同名内置模板）', en: '(overrides the built-in)' },
  templateCopied: {
    zh: '已将模板 {name} 复制到 {dir}\n下一步：\n  1. 修改 {dir}/manifest.yaml：颜色（color）、字体（fonts 下各角色的 family 与 file）、字号与间距（styles）\n  2. 需要改变内容或顺序时，修改 {dir}/template.hbs 与 {dir}/partials/*.hbs\n  3. 在期刊文件或 jianbao.config.yaml 中写 template: {use}（路径相对于写它的文件），或构建时加 -t {use}\n  4. 运行 jianbao check 期刊文件.yaml 检查，再 jianbao build\n说明见 {docs}',
    en: 'copied template {name} to {dir}\nnext:\n  1. edit {dir}/manifest.yaml: colours (color), fonts (family and file per role under fonts), sizes and spacing (styles)\n  2. to change what appears or its order, edit {dir}/template.hbs and {dir}/partials/*.hbs\n  3. write template: {use} in the issue or jianbao.config.yaml (a path is relative to that file), or build with -t {use}\n  4. run jianbao check issue.yaml, then jianbao build\nsee {docs}',
  },
} satisfies Record<string, Record<Lang, string>>;

export const t = wordsOf(TEXT);
