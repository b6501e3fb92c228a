// The words of the init/new/add/watch commands in both languages (help texts, questions, status
// lines).
import type { Lang } from './lang';
import { wordsOf } from './words';

const TEXT = {
  newDescription: {
    zh: '新建下一期：推算期号、总期号和日期，写出可直接检查的期刊文件',
    en: 'create the next issue: proposes 期号, 总期号 and date, writes a valid issue file',
  },
  initDescription: {
    zh: '在文件夹中新建系列设置 jianbao.config.yaml 和第一期',
    en: 'create a series config (jianbao.config.yaml) and a first issue in a folder',
  },
  addDescription: {
    zh: '向期刊文件追加一篇文章（article）或一条简讯（brief），保留原有注释和格式',
    en: 'append an article or a brief to an issue, keeping its comments and formatting',
  },
  watchDescription: {
    zh: '监视期刊、图片、系列设置和模板，有改动就重新生成',
    en: 'rebuild whenever the issue, its images, the config or the template change',
  },
  kindArg: { zh: 'article（文章）或 brief（简讯）', en: 'article or brief' },
  issueArg: { zh: '期刊 YAML 文件', en: 'the issue YAML file' },
  watchArg: { zh: '期刊文件或文件夹', en: 'issue files or folders' },
  dirOption: { zh: '系列文件夹（默认当前文件夹）', en: 'series folder (default: the current folder)' },
  yesOption: { zh: '不提问，采用推算出的建议值', en: 'ask nothing; accept the proposed values' },
  numberOption: { zh: '期号（第 N 期）', en: 'issue number (第 N 期)' },
  totalOption: { zh: '总期号（总第 N 期）', en: 'cumulative number (总第 N 期)' },
  dateOption: { zh: '出版日期 YYYY-MM-DD', en: 'publication date YYYY-MM-DD' },
  nameOption: { zh: '刊名', en: 'bulletin name' },
  editorOption: { zh: '编印单位（按报头原样）', en: 'the 编印单位 line as printed' },
  titleOption: { zh: '文章标题', en: 'article title' },
  sourceOption: { zh: '来源署名（不含括号）', en: 'source attribution, without parentheses' },
  bodyFileOption: { zh: '正文文件（- 表示标准输入）', en: 'body text file (- for stdin)' },
  briefDateOption: { zh: '简讯日期，如 4月7日', en: 'brief date, e.g. 4月7日' },
  textOption: { zh: '简讯内容', en: 'brief text' },
  pasteBody: {
    zh: '没有设置编辑器（环境变量 VISUAL 和 EDITOR 都为空），请在下面直接粘贴或输入正文，空行照样保留；全部输完后，在新的一行按 {ends} 结束：',
    en: 'no editor is set (VISUAL and EDITOR are both empty): paste or type the body below, blank lines are kept; when it is all in, press {ends} on a new line:',
  },
  pasteEnds: { zh: '{first}（或 {second}）', en: '{first} (or {second})' },
  bodyToAdd: { zh: '将添加正文 {paragraphs} 段、{chars} 字', en: 'adding a body of {paragraphs} paragraph(s), {chars} characters' },
  created: { zh: '已创建 {path}（{summary}）', en: 'created {path} ({summary})' },
  added: { zh: '已向 {path} 添加{kind}“{title}”', en: 'added the {kind} "{title}" to {path}' },
  ledgerWhole: { zh: '期号、总期号已连续', en: 'the issue numbers (期号, 总期号) run on without a break again' },
  watching: { zh: '正在监视 {count} 个期刊文件，按 Ctrl+C 结束', en: 'watching {count} {files}; Ctrl+C to stop' },
  rebuilt: { zh: '{file} → {outputs}，用时 {ms} ms', en: '{file} → {outputs} in {ms} ms' },
  buildFailed: { zh: '{file} 有错误，未生成（{summary}）', en: '{file} has errors; nothing was built ({summary})' },
  rebuildFailed: { zh: '{file} 有错误，保留上次的输出（{summary}）', en: '{file} has errors; the last good output is kept ({summary})' },
  qDate: { zh: '出版日期（YYYY-MM-DD）', en: 'publication date (YYYY-MM-DD)' },
  qNumber: { zh: '期号（第几期，每年从 1 开始）', en: 'issue number (restarts at 1 each year)' },
  qTotal: { zh: '总期号（总第几期）', en: 'cumulative number (总第 N 期)' },
  qName: { zh: '刊名', en: 'bulletin name' },
  qEditor: { zh: '编印单位（如 温州市科学技术协会编）', en: 'the 编印单位 line (e.g. 温州市科学技术协会编)' },
  qTitle: { zh: '文章标题', en: 'article title' },
  qSource: { zh: '来源署名（可留空）', en: 'source (may be empty)' },
  qBriefDate: { zh: '简讯日期（如 4月7日）', en: 'brief date (e.g. 4月7日)' },
  qText: { zh: '简讯内容', en: 'brief text' },
  badBriefDate: {
    zh: '须是日历上有的日期（{why}），例如 4月7日 或 4月7日-8日',
    en: 'write a date that exists ({why}), e.g. 4月7日 or 4月7日-8日',
  },
  noSuchDay: { zh: '{month}月没有{day}日', en: 'month {month} has no day {day}' },
  noSuchMonth: { zh: '没有{month}月', en: 'there is no month {month}' },
  badDate: {
    zh: '请写成 YYYY-MM-DD，且须是日历上有的日期，例如 2022-05-31',
    en: 'write a date that exists, as YYYY-MM-DD, e.g. 2022-05-31',
  },
  badInt: { zh: '请输入正整数（半角数字，如 12）', en: 'enter a positive whole number in ASCII digits, e.g. 12' },
  empty: { zh: '不能为空', en: 'must not be empty' },
  article: { zh: '文章', en: 'article' },
  brief: { zh: '简讯', en: 'brief' },
  initTemplateOption: { zh: '模板名称（默认 kexie）', en: 'template name (default kexie)' },
  tocOption: { zh: '本期要目中的标题（与标题不同时）', en: 'the 本期要目 line, when it differs from the title' },
  fromOption: {
    zh: '从来稿文件（.docx .doc .wps .odt .rtf .txt .md）取标题、正文、来源和图片',
    en: 'take title, body, source and photos from a contribution file (.docx .doc .wps .odt .rtf .txt .md)',
  },
  watchOutOption: {
    zh: '输出文件夹（默认取系列设置 output.dir，否则 out）',
    en: "output folder (default: the config's output.dir, else out)",
  },
  issueSummary: { zh: '第 {number} 期，总第 {total} 期，{date}', en: 'number {number}, total {total}, {date}' },
  notInteractiveYes: { zh: '给出了 --yes', en: '--yes was given' },
  notInteractiveCI: { zh: '设置了 CI 环境变量', en: 'the CI variable is set' },
  notInteractiveStdin: { zh: '标准输入不是终端', en: 'stdin is not a terminal' },
} satisfies Record<string, Record<Lang, string>>;

export type WizardTextKey = keyof typeof TEXT;

export const wt = wordsOf(TEXT);

export function bothLangs(key: WizardTextKey): Record<Lang, string> {
  return TEXT[key];
}
