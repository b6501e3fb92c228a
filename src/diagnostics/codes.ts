// The stable diagnostic codes and their messages in both languages. A code never changes
// meaning once published (docs/diagnostics.md lists them); add new ones, never renumber.
// Messages are templates: {name} is replaced by the diagnostic's args.name; a [[…]] segment is
// left out when an arg it names is absent (so one template serves both "did you mean" cases).
import type { Severity } from './diagnostic';

interface Text {
  message: string;
  hint: string;
}
export interface CodeInfo {
  severity: Severity;
  zh: Text;
  en: Text;
}

const def = (severity: Severity, zh: [string, string], en: [string, string]): CodeInfo => ({
  severity,
  zh: { message: zh[0], hint: zh[1] },
  en: { message: en[0], hint: en[1] },
});

export const CODES = {
  // 0xx: reading files
  JB001: def('error', ['找不到文件 {path}', '检查文件名和路径是否正确'], ['file not found: {path}', 'check the file name and path']),
  JB002: def('error', ['无法读取 {path}：{reason}', '确认这是一个文件且有读取权限'], ['cannot read {path}: {reason}', 'make sure it is a file you can read']),
  JB003: def('error',
    ['文件不是 UTF-8 编码（看起来是 {encoding}）', '用编辑器“另存为”UTF-8 编码，或加参数 --encoding gb18030 按原编码读取'],
    ['file is not UTF-8 (it looks like {encoding})', 'save it as UTF-8 in your editor, or pass --encoding gb18030 to read it as is']),
  JB004: def('error',
    ['文件中有不可见的控制字符 {char}', '删除这个字符；它常来自从网页或 PDF 复制的文字'],
    ['invisible control character {char} in the file', 'delete it; it usually comes from text copied out of a web page or PDF']),
  JB005: def('error', ['文件过大（{size}），上限是 {limit}', '一期简报的 YAML 不应超过这个大小；检查是否误选了文件'], ['file too large ({size}); the limit is {limit}', 'an issue file should not be this big; check you picked the right file']),
  // 1xx: YAML syntax
  JB101: def('error', ['YAML 语法错误：{detail}', '检查这一行的缩进、冒号和引号；含有冒号或 # 的文字请用引号括起来'], ['YAML syntax error: {detail}', 'check indentation, colons and quotes on this line; quote text that contains a colon or #']),
  JB102: def('error', ['字段“{key}”重复出现', '同一层级中每个字段只能写一次，删除或合并重复的那一个'], ['key "{key}" appears twice', 'each key may appear once per level; delete or merge the duplicate']),
  JB103: def('error', ['YAML 别名展开过多，文件可能被构造为“别名炸弹”', '不要使用大量嵌套的 & 锚点和 * 别名'], ['YAML aliases expand too much (an alias bomb?)', 'avoid deeply nested & anchors and * aliases']),
  JB104: def('error', ['文件内容应是“字段: 值”的映射', '参照 samples/ 中的示例文件，从 issue: 和 articles: 开始写'], ['the file must be a mapping of "key: value"', 'start from a sample in samples/, with issue: and articles:']),
  // 2xx: the issue schema
  JB201: def('error', ['缺少必填字段“{field}”', '在此处添加 {field}: …'], ['missing required field "{field}"', 'add {field}: … here']),
  JB202: def('error', ['“{field}”应为{expected}，这里是{actual}', '[[例如：{example}]]'], ['"{field}" must be {expected}, got {actual}', '[[for example: {example}]]']),
  JB203: def('error', ['未知字段“{key}”', '[[是不是想写“{closest}”？]]这里允许的字段：{allowed}'], ['unknown key "{key}"', '[[did you mean "{closest}"? ]]allowed here: {allowed}']),
  JB204: def('error', ['“{field}”的值无效：{detail}', '[[例如：{example}]]'], ['invalid value for "{field}": {detail}', '[[for example: {example}]]']),
  JB205: def('error', ['日期“{value}”无效', '写成带引号的 "YYYY-MM-DD"，例如 "2022-04-30"'], ['invalid date "{value}"', 'write a quoted "YYYY-MM-DD", e.g. "2022-04-30"']),
  JB206: def('error', ['“{field}”不能为空', '填写内容，或删除这个字段'], ['"{field}" must not be empty', 'fill it in or remove the key']),
  // 270–279: the series config (jianbao.config.yaml) beyond the schema
  JB270: def('error',
    ['文件名模式“{pattern}”无效：{reason}', '写成相对路径并以 .yaml 结尾，可用 YYYY、MM、DD、{number}、{total}，例如 YYYY/YYYY-MM.yaml'],
    ['invalid file name pattern "{pattern}": {reason}', 'use a relative path ending in .yaml with YYYY, MM, DD, {number}, {total}, e.g. YYYY/YYYY-MM.yaml']),
  JB271: def('warning',
    ['跳过无法读取期号的文件 {path}', '修正这个文件（jianbao check），否则推算下一期时不计入它'],
    ['skipped {path}: its issue numbers cannot be read', 'fix it (jianbao check); until then it does not count when the next issue is proposed']),
  // 25x: the series ledger (several issues of one publication read together)
  JB250: def('error',
    ['总期号应为 {expected}，这里是 {actual}（上一期 {previous}：总第 {previousTotal} 期）', '总期号逐期加 1，不跳号、不重号；改为 total: {expected}'],
    ['total number should be {expected}, got {actual} (previous issue {previous}: total {previousTotal})', 'the total number goes up by one per issue with no gaps or repeats; set total: {expected}']),
  JB251: def('error',
    ['期号应为 {expected}，这里是 {actual}（上一期 {previous}：第 {previousNumber} 期）', '期号每年从 1 开始，同一年内逐期加 1；改为 number: {expected}'],
    ['issue number should be {expected}, got {actual} (previous issue {previous}: number {previousNumber})', 'the issue number restarts at 1 each year and goes up by one; set number: {expected}']),
  JB252: def('error',
    ['日期 {actual} 早于上一期 {previous} 的日期 {previousDate}', '按总期号排列时日期应逐期向后；检查本期或上一期的日期'],
    ['date {actual} is earlier than {previousDate} of the previous issue {previous}', 'in total-number order the dates must not go back; check this date or the previous one']),
  JB253: def('error',
    ['总第 {actual} 期与 {other} 重复', '两期不能用同一个总期号；检查哪一期编错了号'],
    ['total number {actual} is also used by {other}', 'two issues cannot share a total number; find which one is misnumbered']),
  // 3xx: lint, the genre's typographic and editorial mistakes in a valid issue
  JB301: def('warning',
    ['中文里用了半角标点“{char}”：{input}', '改为全角“{replacement}”；jianbao check --fix 可自动修正'],
    ['half-width "{char}" in Chinese text: {input}', 'use the full-width "{replacement}"; jianbao check --fix corrects it']),
  JB302: def('warning',
    ['汉字之间多了空格：{input}', '删除空格；jianbao check --fix 可自动修正。标题、小标题和引号内的空格不在检查之列'],
    ['stray space between Chinese characters: {input}', 'delete it; jianbao check --fix does. Spaces in titles, subheadings and quotes are not checked']),
  JB303: def('warning',
    ['期号或日期中间有空格：{input}', '正文中写成“第4期”“6月3日”，不加空格；jianbao check --fix 可自动修正'],
    ['spaces inside a number or date: {input}', 'write 第4期, 6月3日 without spaces in running text; jianbao check --fix does']),
  JB304: def('warning',
    ['“{char}”没有对应的“{partner}”：{input}', '补上缺少的“{partner}”，或删除多余的“{char}”（在同一段内配对）'],
    ['"{char}" has no matching "{partner}": {input}', 'add the missing "{partner}" or delete the extra "{char}" (pairs are checked within a paragraph)']),
  JB305: def('warning',
    ['简讯日期范围的连接号“{dash}”与本期其他简讯的“{expected}”不一致：{input}', '同一期统一用一种连接号，例如都写“{expected}”'],
    ['this brief\'s date range uses "{dash}" while the other briefs use "{expected}": {input}', 'use one dash style in an issue, e.g. "{expected}" throughout']),
  JB306: def('warning',
    ['简讯日期“{input}”不在本期所属的 {year} 年 {month} 月', '检查月份是否写错，或这条简讯是否属于其他期'],
    ['brief date "{input}" is outside the issue\'s month ({year}-{month})', 'check the month, or whether this brief belongs to another issue']),
  JB307: def('warning',
    ['文章“{title}”没有来源署名', '添加 source: 市科协办公室（印为“（市科协办公室）”），或记者署名 byline: 本报记者 …'],
    ['article "{title}" has no source attribution', 'add source: 市科协办公室 (printed as （市科协办公室）) or a byline: 本报记者 …']),
  JB308: def('warning',
    ['简讯没有来源：{input}', '添加 source: 市科协科普部（印为“（市科协科普部）”）'],
    ['brief without a source: {input}', 'add source: 市科协科普部 (printed as （市科协科普部）)']),
  JB309: def('warning',
    ['本期要目“{input}”与文章标题“{title}”不一致', '文章标题改过后要目没有跟着改：更新 toc，或删除 toc 让要目直接用标题'],
    ['TOC line "{input}" no longer matches the title "{title}"', 'the title was edited but not its TOC line: update toc, or delete it to use the title']),
  JB310: def('warning',
    ['标题“{input}”与第 {line} 行的文章重复', '同一篇文章是否粘贴了两次？删除重复的一篇或修改标题'],
    ['title "{input}" repeats the article on line {line}', 'was an article pasted twice? delete one or change its title']),
  JB311: def('error',
    ['文章“{title}”没有正文', '填写正文，或删除这篇文章'],
    ['article "{title}" has no text', 'write the body or delete the article']),
  JB312: def('warning',
    ['未自动修正：{reason}', '手动修改，或将文件另存为 UTF-8 后再运行 --fix'],
    ['not fixed automatically: {reason}', 'edit by hand, or save the file as UTF-8 and run --fix again']),
  // 4xx: templates
  JB401: def('error', ['找不到模板“{name}”', '可用的内置模板：{available}；也可以写模板文件夹的路径'], ['template "{name}" not found', 'built-in templates: {available}; or give a path to a template folder']),
  JB402: def('error', ['模板语法错误：{detail}', '检查模板中 {{ }} 是否成对、块标签是否闭合'], ['template syntax error: {detail}', 'check that {{ }} pairs and block tags are closed']),
  JB403: def('error', ['模板引用了不存在的字段“{field}”', '检查字段拼写；模板可用的数据见 docs/templates.md 的“模板看到的数据”一节'], ['template uses an unknown field "{field}"', 'check the spelling; the data a template sees is listed in docs/templates.md']),
  JB404: def('error', ['模板清单 manifest.yaml 有误：{detail}', '对照内置模板 templates/kexie/manifest.yaml 修改'], ['template manifest.yaml is invalid: {detail}', 'compare with the built-in templates/kexie/manifest.yaml']),
  JB405: def('error', ['模板输出的标记有误：{detail}', '模板只能输出文档标记（p、rule、img 等），检查标签拼写'], ['template produced invalid markup: {detail}', 'templates may only emit the document markup (p, rule, img …); check the tag names']),
  JB406: def('error', ['模板调用了不存在或不允许的片段“{name}”', '片段只能来自模板文件夹中的 partials/*.hbs，按文件名调用，如 {{> article}}[[；可用的片段：{available}]]'], ['template calls a missing or forbidden partial "{name}"', 'partials come only from the template folder\'s partials/*.hbs, called by file name, e.g. {{> article}}[[; available: {available}]]']),
  JB407: def('error', ['目标文件夹 {path} 已存在，未复制任何文件', '换一个新的文件夹名；jianbao 不会覆盖已有文件夹'], ['the folder {path} already exists; nothing was copied', 'choose a new folder name; jianbao never overwrites an existing folder']),
  JB408: def('error', ['模板文件 {path} 指向模板文件夹之外', '模板只能使用自己文件夹中的文件；把链接换成真实文件'], ['template file {path} points outside the template folder', 'a template may only use files in its own folder; replace the link with a real file']),
  // 5xx: images
  JB501: def('error', ['找不到图片 {path}', '确认图片与期刊文件放在同一文件夹（或其子文件夹）中，路径相对于期刊文件'], ['image not found: {path}', 'put the image in the issue\'s folder (or below it); the path is relative to the issue file']),
  JB502: def('error', ['图片路径 {path} 超出了期刊文件所在的文件夹', '把图片复制到期刊文件旁的 images/ 文件夹中，再写相对路径'], ['image path {path} leaves the issue\'s folder', 'copy the image into images/ beside the issue and use a relative path']),
  JB503: def('error', ['{path} 不是可用的 PNG 或 JPEG 图片（{reason}）', '用图片软件另存为 PNG 或 JPEG'], ['{path} is not a usable PNG or JPEG image ({reason})', 'save it as PNG or JPEG in an image editor']),
  // 6xx: fonts
  JB601: def('error', ['字体文件无法使用（{role}：{path}）：{reason}', '检查配置中的字体路径，或删除该设置以使用内置字体'], ['font file unusable ({role}: {path}): {reason}', 'check the font path in the config, or remove it to use the bundled font']),
  JB602: def('error',
    ['{path} 不是可用的字体文件（{role}）：{reason}', '换用 .ttf、.otf 或 .ttc 字体文件；文件可能已损坏或只是同名的其他文件'],
    ['{path} is not a usable font file ({role}): {reason}', 'use a .ttf, .otf or .ttc font file; this one may be damaged or not a font at all']),
  JB603: def('error',
    ['{path} 是字体集（.ttc），{role} 需要指定其中一个字体：{reason}', '在 fonts.{role} 中加 postscriptName，可选：{faces}'],
    ['{path} is a font collection (.ttc); {role} must name one of its faces: {reason}', 'add postscriptName under fonts.{role}; its faces: {faces}']),
  JB604: def('warning',
    ['字体 {family}（{role}）中没有“{char}”（{codepoint}），出现在《{article}》', '这个字会印成空白方框：改用常见字形，或在模板中为 {role} 指定包含该字的字体（在 CI 中这是错误）'],
    ['the font {family} ({role}) has no glyph for "{char}" ({codepoint}), used in "{article}"', 'it would print as an empty box: use a common form of the character, or give {role} a font that has it in the template (an error under CI)']),
  // 7xx: output
  JB701: def('error', ['无法写入 {path}：{reason}', '检查输出文件夹是否存在、可写，文件是否被 Word/WPS 占用'], ['cannot write {path}: {reason}', 'check the output folder is writable and the file is not open in Word/WPS']),
  // 8xx: usage
  JB801: def('error', ['没有找到要处理的文件：{pattern}', '给出 .yaml 文件或包含它们的文件夹'], ['no input files match {pattern}', 'give .yaml files or a folder that holds them']),
  JB802: def('error', ['参数 {option} 的值“{value}”无效', '可选值：{allowed}'], ['invalid value "{value}" for {option}', 'allowed: {allowed}']),
  // 803–819: the new/init/add wizards and watch
  JB803: def('error',
    ['无法提问：{reason}，jianbao 不会等待输入', '加 --yes 采用建议值[[（{proposal}）]]，或用参数给出全部答案：{flags}'],
    ['cannot ask questions: {reason}; jianbao will not wait for input', 'pass --yes to accept the proposed values[[ ({proposal})]], or give every answer as a flag: {flags}']),
  JB804: def('error',
    ['缺少“{question}”，无法从已有各期推断', '用参数 {flag} 给出，例如 {flag} {example}'],
    ['missing "{question}": it cannot be inferred from earlier issues', 'give it with {flag}, e.g. {flag} {example}']),
  JB805: def('error',
    ['{path} 已存在，未写入任何文件', 'jianbao 从不覆盖已有文件：换一个日期（--date）或文件名，或先移走这个文件'],
    ['{path} already exists; nothing was written', 'jianbao never overwrites a file: pick another date (--date) or name, or move the file away first']),
  JB806: def('error',
    ['无法在这个文件中添加{kind}：{reason}', '“{key}:”应是一个块列表（每项以“- ”开头）；按 samples/ 中的示例调整后再添加'],
    ['cannot add the {kind} to this file: {reason}', '"{key}:" must be a block list (items starting with "- "); shape it like the samples, then add again']),
  JB807: def('error',
    ['正文为空，未添加文章', '用 --body-file 文件 给出正文，或从标准输入传入（cat 正文.txt | jianbao add article …），或设置 EDITOR 环境变量在编辑器中撰写'],
    ['the body is empty; no article was added', 'give it with --body-file FILE, pipe it on stdin (cat body.txt | jianbao add article …), or set EDITOR to write it in your editor']),
  JB808: def('error',
    ['编辑器 {editor} 运行失败：{reason}', '检查 EDITOR 环境变量；也可以改用 --body-file 文件'],
    ['the editor {editor} failed: {reason}', 'check the EDITOR variable, or use --body-file FILE instead']),
  JB809: def('error',
    ['{seconds} 秒内没有从标准输入读到正文', '用 --body-file 文件 给出正文；从管道传入时请确认前一个命令有输出'],
    ['no body arrived on stdin within {seconds} s', 'give it with --body-file FILE; when piping, make sure the command before it writes something']),
  // 9xx: faults of jianbao itself
  JB900: def('error', ['jianbao 内部错误：{detail}', '这是 jianbao 的缺陷，请附上输入文件报告问题'], ['internal error in jianbao: {detail}', 'this is a bug in jianbao; please report it with the input file']),
} satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;
