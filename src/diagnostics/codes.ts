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
  // 7xx: output
  JB701: def('error', ['无法写入 {path}：{reason}', '检查输出文件夹是否存在、可写，文件是否被 Word/WPS 占用'], ['cannot write {path}: {reason}', 'check the output folder is writable and the file is not open in Word/WPS']),
  // 8xx: usage
  JB801: def('error', ['没有找到要处理的文件：{pattern}', '给出 .yaml 文件或包含它们的文件夹'], ['no input files match {pattern}', 'give .yaml files or a folder that holds them']),
  JB802: def('error', ['参数 {option} 的值“{value}”无效', '可选值：{allowed}'], ['invalid value "{value}" for {option}', 'allowed: {allowed}']),
  // 9xx: faults of jianbao itself
  JB900: def('error', ['jianbao 内部错误：{detail}', '这是 jianbao 的缺陷，请附上输入文件报告问题'], ['internal error in jianbao: {detail}', 'this is a bug in jianbao; please report it with the input file']),
} satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;
