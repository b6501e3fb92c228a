// The CLI's own words (diagnostic messages live in diagnostics/codes.ts).
import type { Lang } from '../diagnostics/messages';

const TEXT = {
  description: { zh: '简报排版工具：检查 YAML 期刊文件，生成 DOCX 与可付印的 PDF', en: 'bulletin composer: checks YAML issues, renders DOCX and print-ready PDF' },
  buildDescription: { zh: '生成 PDF 和 DOCX', en: 'render issues to PDF and DOCX' },
  checkDescription: { zh: '检查期刊文件，不生成输出', en: 'check issue files without rendering' },
  tocDescription: { zh: '输出本期要目', en: 'print the 本期要目 (table of contents)' },
  filesArg: { zh: '期刊 YAML 文件或文件夹', en: 'issue YAML files or folders' },
  outOption: { zh: '输出文件夹', en: 'output folder' },
  toOption: { zh: '输出格式，逗号分隔', en: 'output formats, comma-separated' },
  templateOption: { zh: '模板名称或模板文件夹', en: 'template name or folder' },
  formatOption: { zh: '诊断输出格式：text、json、github', en: 'diagnostics format: text, json, github' },
  tocFormatOption: { zh: '要目格式：text、markdown、json', en: 'TOC format: text, markdown, json' },
  langOption: { zh: '提示语言：zh 或 en', en: 'message language: zh or en' },
  encodingOption: { zh: '源文件编码：utf-8、gb18030、utf-16le', en: 'source encoding: utf-8, gb18030, utf-16le' },
  wrote: { zh: '已生成 {path}', en: 'wrote {path}' },
  checkedOk: { zh: '{file}：没有问题', en: '{file}: no problems' },
  nothingWritten: { zh: '{file} 有错误，未生成任何文件', en: '{file} has errors; nothing was written' },
  strictOption: { zh: '把警告也算作错误（用于 CI）', en: 'treat warnings as errors (for CI)' },
  fixOption: { zh: '自动修正可确定的问题（半角标点、多余空格），直接改写源文件', en: 'apply the certain fixes (half-width punctuation, stray spaces) to the source files' },
  seriesOption: { zh: '同一刊物各期所在的文件夹，用于核对期号与总期号', en: 'folder of the same series\' issues, to check issue and total numbers' },
  fixedCount: { zh: '{file}：已自动修正 {count} 处', en: '{file}: fixed {count} problem(s)' },
  schemaDescription: { zh: '输出期刊文件的 JSON Schema（供编辑器补全和校验）', en: 'print the JSON Schema of issue files (for editor completion and checking)' },
  helpCommand: { zh: '显示帮助', en: 'display help' },
  helpOption: { zh: '显示帮助', en: 'display help' },
  versionOption: { zh: '显示版本号', en: 'display the version' },
} satisfies Record<string, Record<Lang, string>>;

export function t(lang: Lang, key: keyof typeof TEXT, args: Record<string, string> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (w, k: string) => args[k] ?? w);
}
