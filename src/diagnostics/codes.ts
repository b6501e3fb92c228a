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
  JB002: def(
    'error',
    ['无法读取 {path}：{reason}', '确认这是一个文件且有读取权限'],
    ['cannot read {path}: {reason}', 'make sure it is a file you can read'],
  ),
  JB003: def(
    'error',
    ['文件不是 UTF-8 编码[[（看起来是 {encoding}）]]', '用编辑器“另存为”UTF-8 编码，或加参数 --encoding gb18030 按原编码读取'],
    ['file is not UTF-8[[ (it looks like {encoding})]]', 'save it as UTF-8 in your editor, or pass --encoding gb18030 to read it as is'],
  ),
  JB004: def(
    'error',
    [
      '文件中有不可见的控制字符 {char}',
      '删除这个字符；它常来自从网页或 PDF 复制的文字，U+000B 则多是 Word 里按 Shift+Enter 打出的手动换行（要分段就换成真正的换行）',
    ],
    [
      'invisible control character {char} in the file',
      "delete it; it usually comes from text copied out of a web page or PDF, and U+000B mostly from Word's Shift+Enter (a manual line break: use a real line break for a new paragraph)",
    ],
  ),
  JB006: def(
    'error',
    [
      '文件是 {encoding} 编码，不是 UTF-8',
      '用编辑器“另存为”UTF-8 编码（记事本：编码选“UTF-8”），或加参数 --encoding {option} 按原编码读取',
    ],
    ['the file is {encoding}, not UTF-8', 'save it as UTF-8 in your editor, or pass --encoding {option} to read it as is'],
  ),
  JB007: def(
    'error',
    [
      '按 {encoding} 编码读取时遇到无法识别的字节',
      '这个文件不是 {encoding} 编码：去掉 --encoding 参数，或换成正确的编码（gb18030、utf-16le、utf-16be）',
    ],
    [
      'bytes that are not valid {encoding}',
      'the file is not {encoding}: drop --encoding or name the right one (gb18030, utf-16le, utf-16be)',
    ],
  ),
  JB005: def(
    'error',
    ['文件过大（{size}），上限是 {limit}', '一期简报的 YAML 不应超过这个大小；检查是否误选了文件'],
    ['file too large ({size}); the limit is {limit}', 'an issue file should not be this big; check you picked the right file'],
  ),
  // 008–019: refusing what is not an ordinary file of ours (docs/security.md)
  JB008: def(
    'error',
    ['{path} 不是普通文件（{kind}），未读取', '请指定普通文件；设备、管道（FIFO）、套接字和文件夹不能作为输入'],
    [
      '{path} is not a regular file ({kind}); it was not read',
      'name an ordinary file; devices, pipes (FIFOs), sockets and folders cannot be read as input',
    ],
  ),
  JB009: def(
    'warning',
    [
      '文字中有双向控制字符 {char}，它会让文字在屏幕和 Word 中显示顺序颠倒',
      '删除这个不可见字符（jianbao check --fix 可自动删除）；它常来自从网页复制的文字',
    ],
    [
      'bidirectional control character {char} in the text; it makes text display in a misleading order',
      'delete this invisible character (jianbao check --fix removes it); it usually comes from text copied out of a web page',
    ],
  ),
  // 020–049: caps on what one issue may contain (src/limits/caps.ts, README "Limits")
  JB020: def(
    'error',
    ['文章过多（{count} 篇），上限是 {limit} 篇', '一期简报不会有这么多文章；检查文件是否被重复粘贴，或拆成几期'],
    [
      'too many articles ({count}); the limit is {limit}',
      'no issue has this many articles; check for pasted duplicates, or split it into several issues',
    ],
  ),
  JB021: def(
    'error',
    ['简讯过多（{count} 条），上限是 {limit} 条', '检查文件是否被重复粘贴，或拆成几期'],
    ['too many briefs ({count}); the limit is {limit}', 'check for pasted duplicates, or split it into several issues'],
  ),
  JB022: def(
    'error',
    ['段落过长（{count} 字），上限是 {limit} 字', '用换行把它分成几段（每行一段）；过长的段落多半是粘贴时丢了换行'],
    [
      'paragraph too long ({count} characters); the limit is {limit}',
      'split it into lines (each line is a paragraph); a paragraph this long usually lost its line breaks when pasted',
    ],
  ),
  JB023: def(
    'error',
    ['字段 {field} 过长（{count} 字），上限是 {limit} 字', '这个字段只应有一行文字；正文请写在 body 中'],
    ['field {field} too long ({count} characters); the limit is {limit}', 'this field holds one line; put running text in body'],
  ),
  JB024: def(
    'error',
    ['YAML 嵌套层数过多（超过 {limit} 层）', '简报文件最多只需 4 层缩进；检查是否多写了“- ”或方括号'],
    ['YAML nested too deeply (more than {limit} levels)', 'an issue needs at most 4 levels; look for stray "- " or brackets'],
  ),
  // 050–069: more YAML slips in the editor's words (105–129 are taken; src/source/key-slips.ts)
  JB050: def(
    'error',
    [
      '{key} 的值以“{bracket}”开头，YAML 把它当成[[列表{list}]][[映射{map}]]的开头，读不出这段文字',
      '给整个值加上双引号：{quoted}[[（jianbao check --fix 可自动加上）{fixable}]]；或改用全角的【】（）',
    ],
    [
      'the value of {key} starts with "{bracket}", which YAML reads as the start of a [[list{list}]][[mapping{map}]], so the text cannot be read',
      'put the whole value in double quotes: {quoted}[[ (jianbao check --fix does it){fixable}]], or use full-width 【】（）',
    ],
  ),
  // 07x–08x: contributions in, Word files (continued; 130–149 and 165–199 are taken)
  JB070: def(
    'warning',
    [
      '第 {no} 段是主控文档中子文档的链接[[（{target}）]]：子文档的文字不在这个文件中，没有导入',
      '在 Word 的“大纲”视图中点“展开子文档”，选中子文档点“取消链接”，保存后重新导入；或把子文档文件单独导入',
    ],
    [
      "paragraph {no} is a master document's link to a sub-document[[ ({target})]]: the sub-document's words are not in this file and were not imported",
      'in Word\'s Outline view click "Expand Subdocuments", select the sub-document and click "Unlink", save, and import again; or import the sub-document\'s own file',
    ],
  ),
  JB071: def(
    'warning',
    [
      '第 {nos} 段：[[“{parent}”下的 ]]{count} 个同级编号短行（“{input}”等）[[都按小标题导入{taken}]][[前后相接，像列表，都按正文导入{list}]][[都按正文导入{text}]]；同一级在第 {others} 段按[[正文{taken}]][[小标题{list}]][[小标题{text}]]导入',
      '逐处核对：是小标题的，行首应有“## ”；是列表或正文的，删去行首的“## ”',
    ],
    [
      'paragraphs {nos}: {count} numbered short lines of one level[[ under "{parent}"]] ("{input}" …) [[were taken as subheadings{taken}]][[follow one another like a list and were kept as body text{list}]][[were kept as body text{text}]]; the same level in paragraphs {others} was imported as [[body text{taken}]][[subheadings{list}]][[subheadings{text}]]',
      'check each place: a subheading has "## " at its line start; a list item or body text has none',
    ],
  ),
  JB072: def(
    'warning',
    [
      '第 {no} 段起的只有一格的表格（加框的文字）已按段落导入，边框没有保留',
      '核对这几段：标题、编者按等加框的文字照常印出，不带边框；若应是表格，在 YAML 中写成表格',
    ],
    [
      'the one-cell table (a frame around text) from paragraph {no} was imported as paragraphs; its border was not kept',
      "check these paragraphs: a framed title or editor's note prints as usual, without the border; if it should be a table, write it as one in the YAML",
    ],
  ),
  JB073: def(
    'error',
    [
      '{ext} 文件是[[WPS 表格、Excel 的电子表格{sheet}]][[WPS 演示、PowerPoint 的演示文稿{slides}]]，不是文字稿件，不能导入',
      '[[在 WPS 表格（或 Excel）中选中表格复制，粘贴到 WPS 文字（或 Word）中{sheet}]][[在 WPS 演示（或 PowerPoint）中复制幻灯片上的文字，粘贴到 WPS 文字（或 Word）中{slides}]]，“文件 → 另存为”.docx 后导入',
    ],
    [
      'a {ext} file is [[a spreadsheet (WPS 表格, Excel){sheet}]][[a presentation (WPS 演示, PowerPoint){slides}]], not a text contribution; it cannot be imported',
      '[[select and copy the table in WPS 表格 (or Excel){sheet}]][[copy the text of the slides in WPS 演示 (or PowerPoint){slides}]], paste it into WPS 文字 (or Word), "Save As" .docx and import that',
    ],
  ),
  JB074: def(
    'error',
    [
      '这个 {ext} 文件的内容不是 WPS 文字、Word 的文档格式（文件可能已损坏，或是别的文件改了扩展名），没有导入',
      '在 WPS 文字（或 Word）中打开它：打得开就“文件 → 另存为”.docx 后导入；打不开就请作者重新发送',
    ],
    [
      'this {ext} file holds no WPS 文字 or Word document format (it may be damaged, or another file renamed); nothing was imported',
      'open it in WPS 文字 (or Word): if it opens, "Save As" .docx and import that; if it does not, ask the author to send it again',
    ],
  ),
  JB075: def(
    'warning',
    [
      '第 {nos} 段在原稿中[[居中{center}]][[右对齐{right}]]，简报正文的段落不居中、不右对齐，已按普通段落导入：“{input}”',
      '核对这几段：落款和日期可以留在文末或删去（简报文章一般不印落款），副标题可以并入标题',
    ],
    [
      'paragraphs {nos} are [[centred{center}]][[set right{right}]] in the contribution; the bulletin\'s body sets paragraphs neither centred nor right, so they were imported as ordinary paragraphs: "{input}"',
      'check them: a signature block and date can stay at the end or go (bulletin articles rarely print one), a subtitle can join the title',
    ],
  ),
  JB076: def(
    'warning',
    [
      '第 {no} 段“{input}”也像标题：原稿开头可能是红头（发文机关标志“{title}”），已取第一段作标题',
      '若这一段才是文章标题：把它写进 title，从正文删去它；原来的标题（发文机关标志）和文号按需删去或留在正文',
    ],
    [
      'paragraph {no} "{input}" looks like a title too: the contribution may open with a red header (the issuing body\'s mark "{title}"), and its first line was taken as the title',
      "if this paragraph is the article's title: put it into title and delete it from the body; drop the issuing body's mark and document number, or keep them in the body",
    ],
  ),
  JB077: def(
    'warning',
    [
      '第 {no} 段的 {count} 张图片在原稿中位于标题之上（如刊头、横幅图片）；简报的标题总在文章最前，图片已排在标题之下',
      '核对这张图片：刊头、横幅之类不属于文章的图片可以删去；其余的按需移到合适的位置',
    ],
    [
      'the {count} picture(s) in paragraph {no} stand above the title in the contribution (a banner, a masthead); a bulletin sets the title first, so they come under it',
      'check the picture: a banner or masthead that is not part of the article can go; move any other to its place',
    ],
  ),
  // 078–089: whole back issues from Word files (src/import/word-issue)
  JB078: def(
    'warning',
    [
      '本期要目中第 {no} 段“{input}”在正文中找不到对应的文章；要目按文章标题重新生成，这一行不会印出（原文留在 YAML 的注释中）',
      '核对：这篇文章是否漏排，或要目写错了；需要时把文章补进 articles',
    ],
    [
      'the 本期要目 line in paragraph {no} "{input}" names no article in the issue; the 要目 is rebuilt from the titles, so this line will not print (its text is kept in a YAML comment)',
      'check whether the article is missing or the 要目 line was wrong; add the article to articles if needed',
    ],
  ),
  JB079: def(
    'warning',
    [
      '第 {no} 段的标题“{input}”不在本期要目中；重新生成的要目会列出它',
      '核对它是不是一篇文章：是原要目漏列的，不用改；若是正文中的一行，把它并回上一篇文章',
    ],
    [
      'the title in paragraph {no} "{input}" is not in the 本期要目; the rebuilt 要目 will list it',
      'check it is an article: if the old 要目 left it out, nothing to do; if it is a line of the previous article, move it back there',
    ],
  ),
  JB080: def(
    'warning',
    [
      '报尾第 {no} 段“{input}”在简报文件中没有对应的字段，没有写入（原文留在 YAML 的注释中）；报尾只印报、送、发各行和印数',
      '需要时把它写进模板或正文；不需要就删去这条注释',
    ],
    [
      'the 报尾 line in paragraph {no} "{input}" has no field in an issue file and was not written (its text is kept in a YAML comment); the 报尾 prints only the 报/送/发 lines and the print run',
      'put it into the template or the text if it is needed; otherwise delete the comment',
    ],
  ),
  JB081: def(
    'warning',
    ['报尾第 {no} 段“{input}”将按模板的格式印成“{printed}”', '核对印出的报尾；格式由模板决定'],
    [
      'the 报尾 line in paragraph {no} "{input}" will print in the template\'s form "{printed}"',
      "check the printed 报尾; its form is the template's",
    ],
  ),
  JB082: def(
    'warning',
    ['第 {no} 段的栏目标题“{input}”将按模板印成“{printed}”', '核对：模板的这个标题是固定的；需要原来的写法就改模板'],
    [
      'the heading in paragraph {no} "{input}" will print as the template\'s "{printed}"',
      "check it: the template's heading is fixed; change the template to keep the old wording",
    ],
  ),
  JB083: def(
    'warning',
    ['第 {no} 段等 {count} 处是用字符打出的线（“{input}”），没有写入：报头、报尾的线由模板画出', '核对印出的报头和报尾'],
    [
      'paragraph {no} and {count} place(s) in all are lines typed with characters ("{input}") and were not written: the template draws the masthead\'s and 报尾\'s rules',
      'check the printed masthead and 报尾',
    ],
  ),
  JB084: def(
    'warning',
    ['简讯中第 {no} 段不以日期开头，已接在上一条简讯之后：{input}', '核对：若是单独的一条，在 YAML 中把它拆出来并补上日期'],
    [
      'paragraph {no} among the 简讯 does not open with a date and was joined to the brief before it: {input}',
      'check it: if it is a brief of its own, split it out in the YAML and give it a date',
    ],
  ),
  JB085: def(
    'warning',
    [
      '第 {no} 段等 {count} 个标题不是居中的大字、小标宋或加粗，是按[[比正文大的字号{size}]][[与正文不同的字体{font}]][[段落样式{style}]][[本期要目中的一行{toc}]][[居中且前面是空段落{centred}]][[所在的位置（空段落之后、来源行或署名之前）{place}]]认出的（第一个：“{input}”）',
      '核对每篇文章从哪一段开始：若正文中的一行被当成了标题，在 YAML 中把那篇并回上一篇文章',
    ],
    [
      'paragraph {no} and {count} title(s) in all are not set as titles usually are (centred, and larger, in 小标宋 or bold) and were found by [[a size bigger than the body\'s{size}]][[a font other than the body\'s{font}]][[their paragraph style{style}]][[a 要目 line naming them{toc}]][[centring after an empty paragraph{centred}]][[their place (after an empty paragraph, above a source line or byline){place}]] (the first: "{input}")',
      'check where each article starts: if a line of the body was taken for a title, merge that article back into the one before it in the YAML',
    ],
  ),
  JB086: def(
    'warning',
    [
      '第 {no} 段起的 {count} 行简讯是表格：每行作一条简讯，按模板印成一段，如“{printed}”[[；表头“{header}”没有写入（原文留在 YAML 的注释中）]]',
      '核对每条简讯的日期、内容和来源',
    ],
    [
      'the {count} 简讯 rows from paragraph {no} on are a table: each row is one brief, printed as a paragraph in the template\'s form, e.g. "{printed}"[[; the header row "{header}" was not written (its text is kept in a YAML comment)]]',
      "check each brief's date, text and source",
    ],
  ),
  JB087: def(
    'warning',
    ['第 {no} 段“{input}”在标题之下、右对齐、字号较小，作为署名（byline）', '核对：若不是署名（如副标题、落款），在 YAML 中把它移回正文'],
    [
      'paragraph {no} "{input}" stands right under the title, set right and smaller than the body, and was taken as the byline',
      'check it: if it is no byline (a subtitle, a sign-off), move it back into the body in the YAML',
    ],
  ),
  // 1xx: YAML syntax
  JB089: def(
    'warning',
    ['报头“{input}”读作合刊，期号写为 {number}；“合刊”二字没有写入 YAML', '核对印出的报头：是否标出“合刊”由模板决定'],
    [
      'the masthead line "{input}" reads as a combined issue (合刊), number {number}; the word 合刊 is not written to the YAML',
      'check the printed masthead: whether it marks the combined issue is up to the template',
    ],
  ),
  JB090: def(
    'error',
    ['{file} 与 {other} 都会导入为 {target}，这两个文件都没有导入', '同名而格式不同的文件：改名其中一个，或分两次导入到不同的 -o 文件夹'],
    [
      '{file} and {other} would both import to {target}; neither was imported',
      'files of one name in different formats: rename one, or import them separately into different -o folders',
    ],
  ),
  JB051: def(
    'error',
    [
      '“{parentKey}”下的第一个字段“{key}”的缩进（{indent} 个空格）与它下面的字段（第 {below} 行，{belowIndent} 个空格）对不上',
      '同一层的字段左边对齐：“{key}”前面应是 {want} 个空格[[（jianbao check --fix 可自动改）{fixable}]]',
    ],
    [
      'the first key under "{parentKey}", "{key}", is indented by {indent}, which does not fit the keys below it (line {below}, indentation {belowIndent})',
      'keys of one level line up on the left: put {want} spaces before "{key}"[[ (jianbao check --fix does it){fixable}]]',
    ],
  ),
  JB052: def(
    'error',
    [
      '这一行的{where}有不换行空格（U+00A0），YAML 不把它当作空格',
      '换成普通的半角空格；这种空格常随从网页、Word 或微信复制来的文字带进来[[（jianbao check --fix 可自动改）{fixable}]]',
    ],
    [
      "a no-break space (U+00A0) in this line's {where}, which YAML does not take for a space",
      'replace it with an ordinary space; text copied from a web page, Word or WeChat often brings it[[ (jianbao check --fix does it){fixable}]]',
    ],
  ),
  JB053: def(
    'error',
    [
      '“{key}: {bar}”后面同一行写了文字，YAML 读不出：块的文字要从下一行开始[[；“｜”是全角字符，要用半角“|”{fullWidth}]]',
      '把这段文字移到下一行，比“{key}”多缩进 2 个空格[[（jianbao check --fix 可自动改）{fixable}]]；若文字本来就以“{bar}”开头，给整个值加双引号',
    ],
    [
      'text on the line of "{key}: {bar}", which YAML cannot read: a block\'s text starts on the next line[[; "｜" is full-width, use "|"{fullWidth}]]',
      'move the text to the next line, indented 2 more than "{key}"[[ (jianbao check --fix does it){fixable}]]; if the text really starts with "{bar}", put the whole value in double quotes',
    ],
  ),
  JB054: def(
    'error',
    [
      '{field} 的值两边是中文引号{open}{close}，YAML 只认半角引号，把它们读成了值的一部分',
      '写成 {fixed}[[（jianbao check --fix 可自动改）{fixable}]]',
    ],
    [
      'the value of {field} is wrapped in Chinese quotes {open}{close}: YAML only knows half-width quotes and reads these as part of the value',
      'write {fixed}[[ (jianbao check --fix does it){fixable}]]',
    ],
  ),
  JB055: def(
    'warning',
    [
      '{field} 整个写在中文引号{open}{close}中，印出时会带着这对引号',
      '引号若是要印出的，不用改；若本想用它括住值，删去这对引号[[（这个标题里有 \\n，要换行就得用半角双引号 "…"：jianbao check --fix 可自动改）{fixable}]]',
    ],
    [
      '{field} is wholly in Chinese quotes {open}{close}, which are printed with it',
      'if the quotes are meant to print, leave it; if they were meant to enclose the value, delete them[[ (this title holds \\n, a line break only in half-width double quotes "…": jianbao check --fix does it){fixable}]]',
    ],
  ),
  JB056: def(
    'error',
    [
      '{list} 的第 {n} 项是空的：这一行只有“-”',
      '删去这一行[[（jianbao check --fix 可自动删去）{fixable}]]；若要在这里加一条，在“- ”后面写上第一个字段（如 title: …），其余字段写在下面、与它对齐',
    ],
    [
      'item {n} of {list} is empty: this line holds only a "-"',
      'delete the line[[ (jianbao check --fix does it){fixable}]]; to add an item here, write its first key after the "- " (title: …) and the others below it, lined up',
    ],
  ),
  JB057: def(
    'warning',
    [
      '{field} 中的“＃”是全角字符，YAML 不把它当作注释：它和后面的文字会一起印出',
      '若是想写注释，改用半角“#”，前面空两格；若“＃”本来就是要印出的文字，不用改',
    ],
    [
      'the "＃" in {field} is full-width, so YAML does not take it for a comment: it prints with what follows',
      'for a comment, use a half-width "#" after two spaces; if the "＃" is meant to print, leave it',
    ],
  ),
  JB101: def(
    'error',
    ['YAML 语法错误：{detail}', '检查这一行的缩进、冒号和引号；含有冒号或 # 的文字请用引号括起来'],
    ['YAML syntax error: {detail}', 'check indentation, colons and quotes on this line; quote text that contains a colon or #'],
  ),
  JB102: def(
    'error',
    ['字段“{key}”重复出现', '同一层级中每个字段只能写一次，删除或合并重复的那一个'],
    ['key "{key}" appears twice', 'each key may appear once per level; delete or merge the duplicate'],
  ),
  JB103: def(
    'error',
    ['YAML 别名展开过多，文件可能被构造为“别名炸弹”', '不要使用大量嵌套的 & 锚点和 * 别名'],
    ['YAML aliases expand too much (an alias bomb?)', 'avoid deeply nested & anchors and * aliases'],
  ),
  JB104: def(
    'error',
    [
      '文件不是“字段: 值”的写法（文件是空的，或整个文件是一个列表或一段文字）',
      '从 issue: 和 articles: 开始写；运行 jianbao new 可生成一期的骨架',
    ],
    [
      'the file is not written as "key: value" (it is empty, or the whole file is a list or a text)',
      'start with issue: and articles:; jianbao new writes the skeleton of an issue',
    ],
  ),
  // 105–129: YAML traps and slips, named in the editor's words (src/source/yaml-traps.ts, yaml-slips.ts)
  JB105: def(
    'error',
    [
      '{field} 中“ #”及其后的文字被 YAML 当作注释，不会印出：{comment}',
      '要印出它，把整行的值放进双引号：{quoted}[[（jianbao check --fix 可自动加上）{fixable}]]；若确是注释，请移到上一行',
    ],
    [
      'in {field}, " #" and what follows is a YAML comment and will not print: {comment}',
      'to print it, put the whole value in double quotes: {quoted}[[ (jianbao check --fix does it){fixable}]]; if it is a note, move it to the line above',
    ],
  ),
  JB106: def(
    'warning',
    [
      '标题中的 {escape} 不在双引号中，会原样印出这两个字符',
      '要换行，把标题写在双引号中，如 "第一行\\n第二行"[[（jianbao check --fix 可自动改）{fixable}]]；不需要时删去 {escape}',
    ],
    [
      '{escape} in a title outside double quotes prints as those two characters',
      'for a line break put the title in double quotes, e.g. "line one\\nline two"[[ (jianbao check --fix does it){fixable}]]; otherwise delete {escape}',
    ],
  ),
  JB107: def(
    'warning',
    [
      '{field} 写成了两行，YAML 会把它们合成一行、中间加一个空格：{input}',
      '写在同一行；标题要分两行印出时，写成 "第一行\\n第二行"（带双引号）',
    ],
    [
      '{field} is written over two lines; YAML joins them into one with a space: {input}',
      'write it on one line; for a two-line title write "line one\\nline two" (with the double quotes)',
    ],
  ),
  JB117: def(
    'error',
    [
      '{field} 的值以 # 开头，YAML 把整段当作注释，这一项成了空值',
      '把值放进双引号：{quoted}[[（jianbao check --fix 可自动加上）{fixable}]]',
    ],
    [
      'the value of {field} starts with #, so YAML takes all of it as a comment and the field is empty',
      'put the value in double quotes: {quoted}[[ (jianbao check --fix does it){fixable}]]',
    ],
  ),
  JB118: def(
    'error',
    ['正文 {field} 没有用“|”写成块，YAML 会把各行合成一段、行间加空格', '写成 body: |，正文各行缩进写在下面（每行一段）'],
    [
      'the body {field} is not written as a "|" block: YAML joins its lines into one paragraph with spaces',
      'write body: | and the body lines indented below it (each line a paragraph)',
    ],
  ),
  JB108: def(
    'error',
    [
      '这一行的缩进（{indent} 个空格）与上一行（第 {above} 行，{aboveIndent} 个空格）对不上',
      '同一层的字段左边对齐；列表项“- ”下面的字段与“-”后面的文字对齐（多缩进 2 个空格）[[；这一行看来应缩进 {want} 个空格]]',
    ],
    [
      "this line's indentation ({indent}) does not fit the line above (line {above}, indentation {aboveIndent})",
      'keys of one level line up on the left; the keys of a "- " item line up with the text after the "-" (2 more spaces)[[; this line probably wants {want} spaces]]',
    ],
  ),
  JB109: def(
    'error',
    [
      '字段名“{key}”后面是全角冒号“：”',
      '改成半角冒号加一个空格：“{key}: ”[[；字段名要写成英文“{english}”]][[（jianbao check --fix 可自动改）{fixable}]]',
    ],
    [
      'the key "{key}" is followed by a full-width colon "："',
      'use a half-width colon and a space: "{key}: "[[; field names are English: "{english}"]][[ (jianbao check --fix does it){fixable}]]',
    ],
  ),
  JB110: def(
    'error',
    ['这一行的{where}有全角空格（U+3000）', '把它换成半角空格（输入法切到英文状态再敲空格）'],
    ["a full-width space (U+3000) in this line's {where}", 'replace it with an ordinary half-width space'],
  ),
  JB111: def(
    'error',
    ['这一行用 Tab 键缩进', 'YAML 只认空格缩进：把 Tab 换成空格（每层 2 个）；编辑器可设为“按 Tab 插入空格”'],
    ['this line is indented with a tab', 'YAML indents with spaces only: replace the tab with spaces (2 per level)'],
  ),
  JB112: def(
    'error',
    ['字段名“{key}”的冒号后面少了空格', '在冒号后加一个空格：“{key}: …”[[（jianbao check --fix 可自动加上）{fixable}]]'],
    ['no space after the colon of the key "{key}"', 'put a space after the colon: "{key}: …"[[ (jianbao check --fix does it){fixable}]]'],
  ),
  JB113: def(
    'error',
    [
      '正文这一行的缩进（{indent} 个空格）少于正文第一行（第 {first} 行，{firstIndent} 个空格），YAML 认为正文到这里就断了',
      '“body: |”下面的每一行都要与正文第一行左边对齐；如果是第一行多缩进了，就把第一行改齐',
    ],
    [
      "this body line's indentation ({indent}) is less than the body's first line's (line {first}, indentation {firstIndent}): YAML ends the body here",
      'every line under "body: |" lines up with the body\'s first line; if the first line is the one indented too far, line it up',
    ],
  ),
  JB114: def(
    'error',
    ['列表项的“-”后面少了空格', '在“-”后加一个空格，写成“- {rest}”[[（jianbao check --fix 可自动加上）{fixable}]]'],
    ['no space after the "-" of a list item', 'put a space after the "-": "- {rest}"[[ (jianbao check --fix does it){fixable}]]'],
  ),
  JB115: def(
    'error',
    ['“{key}”的值中有“: ”（半角冒号加空格），YAML 把它当成了下一层字段', '把整个值放进双引号：{key}: {quoted}；或把其中的冒号改为全角“：”'],
    [
      'the value of "{key}" contains ": " (a colon and a space), which YAML reads as a nested key',
      'put the whole value in double quotes: {key}: {quoted}; or use the full-width "："',
    ],
  ),
  JB116: def(
    'error',
    ['正文开头的空行里有空格，比正文缩进得还多', '删去这一行里的空格，留一个真正的空行'],
    [
      "a blank line before the body's first line holds more spaces than the body is indented",
      'delete the spaces on that line and leave it truly empty',
    ],
  ),
  JB119: def(
    'error',
    ['字段名“{key}”后面少了冒号', '在“{key}”后面加半角冒号和空格，写成“{key}: {rest}”[[（jianbao check --fix 可自动加上）{fixable}]]'],
    ['no colon after the key "{key}"', 'put a colon and a space after "{key}": "{key}: {rest}"[[ (jianbao check --fix does it){fixable}]]'],
  ),
  JB120: def(
    'error',
    [
      '这一行像是新的一条（“{key}”又出现了），但前面少了“- ”，YAML 把它并进了上面那一条',
      '每一条以“- ”开头，与上面各条的“-”对齐：写成“{fixed}”[[（jianbao check --fix 可自动加上）{fixable}]]',
    ],
    [
      'this line looks like a new item ("{key}" again) without its "- ": YAML merges it into the item above',
      'start every item with "- ", its "-" under the other items\' "-": "{fixed}"[[ (jianbao check --fix does it){fixable}]]',
    ],
  ),
  JB121: def(
    'error',
    [
      '“{key}”的值放在引号中，值里的引号“{quote}”在这里结束了这个值，后面的文字 YAML 读不懂',
      '值里的引号改用中文引号“”或「」；或者改用块写法：写“{key}: |”，文字另起一行、缩进写在下面',
    ],
    [
      'the value of "{key}" is in quotes, and the quote {quote} inside it ends the value here: YAML cannot read what follows',
      'inside the value use Chinese quotes “” or 「」; or write it as a block: "{key}: |" with the text indented on the next line',
    ],
  ),
  JB122: def(
    'error',
    [
      '这一条“- ”的缩进（{indent} 个空格）与它下面的字段（第 {below} 行，{belowIndent} 个空格）对不上',
      '“- ”后面的文字与下面各字段左边对齐：“-”前面应是 {want} 个空格[[（jianbao check --fix 可自动改）{fixable}]]',
    ],
    [
      'this "- " item\'s indentation ({indent}) does not fit the keys below it (line {below}, indentation {belowIndent})',
      'the text after "- " lines up with the keys below: put {want} spaces before the "-"[[ (jianbao check --fix does it){fixable}]]',
    ],
  ),
  JB123: def(
    'error',
    [
      '文件第一个字段“{key}”前面多了 {indent} 个空格',
      '顶层字段（issue:、articles:、briefs: 等）从行首写起，前面不留空格[[（jianbao check --fix 可自动删去）{fixable}]]',
    ],
    [
      'the first key of the file, "{key}", is indented by {indent}',
      'top-level keys (issue:, articles:, briefs: …) start at the beginning of the line[[ (jianbao check --fix does it){fixable}]]',
    ],
  ),
  JB124: def(
    'warning',
    [
      '简讯日期“{input}”不是日历上有的日期：[[{month}月没有{day}日]][[没有{badMonth}月]]',
      '核对原稿，改正日期（简讯日期写成“4月7日”或“4月7日-8日”）',
    ],
    [
      'the brief\'s date "{input}" is not on the calendar: [[month {month} has no day {day}]][[there is no month {badMonth}]]',
      'check the original and correct the date (write it as 4月7日 or 4月7日-8日)',
    ],
  ),
  JB125: def(
    'error',
    ['参数 {option} 的值“{value}”无效：{words}', '改正后重新运行；没有写入任何内容'],
    ['invalid value "{value}" for {option}: {words}', 'correct it and run again; nothing was written'],
  ),
  JB126: def(
    'error',
    [
      '这一条[[像是一条简讯{brief}]][[像是一篇文章{article}]]（有 {keys}），却写在了 {section} 下面',
      '把这一条移到 {belongs}: 下面[[（简讯列表，写在所有文章之后）{brief}]][[（文章列表）{article}]]',
    ],
    [
      'this item looks like [[a brief{brief}]][[an article{article}]] (it has {keys}) but stands under {section}',
      'move it under {belongs}:[[ (the list of briefs, after all the articles){brief}]][[ (the list of articles){article}]]',
    ],
  ),
  JB127: def(
    'error',
    [
      '“{key}”的值以引号“{quote}”开头，却没有结束的引号，YAML 把下面各行都读进了这个值',
      '在这一行值的末尾补上 {quote}；值里要用引号时改用中文引号“”或「」',
    ],
    [
      'the value of "{key}" opens with the quote {quote} but never closes it: YAML reads the lines below into it',
      'put a {quote} at the end of the value on this line; inside a value use Chinese quotes “” or 「」',
    ],
  ),
  JB128: def(
    'error',
    [
      '这一行的“{char}”是全角字符，YAML 只认半角的“{ascii}”',
      '改成半角“{ascii}”（输入法切到英文状态再输入）[[（jianbao check --fix 可自动改）{fixable}]]',
    ],
    [
      '"{char}" is a full-width character: YAML knows only the half-width "{ascii}"',
      'type the half-width "{ascii}" instead[[ (jianbao check --fix does it){fixable}]]',
    ],
  ),
  JB129: def(
    'error',
    [
      '正文没有缩进：第 {keyLine} 行“{key}: |”下面的文字与“{key}”左边对齐了，YAML 读不出正文',
      '正文各行都比“{key}”多缩进 2 个空格（前面 {want} 个空格）；编辑器里可选中正文各行一起缩进',
    ],
    [
      'the body is not indented: the text under "{key}: |" (line {keyLine}) starts where "{key}" does, so YAML finds no body',
      'indent every body line 2 spaces more than "{key}" ({want} spaces); most editors indent a selection at once',
    ],
  ),
  // 130–139: contributions in, what a Word file holds beyond text: nothing left out without a note
  JB130: def(
    'warning',
    [
      '[[脚注{footnote}]][[尾注{endnote}]]“{input}”中的图片已作为照片放在文章末尾（简报的脚注只印文字）',
      '核对这张图片：需要时在 YAML 中把它移到合适的位置，或删去',
    ],
    [
      'the picture in the [[footnote{footnote}]][[endnote{endnote}]] "{input}" was imported as a photo at the end of the article (the bulletin prints notes as text only)',
      'check the picture: move it to its place in the YAML, or delete it',
    ],
  ),
  JB131: def(
    'warning',
    [
      '第 {no} 段的手写墨迹（Word 的“绘图”笔迹）[[已按文件中保存的图片导入{picture}]][[没有导入：文件中没有它的图片{lost}]]',
      '手写的内容若应作为文字印出，请在正文中输入；签名等保留图片即可',
    ],
    [
      'the ink (handwriting drawn in Word) in paragraph {no} [[was imported as the picture the file keeps of it{picture}]][[was not imported: the file keeps no picture of it{lost}]]',
      'if the handwriting should print as text, type it into the body; a signature can stay a picture',
    ],
  ),
  JB132: def(
    'warning',
    [
      '第 {no} 段有 Word 的[[日期块（{date}），显示的是打开文件当天的日期]][[页码块{page}，显示的是所在页的页码]]，文件中没有保存文字，没有导入：“{input}”',
      '在正文中写出应印的日期（或删去这处），再核对这一段',
    ],
    [
      'paragraph {no} holds a Word [[date block ({date}), which shows the day the file is opened]][[page number block{page}, which shows the page it is on]]; the file keeps no text for it, so it was not imported: "{input}"',
      'type the date that should print into the body (or drop it), and check the paragraph',
    ],
  ),
  JB133: def(
    'warning',
    [
      '第 {no} 段中 jianbao 不认识的 Word 元素 <{element}> 里的[[文字已照样写入：“{input}”]][[图片已照样导入{picture}]]；请对照原稿核对',
      '在 Word 中看这一处：若显示的与导入的不同，在 YAML 中改正',
    ],
    [
      'in paragraph {no}, the [[text in the Word element <{element}>, which jianbao does not know, was written as found: "{input}"]][[picture in the Word element <{element}>, which jianbao does not know, was imported as found{picture}]]; check it against the contribution',
      'look at this place in Word: if it shows something else, correct the YAML',
    ],
  ),
  JB134: def(
    'warning',
    [
      '页眉、页脚或页面背景中的 {count} 张图片（如单位徽标、图片水印）没有导入：页眉页脚由简报模板排出',
      '若其中有应当印出的图片，把它插入正文后重新导入',
    ],
    [
      '{count} pictures in the page headers, footers or page background (a logo, a picture watermark) were not imported: the bulletin template sets its own',
      'if one of them should print, insert it into the body and import again',
    ],
  ),
  JB135: def(
    'warning',
    [
      '第 {no} 段的 Word 域 {field} 在文件中没有保存显示的结果（Word 显示时才算出），没有导入：“{input}”',
      '在正文中写出这里应印的页码或日期，或删去这处',
    ],
    [
      'the Word field {field} in paragraph {no} keeps no result in the file (Word works it out as it shows the page), so nothing was imported: "{input}"',
      'type the page number or date that should print here into the body, or drop it',
    ],
  ),
  JB136: def(
    'warning',
    [
      '第 {no} 段的 Word 域 {field} 显示的“{input}”已照样写入：它常是模板中的占位提示',
      '若这是“单击此处输入”之类的提示而不是内容，在 YAML 中删去或换成应有的文字',
    ],
    [
      'the Word field {field} in paragraph {no} shows "{input}", written as shown: it is mostly a template\'s prompt',
      'if it is a prompt ("click here to type") rather than content, delete it in the YAML or put the right words in its place',
    ],
  ),
  JB137: def(
    'warning',
    [
      '第 {no} 段“{input}”[[作为文章来源：source 写“{source}”，印在文末为“（{source}）”{taken}]][[；行首的“{marker}”不印出]][[像来源行，但标签后不是一个单位名或文章已有来源，留在正文{left}]]',
      '[[若不是来源，把这一行移回正文{taken}]][[若是来源，把单位名写进 source 并从正文删去这一行{left}]]',
    ],
    [
      'paragraph {no} "{input}" [[was taken as the article\'s source: source is "{source}", printed at the end as "（{source}）"{taken}]][[; the "{marker}" before it is not printed]][[looks like a source line, but the label is not followed by one name or the article has a source already; it stays in the body{left}]]',
      '[[if it is not the source, move the line back into the body{taken}]][[if it is the source, put the name into source and delete the line from the body{left}]]',
    ],
  ),
  JB138: def(
    'warning',
    [
      '第 {nos} 段：{count} 个同级的编号短行（“{input}”等）[[都按小标题导入{taken}]][[前后相接，像列表，都按正文导入{list}]]',
      '[[若不是小标题，删去这些行首的“## ”{taken}]][[若是小标题，在这些行首加“## ”{list}]]',
    ],
    [
      'paragraphs {nos}: {count} numbered short lines of one level ("{input}" …) [[were all taken as subheadings{taken}]][[follow one another like a list and were all kept as body text{list}]]',
      '[[if they are not subheadings, delete the "## " at their line starts{taken}]][[if they are subheadings, put "## " at their line starts{list}]]',
    ],
  ),
  // 140–148: contributions in, Word constructs found by trying real submissions
  JB140: def(
    'warning',
    ['第 {no} 段的注音没有导入（被注音的文字照写）：“{input}”', '注音不印；若读音要印出，在正文中用括号写出，如“罗阳（luó yáng）”'],
    [
      'the ruby annotation (注音) in paragraph {no} was not imported (the annotated text was): "{input}"',
      'ruby is not printed; if the reading should print, write it in brackets in the body, e.g. 罗阳（luó yáng）',
    ],
  ),
  JB141: def(
    'warning',
    [
      '页眉、页脚中的文字没有导入（页眉页脚由简报模板排出）：“{input}”',
      '若其中有应当印出的内容（如报送单位、密级），把它写进正文或期刊设置',
    ],
    [
      'the words in the page header or footer were not imported (the bulletin template sets its own): "{input}"',
      'if something there should print (the sending unit, a classification mark), put it into the body or the issue settings',
    ],
  ),
  JB142: def(
    'warning',
    ['第 {no} 段的 Word 编号格式（{format}）jianbao 不认识，编号已按阿拉伯数字写成“{input}”', '核对这个编号，按 Word 中显示的样子改写'],
    [
      'the Word number format ({format}) of paragraph {no} is not one jianbao knows; the number was written in Arabic digits as "{input}"',
      'check the number and write it as Word shows it',
    ],
  ),
  JB143: def(
    'warning',
    [
      '第 {no} 段的 EQ 域（带圈字符、旧式拼音指南等，Word 每次临时画出）[[只写入了其中的文字“{text}”，圈、注音等没有保留]][[没有导入{none}]]：“{input}”',
      '核对这里：需要圈码时改用 ①②③ 等字符，需要读音时在括号中写出',
    ],
    [
      'the EQ field in paragraph {no} (an enclosed character, an old-style ruby: Word draws it each time)[[ was written as the text in it, "{text}", without its circle or reading]][[ was not imported{none}]]: "{input}"',
      'check this place: for an enclosed number use a character like ①②③, for a reading write it in brackets',
    ],
  ),
  JB144: def(
    'warning',
    [
      '第 {no} 段的表格单元格里套着一个表格，其中的文字已接在这一格里（以空格分开）：“{input}”',
      '核对这一格；需要时把里面的表格改成正文，或拆成单独的表格',
    ],
    [
      'a table cell in paragraph {no} holds a table of its own; its words were run on in that cell, apart by spaces: "{input}"',
      'check this cell; if needed, turn the inner table into body text or a table of its own',
    ],
  ),
  JB145: def(
    'warning',
    [
      '第 {no} 段的“{input}”中有私用区字符 {char}（多为自造字或符号字体的字），已原样写入；简报字体中多半没有这个字',
      '问清作者这是什么字，改为标准汉字（GB 18030 中有的）或常用符号',
    ],
    [
      'paragraph {no} ("{input}") holds the private-use character {char} (mostly a self-made character or a symbol font\'s), written as typed; the bulletin fonts most likely lack it',
      'ask the author which character it is and replace it with a standard one (in GB 18030) or a common symbol',
    ],
  ),
  JB146: def(
    'warning',
    [
      'LibreOffice 转换这个 Word 97–2003 文件时丢掉了 {count} 个 EQ 域（带圈字符、旧式拼音指南）中的文字：“{input}”，导入的正文中没有它们',
      '在 Word 或 WPS 中把文件另存为 .docx 再导入（.docx 中这些字能读出），或把这些字补进 YAML',
    ],
    [
      'LibreOffice lost the words of {count} EQ fields (enclosed characters, old-style ruby) when it converted this Word 97–2003 file: "{input}"; the imported body lacks them',
      'save the file as .docx in Word or WPS and import that (its EQ fields are read), or add the words to the YAML',
    ],
  ),
  // 149: contributions in, continued (165–199 below are taken)
  JB149: def(
    'warning',
    [
      '第 {no} 段的内容控件显示的是占位提示[[“{input}”]]，不是作者输入的文字，没有导入',
      '核对原稿：这里若应有内容，请作者在 Word 中填写后重新导入；否则无需处理',
    ],
    [
      'the content control in paragraph {no} shows only its placeholder prompt[[ "{input}"]], not text the author typed; not imported',
      'check the contribution: if something belongs here, have the author fill it in in Word and import again; otherwise nothing to do',
    ],
  ),
  // 15x–17x: import of plain-text back issues (jianbao import)
  JB150: def(
    'error',
    [
      '找不到文章：既没有“本期要目”，也没有以“# ”开头的栏目行',
      '确认这是一期简报的纯文本（含“本 期 要 目”）、专版文本（每个栏目以“# 地区 标题”开头），或单篇稿件（第一行是标题，不以句号结尾）',
    ],
    [
      'no articles found: neither a 本期要目 block nor "# " section lines',
      'check this is the plain text of an issue (with 本 期 要 目), of a feature page ("# city title" sections), or of one article (its title on the first line, no full stop)',
    ],
  ),
  JB151: def(
    'error',
    ['{path} 已存在，未覆盖', '加 --force 覆盖，或用 -o 指定另一个输出文件夹'],
    ['{path} already exists; not overwritten', 'pass --force to overwrite it, or choose another folder with -o'],
  ),
  JB152: def(
    'warning',
    ['要目“{input}”在正文中找不到对应的标题；这篇文章的文字留在上一篇文章中', '在 YAML 中找到这篇文章的开头，把它拆成单独的一篇'],
    [
      'TOC line "{input}" has no matching title in the text; its text stays in the previous article',
      'find where the article starts in the YAML and split it out',
    ],
  ),
  JB153: def(
    'warning',
    ['标题“{title}”与要目“{input}”不完全一致，按相近匹配', '核对这是否就是这篇文章；要目原文保留在 toc 中'],
    ['title "{title}" matches TOC line "{input}" only approximately', 'check it is the right article; the TOC line is kept as toc'],
  ),
  JB154: def(
    'warning',
    ['段落在句中结束（“{input}”），但第 {next} 行像是新段落的开头，未接合', '这里可能混入了导语或图注；核对后手动移动或接合'],
    [
      'a paragraph stops mid-sentence ("{input}") but line {next} looks like a new paragraph; not joined',
      'a lead or caption may have landed here; move or join by hand',
    ],
  ),
  JB155: def(
    'warning',
    [
      '按图注处理：{input}',
      '核对这是图片说明；导入时没有图片文件，图注照原样写成单独一段，印成普通段落；有照片时改成一行 ![图注](images/照片.jpg)',
    ],
    [
      'taken as a photo caption: {input}',
      'check it is a caption; no image file comes with the text, so it is written as it stands, a paragraph of its own that prints as an ordinary paragraph; with the photo at hand, make it one line ![caption](images/photo.jpg)',
    ],
  ),
  JB156: def(
    'warning',
    ['报头中无法识别的一行：{input}（未写入 YAML）', '手动把它填入 publication 或 issue 的相应字段'],
    ['unrecognised masthead line: {input} (not written to the YAML)', 'put it into the right publication or issue field by hand'],
  ),
  JB157: def(
    'warning',
    ['文章在句中结束：“{input}”', '原文可能在此缺页或被截断；核对原件'],
    ['the article stops mid-sentence: "{input}"', 'a page may be missing or cut here; check the original'],
  ),
  JB158: def(
    'warning',
    ['原文没有报头，{field} 写入了占位值', '在 YAML 中填写真实的 {field}（或写在 jianbao.config.yaml 中）'],
    ['the text has no masthead; {field} is a placeholder', 'fill in the real {field} in the YAML (or in jianbao.config.yaml)'],
  ),
  JB159: def(
    'warning',
    ['第一篇文章之前的文字放在了第一篇文章的开头', '核对这段文字的归属'],
    ['text before the first article was put at the start of the first article', 'check where this text belongs'],
  ),
  JB160: def(
    'warning',
    ['简讯不是“日期，内容（来源）”的形式：{input}', '核对这条简讯的日期、内容和来源'],
    ['brief not in the form "date，text（source）": {input}', "check the brief's date, text and source"],
  ),
  JB161: def(
    'warning',
    ['记者署名不在文章末尾：{input}；署名之后的文字仍归入本文', '核对署名之后的文字是否属于另一篇文章'],
    [
      'byline in the middle of the article: {input}; the text after it stays in this article',
      'check whether the text after the byline belongs to another article',
    ],
  ),
  JB162: def(
    'warning',
    ['原文没有日期，写入了占位日期 {date}', '用 --date YYYY-MM-DD 重新导入，或在 YAML 中改正 date'],
    ['no date in the text; placeholder date {date} written', 're-import with --date YYYY-MM-DD, or correct date in the YAML'],
  ),
  JB163: def(
    'error',
    ['导入自检失败：{detail}；未写入文件', '这是 jianbao 的缺陷，请附上输入文件报告问题'],
    ['import self-check failed: {detail}; nothing written', 'this is a bug in jianbao; please report it with the input file'],
  ),
  JB164: def(
    'warning',
    ['简讯中的半角“{input}”将印成全角', '简讯的分隔逗号和来源括号按全角印刷'],
    ['half-width "{input}" in a brief will print full-width', "a brief's separating comma and source brackets are printed full-width"],
  ),
  // 165–199: contributions in (Word files, single articles, 简讯 pages; src/import/intake, docx)
  JB165: def(
    'error',
    ['文件是空的（0 字节）', '重新保存或重新下载这份稿件'],
    ['the file is empty (0 bytes)', 'save or download the contribution again'],
  ),
  JB166: def(
    'error',
    [
      '不是有效的 Word（.docx）文件[[：不是 zip 压缩包，可能是改了扩展名的文件{notZip}]][[：这是改名为 .docx 的旧版 Word 97–2003 文件{oldWord}]][[：包中没有正文{noBody}]][[：文件已损坏（{reason}）]]',
      '用 Word 或 WPS 打开后“另存为”.docx；若打不开，请向来稿单位索要原文件',
    ],
    [
      'not a valid Word (.docx) file[[: not a zip package, perhaps a renamed file{notZip}]][[: an old Word 97–2003 file named .docx{oldWord}]][[: the package has no document body{noBody}]][[: the file is damaged ({reason})]]',
      'open it in Word or WPS and "save as" .docx; if it will not open, ask the sender for the file again',
    ],
  ),
  JB167: def(
    'error',
    ['文件有密码保护（已加密），无法读取', '在 Word 中打开，“文件 → 信息 → 保护文档”去掉密码后另存，再导入'],
    [
      'the file is password-protected (encrypted)',
      'open it in Word, remove the password (File → Info → Protect Document), save, and import again',
    ],
  ),
  JB168: def(
    'error',
    ['文件中的 {entry} 解压后过大（{size}），上限 {limit}；可能已损坏或是压缩炸弹', '在 Word 中打开后另存为新的 .docx 再导入'],
    [
      '{entry} inside the file unpacks to {size}, over the {limit} limit; the file may be damaged or a zip bomb',
      'open it in Word, save as a new .docx and import that',
    ],
  ),
  JB169: def(
    'error',
    ['图片 {entry} 过大（{size}），上限 {limit}', '在 Word 中选中图片，“图片格式 → 压缩图片”后保存，再导入'],
    [
      'image {entry} is too large ({size}); the limit is {limit}',
      'in Word select the picture, use Picture Format → Compress Pictures, save and import again',
    ],
  ),
  JB170: def(
    'error',
    [
      '读取 {ext} 文件需要 LibreOffice，但没有找到',
      '安装 LibreOffice（https://zh-cn.libreoffice.org；Debian/Ubuntu：apt install libreoffice-writer-nogui），或在 Word/WPS 中“另存为”.docx 后导入',
    ],
    [
      'LibreOffice is needed to read {ext} files and was not found',
      'install LibreOffice (https://www.libreoffice.org; Debian/Ubuntu: apt install libreoffice-writer-nogui), or "save as" .docx in Word/WPS and import that',
    ],
  ),
  JB171: def(
    'error',
    ['LibreOffice 转换 {ext} 失败：{reason}', '在 Word/WPS 中“另存为”.docx 后导入'],
    ['LibreOffice could not convert the {ext} file: {reason}', '"save as" .docx in Word/WPS and import that'],
  ),
  JB172: def(
    'error',
    ['文件里没有可导入的文字', '确认选对了文件；扫描件（图片）需要先识别成文字'],
    ['no text to import in the file', 'check you picked the right file; a scan (pictures only) must be turned into text first'],
  ),
  JB173: def(
    'warning',
    ['标题是按位置推断的：第 {no} 段“{input}”', '核对标题；原文标题没有居中、加大或标题样式'],
    ['title guessed from its position: paragraph {no} "{input}"', 'check the title; it was not centred, larger or in a title style'],
  ),
  JB174: def(
    'warning',
    ['原文开头没有标题，用文件名“{input}”作标题', '在 YAML 中改正 title'],
    ['no title at the start; the file name "{input}" is used as the title', 'correct title in the YAML'],
  ),
  JB175: def(
    'warning',
    ['第 {no} 段“{input}”按加粗或黑体短行识别为小标题', '若不是小标题，删去行首的“## ”'],
    [
      'paragraph {no} "{input}" taken as a subheading (a short bold or 黑体 line)',
      'if it is not a subheading, delete the "## " at the line start',
    ],
  ),
  JB176: def(
    'warning',
    [
      '第 {no} 段起的表格已作为表格导入（首行为表头），合并单元格和单元格格式未保留',
      '核对表格：每行的单元格数须与首行相同，否则该行照原样印出',
    ],
    [
      'the table from paragraph {no} was imported as a table (its first row the header); merged cells and cell formatting were not kept',
      'check the table: a row with another number of cells than the first row prints as typed',
    ],
  ),
  JB177: def(
    'warning',
    ['第 {no} 段在句中有软回车（Shift+Enter），已分成两段：“{input}”', '若是同一段，把下一行接到这一行末尾'],
    [
      'paragraph {no} has a soft line break mid-sentence and was split in two: "{input}"',
      'if it is one paragraph, join the next line to this one',
    ],
  ),
  JB178: def(
    'warning',
    ['文件中有 {count} 处修订痕迹，已按“接受全部修订”导入', '核对正文；需要时在 Word 中处理修订后重新导入'],
    ['{count} tracked changes in the file were imported as accepted', 'check the text; or resolve the changes in Word and import again'],
  ),
  JB179: def(
    'warning',
    ['文件中的 {count} 条批注没有导入', '批注不印刷；需要时在 Word 中查看'],
    ['{count} comments in the file were not imported', 'comments are not printed; read them in Word if needed'],
  ),
  JB180: def(
    'warning',
    ['{count} 条脚注或尾注作为文字放在正文末尾，正文中以 [n] 标出', '核对脚注的位置和编号'],
    [
      '{count} footnotes or endnotes were kept as text at the end of the body, marked [n] in the text',
      "check the footnotes' place and numbers",
    ],
  ),
  JB181: def(
    'warning',
    ['第 {no} 段“{input}”作为上一张图片的说明', '若不是图片说明，把它从 ![…] 中移出另起一段'],
    [
      'paragraph {no} "{input}" taken as the caption of the photo above it',
      'if it is not a caption, move it out of ![…] onto a line of its own',
    ],
  ),
  JB182: def(
    'warning',
    [
      '第 {no} 段的图片是链接，不在文件中，没有导入',
      '在 Word 中把图片插入文档（而不是链接）后重新导入，或把图片放进 images/ 后在正文中手工加一行图片',
    ],
    [
      'the picture in paragraph {no} is linked, not inside the file, and was not imported',
      'insert the picture into the document in Word (not as a link) and import again, or put it in images/ and add a photo line to the body by hand',
    ],
  ),
  JB183: def(
    'warning',
    ['第 {no} 段“{input}”按短行识别为小标题', '若不是小标题，删去行首的“## ”'],
    [
      'paragraph {no} "{input}" taken as a subheading (a short line without final punctuation)',
      'if it is not a subheading, delete the "## " at the line start',
    ],
  ),
  JB184: def(
    'error',
    ['简讯页第 {no} 段不是“日期，内容（来源）”的形式：{input}；未写入', '改成“6月3日，……。（来源）”的形式，或把它作为文章导入'],
    [
      'paragraph {no} of the 简讯 page is not "date，text（source）": {input}; nothing written',
      'write it as "6月3日，……。（来源）", or import it as an article',
    ],
  ),
  JB185: def(
    'error',
    ['这是一页简讯，需要用 --to 指定加入哪一期', '例如 jianbao import {file} --to 2022-05/2022-05.yaml'],
    ['this is a page of 简讯; name the issue to add them to with --to', 'for example jianbao import {file} --to 2022-05/2022-05.yaml'],
  ),
  JB186: def(
    'error',
    ['不能导入 {ext} 文件', '可以导入 .docx .doc .wps .odt .rtf .txt .md；其他格式请先另存为 .docx 或 .txt'],
    ['cannot import {ext} files', 'jianbao imports .docx .doc .wps .odt .rtf .txt .md; save other formats as .docx or .txt first'],
  ),
  JB187: def(
    'error',
    ['这是一整期简报，不能用 --to 或 --from 并入另一期', '去掉 --to，用 -o 导入为单独的一期'],
    [
      'this is a whole issue; it cannot be added to another issue with --to or --from',
      'drop --to and import it as an issue of its own with -o',
    ],
  ),
  JB188: def(
    'warning',
    ['第 {no} 段的图片是 {ext} 格式，PDF 可能无法印出', '在 Word 中把图片另存为 PNG 或 JPEG 后替换'],
    ['the picture in paragraph {no} is {ext}, which the PDF may not print', 'save the picture as PNG or JPEG in Word and replace it'],
  ),
  JB189: def(
    'warning',
    ['第 {no} 段的文本框中的文字已作为正文段落放在该段之后', '核对这些文字的位置；需要时移动或删除'],
    [
      'the text of the text box in paragraph {no} was put after that paragraph as body paragraphs',
      'check where this text belongs; move or delete it if needed',
    ],
  ),
  JB190: def(
    'error',
    [
      '第 {no} 段的文字“{input}”在简报正文中会被当作格式（** 加粗、行首 ## 小标题或 ![…](…) 图片），无法原样保留；未写入文件',
      '在稿件中把这段的 ** 或行首 ## 改为全角＊＊、＃＃（或删去），再导入；jianbao 不会悄悄改动稿件文字',
    ],
    [
      'the text "{input}" of paragraph {no} would be read as body markup (** bold, a leading ## subheading or a ![…](…) photo) and cannot be kept as typed; nothing written',
      "change the ** or leading ## of that paragraph in the contribution (e.g. to full-width ＊＊ or ＃＃, or remove them) and import again; jianbao never changes a contribution's text silently",
    ],
  ),
  JB191: def(
    'warning',
    ['第 {no} 段的表格有合并的单元格，已按原样写成空单元格（合并的文字只在第一格）', '核对这一行的表格；简报正文中的表格没有合并单元格'],
    [
      'the table in paragraph {no} has merged cells; they were written as empty cells (the merged text in the first one only)',
      'check this table row; tables in the bulletin body have no merged cells',
    ],
  ),
  JB192: def(
    'error',
    [
      '第 {no} 段的表格单元格中有“|”，在简报正文中会被当作单元格分隔，无法原样保留；未写入文件',
      '在稿件中把单元格里的 | 改为全角“｜”或“/”（或删去），再导入',
    ],
    [
      'a table cell in paragraph {no} holds "|", which the body format reads as a cell border, so it cannot be kept as typed; nothing written',
      'change the | in that cell to the full-width ｜ or / (or remove it) in the contribution and import again',
    ],
  ),
  JB193: def(
    'warning',
    [
      '文件中有 {count} 处隐藏文字（Word 中不显示、不打印），没有导入，第一处：“{input}”',
      '若这些文字应当印出，在 Word 中取消“隐藏”后重新导入',
    ],
    [
      '{count} stretches of hidden text (Word neither shows nor prints them) were not imported; the first: "{input}"',
      'if the text should print, unhide it in Word and import again',
    ],
  ),
  JB194: def(
    'warning',
    [
      '文件中有 {count} 个符号字体（{font}）的符号（如 {char}），简报字体无法印出，没有导入',
      '在稿件中把这些符号改为普通文字或常用符号（如 √、★、①），再导入',
    ],
    [
      '{count} symbol-font characters ({font}, e.g. {char}) cannot be printed in the bulletin fonts and were not imported',
      'replace them in the contribution with ordinary text or common symbols (√, ★, ①) and import again',
    ],
  ),
  JB195: def(
    'warning',
    [
      '第 {no} 段的[[上标{superscript}]][[下标{subscript}]]“{input}”没有对应的上标或下标字符，已按普通文字写入',
      '核对这处文字：注释序号宜改为脚注；单位、化学式可在稿件中直接输入 ²、³、₂ 等字符',
    ],
    [
      'the [[superscript{superscript}]][[subscript{subscript}]] "{input}" in paragraph {no} has no Unicode superscript or subscript characters and was written as ordinary text',
      'check it: a note number is better as a footnote; a unit or formula can be typed with characters such as ², ³, ₂',
    ],
  ),
  JB196: def(
    'warning',
    [
      '第 {no} 段的“{input}”带有[[删除线{strike}]][[着重号{em}]][[双行合一{combine}]]，简报不印这种格式，文字已照样写入',
      '加了删除线的文字若应删去，在稿件中删去后重新导入；否则核对即可',
    ],
    [
      '"{input}" in paragraph {no} is formatted with [[strike-through{strike}]][[emphasis marks (着重号){em}]][[two lines in one (双行合一){combine}]], which the bulletin does not print; the text was written as typed',
      'if struck-through text should go, delete it in the contribution and import again; otherwise just check it',
    ],
  ),
  JB197: def(
    'warning',
    [
      '第 {no} 段的 Word 域 {field} 显示的“{input}”是保存文件时的结果（页码、日期会变），已按原样写入',
      '核对这处文字是否仍然正确，需要时在 YAML 中改写',
    ],
    [
      'the Word field {field} in paragraph {no} shows "{input}", a snapshot from when the file was saved (page numbers and dates change); written as shown',
      'check that the text is still right and edit the YAML if needed',
    ],
  ),
  JB198: def(
    'warning',
    [
      '第 {no} 段的[[公式{equation}]][[图表{chart}]][[SmartArt 图形{smartart}]][[嵌入对象{embedded}]][[（{prog}）]][[没有文字的图形（形状、线条）{shape}]][[嵌入的外部文档（altChunk）{altchunk}]]不是文字，没有导入[[：“{input}”]]',
      '在 Word 中把它另存为图片（PNG 或 JPEG）插入，或把其中的文字写进正文，再导入',
    ],
    [
      'the [[equation{equation}]][[chart{chart}]][[SmartArt graphic{smartart}]][[embedded object{embedded}]][[ ({prog})]][[shape without text{shape}]][[embedded outside document (altChunk){altchunk}]] in paragraph {no} is not text and was not imported[[: "{input}"]]',
      'save it as a picture (PNG or JPEG) in Word and insert that, or type its text into the body, and import again',
    ],
  ),
  JB199: def(
    'warning',
    [
      '第 {no} 段处的 Word 目录没有导入[[（“{input}”）]]：简报的“本期要目”由 jianbao 按文章生成',
      '无需处理；目录中若有要印的文字，在正文中输入',
    ],
    [
      'the Word table of contents at paragraph {no} was not imported[[ ("{input}")]]: jianbao builds the 本期要目 from the articles',
      'nothing to do; type any text from it that should print into the body',
    ],
  ),
  // 2xx: the issue schema
  JB201: def(
    'error',
    ['缺少必填字段“{field}”', '[[在 {parent} 中]][[在此处{here}]]添加 {key}: …'],
    ['missing required field "{field}"', 'add {key}: …[[ under {parent}]][[ here{here}]]'],
  ),
  JB202: def(
    'error',
    ['“{field}”应为{expected}，这里是{actual}', '改成{expected}[[，例如：{example}]][[（jianbao check --fix 可自动改）{fixable}]]'],
    [
      '"{field}" must be {expected}, got {actual}',
      'write {expected} here[[, for example: {example}]][[ (jianbao check --fix does it){fixable}]]',
    ],
  ),
  JB203: def(
    'error',
    ['未知字段“{key}”', '[[是不是想写“{closest}”？]][[（jianbao check --fix 可自动改）{fixable}]]这里允许的字段：{allowed}'],
    ['unknown key "{key}"', '[[did you mean "{closest}"? ]][[(jianbao check --fix does it) {fixable}]]allowed here: {allowed}'],
  ),
  JB204: def(
    'error',
    ['“{field}”的值无效：{detail}', '对照 docs/diagnostics.md 中这个字段的写法修改[[，例如：{example}]]'],
    ['invalid value for "{field}": {detail}', 'see how this field is written in docs/diagnostics.md[[, for example: {example}]]'],
  ),
  JB205: def(
    'error',
    ['日期“{value}”无效', '写成带引号的 "YYYY-MM-DD"，例如 "{example}"[[；运行 {fix} 可自动改好]]'],
    ['invalid date "{value}"', 'write a quoted "YYYY-MM-DD", e.g. "{example}"[[; {fix} rewrites it for you]]'],
  ),
  JB206: def('error', ['“{field}”不能为空', '填写内容，或删除这个字段'], ['"{field}" must not be empty', 'fill it in or remove the key']),
  // 270–279: the series config (jianbao.config.yaml) beyond the schema
  JB270: def(
    'error',
    ['文件名模式“{pattern}”无效：{reason}', '写成相对路径并以 .yaml 结尾，可用 YYYY、MM、DD、{number}、{total}，例如 YYYY/YYYY-MM.yaml'],
    [
      'invalid file name pattern "{pattern}": {reason}',
      'use a relative path ending in .yaml with YYYY, MM, DD, {number}, {total}, e.g. YYYY/YYYY-MM.yaml',
    ],
  ),
  JB271: def(
    'warning',
    ['跳过无法读取期号的文件 {path}', '修正这个文件（jianbao check），否则推算下一期时不计入它'],
    [
      'skipped {path}: its issue numbers cannot be read',
      'fix it (jianbao check); until then it does not count when the next issue is proposed',
    ],
  ),
  JB272: def(
    'warning',
    ['忽略配置文件 {path}：它属于另一个用户', 'jianbao 只采用你自己的配置；如确实需要，把它复制到你自己的文件夹中'],
    [
      'ignored the config {path}: it belongs to another user',
      'jianbao applies only your own config; copy it into a folder of your own if you need it',
    ],
  ),
  JB273: def(
    'warning',
    ['忽略配置文件 {path}：其他用户可以改写它或它所在的文件夹', '执行 chmod go-w 去掉其他用户的写权限，或把配置放到只有你能写的文件夹'],
    [
      'ignored the config {path}: other users can write it or its folder',
      'run chmod go-w on it and its folder, or keep the config in a folder only you can write',
    ],
  ),
  // 25x: the series ledger (several issues of one publication read together)
  JB250: def(
    'error',
    [
      '总期号应为 {expected}，这里是 {actual}（上一期 {previous}：总第 {previousTotal} 期）',
      '总期号逐期加 1：档案缺了中间的期（原刊遗失），在 jianbao.config.yaml 的 issues.missing 中登记；合刊占两个总期号，写成 total: 270-271 这样的范围；只有本期确实编错了才改为 total: {expected}',
    ],
    [
      'total number should be {expected}, got {actual} (previous issue {previous}: total {previousTotal})',
      'the total number goes up by one per issue: if the archive lacks the issues in between (originals lost), list them under issues.missing in jianbao.config.yaml; a combined issue that took two numbers is typed as a range (total: 270-271); set total: {expected} only if this issue itself is misnumbered',
    ],
  ),
  JB251: def(
    'error',
    [
      '期号应为 {expected}，这里是 {actual}（上一期 {previous}：第 {previousNumber} 期）',
      '期号每年从 1 开始，同一年内逐期加 1：档案缺了中间的期（原刊遗失），在 jianbao.config.yaml 的 issues.missing 中登记；合刊写成 number: 5-6 这样的范围；只有本期确实编错了才改为 number: {expected}',
    ],
    [
      'issue number should be {expected}, got {actual} (previous issue {previous}: number {previousNumber})',
      'the issue number restarts at 1 each year and goes up by one: if the archive lacks the issues in between (originals lost), list them under issues.missing in jianbao.config.yaml; a combined issue is typed as a range (number: 5-6); set number: {expected} only if this issue itself is misnumbered',
    ],
  ),
  JB252: def(
    'error',
    [
      '总第 {actual} 期（{date}）的日期早于总第 {otherTotal} 期（{other}，{otherDate}）',
      '总期号越大，日期应越晚：检查这两期中哪一期的日期或总期号写错了',
    ],
    [
      'total {actual} ({date}) is dated before total {otherTotal} ({other}, {otherDate})',
      'a higher total number must not have an earlier date: check the date or total of these two issues',
    ],
  ),
  JB253: def(
    'error',
    ['总第 {actual} 期与 {other} 重复', '两期不能用同一个总期号；检查哪一期编错了号'],
    ['total number {actual} is also used by {other}', 'two issues cannot share a total number; find which one is misnumbered'],
  ),
  // 3xx: lint, the genre's typographic and editorial mistakes in a valid issue
  JB301: def(
    'warning',
    ['中文里用了半角标点“{char}”：{input}', '改为全角“{replacement}”；jianbao check --fix 可自动修正'],
    ['half-width "{char}" in Chinese text: {input}', 'use the full-width "{replacement}"; jianbao check --fix corrects it'],
  ),
  JB302: def(
    'warning',
    [
      '中文字符之间多了空格：{input}',
      '删除空格（全角标点自带间距，不必再加空格）[[；jianbao check --fix 可自动修正{fixable}]][[。全角空格、连续空格和人名旁的空格（如“林　晓”“周敏 陈 静”）可能是有意对齐或分隔人名，--fix 不改动：请核对，多余的手动删除，要保留就在 body: | 或 text: 这一行末尾加 # jianbao-ignore JB302{kept}]]。标题、小标题、引号内和署名（通讯员、记者等之后）的空格不在检查之列',
    ],
    [
      'stray space between Chinese characters: {input}',
      'delete it (a full-width mark carries its own spacing)[[; jianbao check --fix does{fixable}]][[. A full-width space, several spaces or a space beside a name (林　晓, 周敏 陈 静) may pad or separate names on purpose: --fix leaves it: check it, delete it by hand, or keep it with # jianbao-ignore JB302 at the end of the body: | or text: line{kept}]]. Spaces in titles, subheadings, quotes and bylines (after 通讯员, 记者 …) are not checked',
    ],
  ),
  JB303: def(
    'warning',
    [
      '期号或日期中间有空格：{input}',
      '正文中写成“第4期”“6月3日”，不加空格[[；jianbao check --fix 可自动修正{fixable}]][[。数字前面也隔着空格（如“较 2022 年”）或用了全角空格时，--fix 不改动：要么连同数字前的空格一起删去，要么都保留（在 body: | 或 text: 这一行末尾加 # jianbao-ignore JB303）{kept}]]',
    ],
    [
      'spaces inside a number or date: {input}',
      'write 第4期, 6月3日 without spaces in running text[[; jianbao check --fix does{fixable}]][[. When the number is also spaced from the word before it (较 2022 年) or a full-width space is used, --fix leaves it: delete the space before the number too, or keep both (end the body: | or text: line with # jianbao-ignore JB303){kept}]]',
    ],
  ),
  JB304: def(
    'warning',
    ['“{char}”没有对应的“{partner}”：{input}', '补上缺少的“{partner}”，或删除多余的“{char}”（在同一段内配对）'],
    [
      '"{char}" has no matching "{partner}": {input}',
      'add the missing "{partner}" or delete the extra "{char}" (pairs are checked within a paragraph)',
    ],
  ),
  JB305: def(
    'warning',
    ['简讯日期范围的连接号“{dash}”与本期其他简讯的“{expected}”不一致：{input}', '同一期统一用一种连接号，例如都写“{expected}”'],
    [
      'this brief\'s date range uses "{dash}" while the other briefs use "{expected}": {input}',
      'use one dash style in an issue, e.g. "{expected}" throughout',
    ],
  ),
  JB306: def(
    'warning',
    ['简讯日期“{input}”不在本期所属的 {year} 年 {month} 月', '检查月份是否写错，或这条简讯是否属于其他期'],
    [
      'brief date "{input}" is outside the issue\'s month ({year}-{month})',
      'check the month, or whether this brief belongs to another issue',
    ],
  ),
  JB307: def(
    'warning',
    ['文章“{title}”没有来源署名', '添加 source: 市科协办公室（印为“（市科协办公室）”），或记者署名 byline: 本报记者 …'],
    ['article "{title}" has no source attribution', 'add source: 市科协办公室 (printed as （市科协办公室）) or a byline: 本报记者 …'],
  ),
  JB308: def(
    'warning',
    ['简讯没有来源：{input}', '添加 source: 市科协科普部（印为“（市科协科普部）”）'],
    ['brief without a source: {input}', 'add source: 市科协科普部 (printed as （市科协科普部）)'],
  ),
  JB309: def(
    'warning',
    ['本期要目“{input}”与文章标题“{title}”不一致', '文章标题改过后要目没有跟着改：更新 toc，或删除 toc 让要目直接用标题'],
    [
      'TOC line "{input}" no longer matches the title "{title}"',
      'the title was edited but not its TOC line: update toc, or delete it to use the title',
    ],
  ),
  JB310: def(
    'warning',
    ['标题“{input}”与第 {line} 行的文章重复', '同一篇文章是否粘贴了两次？删除重复的一篇或修改标题'],
    ['title "{input}" repeats the article on line {line}', 'was an article pasted twice? delete one or change its title'],
  ),
  JB311: def(
    'error',
    ['文章“{title}”没有正文', '填写正文，或删除这篇文章'],
    ['article "{title}" has no text', 'write the body or delete the article'],
  ),
  JB312: def(
    'warning',
    ['未自动修正：{reason}', '手动修改，或将文件另存为 UTF-8 后再运行 --fix'],
    ['not fixed automatically: {reason}', 'edit by hand, or save the file as UTF-8 and run --fix again'],
  ),
  JB313: def(
    'warning',
    [
      '本期没有写 {fields}，报头将不印“{lines}”',
      '在 issue: 下补上（如 number: 4、total: 269）；本期确实不编号时，在 issue: 这一行末尾加 # jianbao-ignore JB313',
    ],
    [
      'this issue has no {fields}: the masthead will print no "{lines}"',
      'add it under issue: (e.g. number: 4, total: 269); if this issue really has no number, end the issue: line with # jianbao-ignore JB313',
    ],
  ),
  JB314: def(
    'warning',
    [
      '这一行在句中断开：{input}，下一行“{next}”会另起一段',
      '正文每行是一段：若是粘贴时带进来的换行，把这几行接成一行；确实要在这里分段，在 body: | 这一行末尾加 # jianbao-ignore JB314',
    ],
    [
      'this line breaks off mid-sentence: {input}; the next line, "{next}", will start a new paragraph',
      'each body line is a paragraph: if the breaks came with pasted text, join these lines into one; to keep the paragraph break, end the body: | line with # jianbao-ignore JB314',
    ],
  ),
  JB315: def(
    'warning',
    [
      '导入时留下的“# 请核对”注释还有 {count} 处，第一处：{note}',
      '逐处核对原稿后，删去这些 # 请核对 注释行（注释不会印出，删去后不再提醒）',
    ],
    [
      '{count} "# check" comments left by the import are still in the file; the first: {note}',
      'check each against the original, then delete those # comment lines (comments never print; once deleted, no more reminders)',
    ],
  ),
  JB316: def(
    'warning',
    [
      '正文末尾已写了来源“{typed}”，又填了 source: {source}，[[印出来来源会出现两次{same}]][[印出来会有两个不同的来源{different}]]',
      '[[删去正文末尾的“{typed}”（jianbao check --fix 可自动删去）{same}]][[保留正确的一个：删去正文末尾的“{typed}”，或删去 source: 这一行{different}]]；确要照原样印出，在 body: | 或 text: 这一行末尾加 # jianbao-ignore JB316',
    ],
    [
      'the body already ends with the source "{typed}" and source: is {source}: [[it would print twice{same}]][[two different sources would print{different}]]',
      '[[delete "{typed}" at the end of the body (jianbao check --fix does it){same}]][[keep the right one: delete "{typed}" at the end of the body, or the source: line{different}]]; to print it as typed, end the body: | or text: line with # jianbao-ignore JB316',
    ],
  ),
  // 320–329: body format v2 "printed as typed" (docs/body-format.md)
  JB317: def(
    'warning',
    [
      '文字中有不可见字符 {nameZh}（{codepoint}）',
      '它看不见，却会随文字进入 DOCX 和 PDF，影响断行、搜索和复制出的文字，常随从微信或网页复制的文字带进来。[[删除它（jianbao check --fix 可自动删除）{fixable}]][[核对后删除；--fix 不删除它，因为它在外文和 emoji 中有用{kept}]]',
    ],
    [
      'invisible character {nameEn} ({codepoint}) in the text',
      'it cannot be seen but goes into the DOCX and PDF, where it changes line breaks, search and copied text; text copied from WeChat or a web page brings it. [[Delete it (jianbao check --fix does){fixable}]][[Check and delete it; --fix leaves it, as it has a use in other scripts and emoji{kept}]]',
    ],
  ),
  JB320: def(
    'warning',
    [
      '正文中的反斜杠“{input}”会照原样印出（旧版 jianbao 把它当作转义符，不印）',
      '反斜杠若不是要印的字，删除它；jianbao check --fix 可自动删除',
    ],
    [
      'the backslash in "{input}" now prints as typed (older jianbao read it as an escape and dropped it)',
      'if the backslash is not meant to print, delete it; jianbao check --fix removes it',
    ],
  ),
  JB321: def(
    'warning',
    [
      '整行包在星号里的“{input}”会连星号一起印出（旧版 jianbao 印成楷体、不印星号）',
      '星号若不是要印的字，删除两端的星号；jianbao check --fix 可自动删除',
    ],
    [
      '"{input}", a whole line in single asterisks, now prints with its asterisks (older jianbao set it in kai without them)',
      'if the asterisks are not meant to print, delete both; jianbao check --fix removes them',
    ],
  ),
  JB322: def(
    'warning',
    [
      '行首的“{input}”[[像小标题标记{sub}]][[像图片标记{photo}]][[像表格的一行{table}]]，但不构成标记，会照原样印出',
      '[[小标题写成行首两个半角井号加一个半角空格：## 一是……{sub}]][[图片写成整行 ![图注](路径)，全用半角符号，路径中不能有括号{photo}]][[表格用半角竖线 |，表头行下面要有分隔行 |---|---|，各行列数相同{table}]]；确要照原样印出，在 body: | 这一行末尾加 # jianbao-ignore JB322',
    ],
    [
      '"{input}" [[looks like a subheading{sub}]][[looks like a photo{photo}]][[looks like a table row{table}]] but is not one: it prints as typed',
      '[[a subheading is two half-width # and a half-width space at the start of the line: ## …{sub}]][[a photo is a whole line ![caption](path) in half-width marks, with no brackets in the path{photo}]][[a table uses half-width |, a separator row |---|---| under the header, and the same number of cells in every row{table}]]; to print it as typed, end the body: | line with # jianbao-ignore JB322',
    ],
  ),
  // 330–339: sources, placeholders and drafts
  JB330: def(
    'warning',
    [
      '来源“{input}”已带括号；排版时会自动加上（），不必再写',
      '写成 source: {bare}（jianbao check --fix 可自动去掉括号）；这次按 {bare} 排版，不会印成双层括号',
    ],
    [
      'the source "{input}" is already in brackets; they are added when printed',
      'write source: {bare} (jianbao check --fix removes them); it is printed as （{bare}） this time, not double-bracketed',
    ],
  ),
  JB331: def(
    'error',
    ['{field} 仍是占位文字“{input}”，不能印出', '换成真实内容；想先看排版效果，用 jianbao build --draft（每页标注“样稿”）'],
    [
      '{field} still holds the placeholder "{input}"; it must not be printed',
      'replace it; to see the layout first, use jianbao build --draft (every page marked 样稿)',
    ],
  ),
  JB332: def(
    'warning',
    ['样稿：{field} 仍是占位文字“{input}”', '这是加了 --draft 的样稿，每页都标注“样稿”；正式出刊前替换占位文字，再不加 --draft 重新生成'],
    [
      'draft: {field} still holds the placeholder "{input}"',
      'this --draft build marks every page 样稿; replace the placeholder and build again without --draft for the issue',
    ],
  ),
  // 333–339: a series' batch and listing
  JB333: def(
    'error',
    [
      '输出文件夹 {path} 不能写入（[[是只读的磁盘{ro}]][[没有写入权限{perm}]]），{count} 期未生成',
      '改好这个文件夹的权限（或换到可以写入的磁盘），再运行一次；也可以用 -o 指定别的输出文件夹。文件夹中原有的文件保持不变',
    ],
    [
      'the output folder {path} cannot be written to ([[a read-only disk{ro}]][[no write permission{perm}]]); {count} issue(s) not built',
      "fix the folder's permissions (or use a writable disk) and run again, or give another output folder with -o; the files already in it are kept as they were",
    ],
  ),
  JB334: def(
    'warning',
    [
      '输出文件夹中有 {count} 期的文件已没有对应的期刊文件（改名、移动或删除了？），如 {path}（由 {source} 生成）',
      'jianbao 不删除它们；确实不再需要时请自行删除，此后不再提示',
    ],
    [
      '{count} issue(s) in the output folder no longer have their issue file (renamed, moved or deleted?), e.g. {path} (built from {source})',
      'jianbao does not delete them; remove them yourself if they are no longer wanted, and this notice stops',
    ],
  ),
  JB335: def(
    'warning',
    [
      '{field} 仍是占位文字“{input}”，未列入本期要目[[；这一期还没有真实的文章标题，整期未列出{unfilled}]]',
      '填好这篇文章后再运行 jianbao toc；jianbao check 会列出所有占位文字',
    ],
    [
      '{field} still holds the placeholder "{input}": not listed in the 本期要目[[; the issue has no real title yet and is not listed at all{unfilled}]]',
      'fill in the article and run jianbao toc again; jianbao check lists every placeholder',
    ],
  ),
  JB336: def(
    'warning',
    [
      '{count} 期还有按旧规则生成的输出，如 {path}；现在输出到 {out}',
      '旧规则把输出写在运行命令的文件夹下的 out/ 中；jianbao 不删除它们，确认不再需要后请自行删除（如 {folder}），此后不再提示',
    ],
    [
      '{count} issue(s) still have outputs written by the old output rule, e.g. {path}; outputs now go to {out}',
      'the old rule wrote out/ in the folder the command ran in; jianbao does not delete them: once they are no longer wanted, delete them yourself (e.g. {folder}) and this notice stops',
    ],
  ),
  // 4xx: templates
  JB401: def(
    'error',
    [
      '找不到模板“{name}”',
      '可用的内置模板：{available}；也可以写模板文件夹的路径[[。模板不是输出格式；只生成 {format} 请用 --to {format}]]',
    ],
    [
      'template "{name}" not found',
      'built-in templates: {available}; or give a path to a template folder[[. A template is not an output format; for {format} only, use --to {format}]]',
    ],
  ),
  JB402: def(
    'error',
    ['模板语法错误：{detail}', '检查模板中 {{ }} 是否成对、块标签是否闭合'],
    ['template syntax error: {detail}', 'check that {{ }} pairs and block tags are closed'],
  ),
  JB403: def(
    'error',
    ['模板引用了不存在的字段“{field}”', '检查字段拼写；模板可用的数据见 docs/templates.md 的“模板看到的数据”一节'],
    ['template uses an unknown field "{field}"', 'check the spelling; the data a template sees is listed in docs/templates.md'],
  ),
  JB404: def(
    'error',
    ['模板清单 manifest.yaml 有误：{detail}', '对照内置模板 templates/kexie/manifest.yaml 修改'],
    ['template manifest.yaml is invalid: {detail}', 'compare with the built-in templates/kexie/manifest.yaml'],
  ),
  JB405: def(
    'error',
    ['模板输出的标记有误：{detail}', '模板只能输出文档标记（p、rule、img 等），检查标签拼写'],
    ['template produced invalid markup: {detail}', 'templates may only emit the document markup (p, rule, img …); check the tag names'],
  ),
  JB406: def(
    'error',
    [
      '模板调用了不存在或不允许的片段“{name}”',
      '片段只能来自模板文件夹中的 partials/*.hbs，按文件名调用，如 {{> article}}[[；可用的片段：{available}]]',
    ],
    [
      'template calls a missing or forbidden partial "{name}"',
      "partials come only from the template folder's partials/*.hbs, called by file name, e.g. {{> article}}[[; available: {available}]]",
    ],
  ),
  JB407: def(
    'error',
    ['目标文件夹 {path} 已存在，未复制任何文件', '换一个新的文件夹名；jianbao 不会覆盖已有文件夹'],
    ['the folder {path} already exists; nothing was copied', 'choose a new folder name; jianbao never overwrites an existing folder'],
  ),
  JB408: def(
    'error',
    ['模板文件 {path} 指向模板文件夹之外', '模板只能使用自己文件夹中的文件；把链接换成真实文件'],
    [
      'template file {path} points outside the template folder',
      'a template may only use files in its own folder; replace the link with a real file',
    ],
  ),
  JB409: def(
    'error',
    [
      '模板文件 {path} 是符号链接或不是普通文件，拒绝读取',
      '模板中的每个文件（包括 manifest.yaml）都必须是真实的普通文件；把链接换成文件的副本',
    ],
    [
      'template file {path} is a symlink or not a regular file; it was not read',
      'every template file (manifest.yaml included) must be a real, ordinary file; replace the link with a copy',
    ],
  ),
  JB410: def(
    'error',
    ['模板清单 manifest.yaml 中“{field}”的值 {value} 不合理：{detail}', '对照内置模板 templates/kexie/manifest.yaml，写一个合理范围内的值'],
    [
      'template manifest.yaml: "{field}" = {value} is out of range: {detail}',
      'compare with the built-in templates/kexie/manifest.yaml and use a sensible value',
    ],
  ),
  JB411: def(
    'error',
    ['模板输出过大（超过 {limit}），已中止', '检查模板中的 {{#each}} 是否嵌套过深或循环了不该循环的数据'],
    [
      'the template produced too much output (more than {limit}); stopped',
      'check the template for deeply nested {{#each}} blocks or loops over the wrong data',
    ],
  ),
  JB412: def(
    'error',
    ['模板清单 manifest.yaml 中“{field}”的值[[“{value}”]]无效：{detail}', '{advice}'],
    ['template manifest.yaml: invalid value[[ "{value}"]] for "{field}": {detail}', '{advice}'],
  ),
  // 5xx: images
  JB501: def(
    'error',
    ['找不到图片 {path}', '确认图片与期刊文件放在同一文件夹（或其子文件夹）中，路径相对于期刊文件'],
    ['image not found: {path}', "put the image in the issue's folder (or below it); the path is relative to the issue file"],
  ),
  JB502: def(
    'error',
    ['图片路径 {path} 超出了期刊文件所在的文件夹', '把图片复制到期刊文件旁的 images/ 文件夹中，再写相对路径'],
    ["image path {path} leaves the issue's folder", 'copy the image into images/ beside the issue and use a relative path'],
  ),
  JB503: def(
    'error',
    ['{path} 不是可用的 PNG 或 JPEG 图片（{reason}）', '用图片软件另存为 PNG 或 JPEG'],
    ['{path} is not a usable PNG or JPEG image ({reason})', 'save it as PNG or JPEG in an image editor'],
  ),
  JB504: def(
    'error',
    ['图片 {path} 过大（{size}），上限是 {limit}', '用图片软件把它缩小或另存为 JPEG；印刷只需每英寸 300 像素'],
    [
      'image {path} is too large ({size}); the limit is {limit}',
      'shrink it or save it as JPEG in an image editor; print needs only 300 pixels per inch',
    ],
  ),
  JB505: def(
    'error',
    [
      '图片 {path} 尺寸过大（{width}×{height} 像素），上限是每边 {side} 像素、共 {pixels} 百万像素',
      '用图片软件把它缩小；印刷只需每英寸 300 像素',
    ],
    [
      'image {path} has too many pixels ({width}×{height}); the limit is {side} per side and {pixels} megapixels',
      'shrink it in an image editor; print needs only 300 pixels per inch',
    ],
  ),
  JB506: def(
    'error',
    ['{path} 解压后的数据超过了图片尺寸所需（{width}×{height} 像素），可能是“解压炸弹”', '用图片软件重新另存为 PNG 或 JPEG'],
    [
      '{path} holds more compressed data than its size ({width}×{height}) needs: a decompression bomb?',
      'save it again as PNG or JPEG in an image editor',
    ],
  ),
  JB507: def(
    'error',
    ['{path} 是一个文件夹，不是图片文件', '在 ![图注](…) 中写这个文件夹里一张 PNG 或 JPEG 图片的路径，如 images/照片.jpg'],
    ['{path} is a folder, not an image file', 'give ![caption](…) the path of a PNG or JPEG image in that folder, e.g. images/photo.jpg'],
  ),
  JB520: def(
    'warning',
    [
      '内置楷体（霞鹜文楷）无法准备，楷体文字暂用 Noto Serif SC Medium 排印：{reason}',
      '确认用户缓存文件夹可写（jianbao 在其中把字体解压一次），或安装楷体（simkai.ttf / 楷体_GB2312）；jianbao fonts 显示各角色所用字体',
    ],
    [
      'the bundled 楷 (LXGW WenKai) could not be prepared; 楷 text is set in Noto Serif SC Medium meanwhile: {reason}',
      'make sure your user cache folder is writable (jianbao unpacks the font there once), or install a 楷体 (simkai.ttf / 楷体_GB2312); jianbao fonts shows the font of each role',
    ],
  ),
  // 6xx: fonts
  JB601: def(
    'error',
    ['字体文件无法使用（{role}：{path}）：{reason}[[（{issues} 期都用到这一设置）]]', '检查配置中的字体路径，或删除该设置以使用内置字体'],
    [
      'font file unusable ({role}: {path}): {reason}[[ ({issues} issues use this setting)]]',
      'check the font path in the config, or remove it to use the bundled font',
    ],
  ),
  JB602: def(
    'error',
    [
      '{path} 不是可用的字体文件（{role}）：{reason}[[（{issues} 期都用到这一设置）]]',
      '换用 .ttf、.otf 或 .ttc 字体文件；文件可能已损坏或只是同名的其他文件',
    ],
    [
      '{path} is not a usable font file ({role}): {reason}[[ ({issues} issues use this setting)]]',
      'use a .ttf, .otf or .ttc font file; this one may be damaged or not a font at all',
    ],
  ),
  JB603: def(
    'error',
    [
      '{path} 是字体集（.ttc），{role} 需要指定其中一个字体：{reason}[[（{issues} 期都用到这一设置）]]',
      '在 fonts.{role} 中加 postscriptName，可选：{faces}',
    ],
    [
      '{path} is a font collection (.ttc); {role} must name one of its faces: {reason}[[ ({issues} issues use this setting)]]',
      'add postscriptName under fonts.{role}; its faces: {faces}',
    ],
  ),
  JB604: def(
    'error',
    [
      '字体 {family}（{role}）中没有“{char}”（{codepoint}），出现在《{article}》；PDF 中它会印成空白方框，所以不能生成 PDF',
      '改用这个字的常见写法，符号换成字体中有的（如 ✅ 换成 ☑，❌ 换成 ☒）；或在 jianbao.config.yaml 的 fonts.{role} 下指定一个包含该字的字体文件（jianbao fonts 显示各角色所用字体）；只需要 DOCX 时可先用 --to docx 生成',
    ],
    [
      'the font {family} ({role}) has no glyph for "{char}" ({codepoint}), used in "{article}": the PDF would print it as an empty box, so no PDF can be made',
      "use a common form of the character or a symbol that prints (☑ for ✅, ☒ for ❌), or name a font file that has it under fonts.{role} in jianbao.config.yaml (jianbao fonts shows each role's font); --to docx builds the DOCX meanwhile",
    ],
  ),
  JB605: def(
    'error',
    [
      '字体文件 {path} 在生成过程中被改动了，这一期没有生成',
      '等字体文件复制或安装完成后重新生成；正在运行的 watch 或生成服务下次生成时会读取新文件',
    ],
    [
      'the font file {path} changed while this issue was being built; it was not built',
      'build again once the font file has finished copying or installing; a running watch or build server reads the new file on its next build',
    ],
  ),
  JB606: def(
    'warning',
    [
      '“{char}”后面的异体字选择符 {codepoint} 要求的字形，字体 {family}（{role}）中没有，出现在《{article}》；PDF 中印出的是“{char}”的通常字形，复制出的文字仍带着选择符',
      '如果一定要印这个异体字形，在 jianbao.config.yaml 的 fonts.{role} 下指定一个有这个字形的字体文件；通常字形可以接受时不用改',
    ],
    [
      'the form of "{char}" that the variation selector {codepoint} after it asks for is not in the font {family} ({role}), used in "{article}": the PDF prints the usual form of "{char}", and copied text keeps the selector',
      'if that form must be printed, name a font file that has it under fonts.{role} in jianbao.config.yaml; if the usual form will do, nothing needs changing',
    ],
  ),
  JB607: def(
    'warning',
    [
      '异体字选择符 {codepoint} 前面没有字，出现在《{article}》；它只能跟在一个字后面选字形，单独出现时 PDF 中什么也不印',
      '删除这个不可见字符，或把它移到要选字形的字后面；它常来自复制粘贴时被拆开的文字',
    ],
    [
      'the variation selector {codepoint} has no character before it, used in "{article}": it only selects the form of the character it follows; alone it prints nothing in the PDF',
      'delete this invisible character or move it after the character whose form it selects; it usually comes from text split apart while copying',
    ],
  ),
  JB608: def(
    'warning',
    [
      '字体 {family}（{role}）中没有“{char}”（{codepoint}），出现在《{article}》；样稿中它印成空白方框，正式生成 PDF 时这是错误（JB604）',
      '改用这个字的常见写法或换成字体中有的符号（如 ✅ 换成 ☑，❌ 换成 ☒）；或在 jianbao.config.yaml 的 fonts.{role} 下指定一个包含该字的字体文件（jianbao fonts 显示各角色所用字体）',
    ],
    [
      'the font {family} ({role}) has no glyph for "{char}" ({codepoint}), used in "{article}": the draft prints it as an empty box; without --draft it stops the PDF (JB604)',
      "use a common form of the character or a symbol the font has (☑ for ✅, ☒ for ❌), or name a font file that has it under fonts.{role} in jianbao.config.yaml (jianbao fonts shows each role's font)",
    ],
  ),
  JB609: def(
    'warning',
    [
      '“{char}”中的组合附加符 {codepoint}，字体 {family}（{role}）不能把它放到前面的字上，也没有合成好的字形，出现在《{article}》；PDF 中它印在字的右边，压在下一个字上',
      '改用合成好的单个字符（如 é，不用 e 加附加符）；或在 jianbao.config.yaml 的 fonts.{role} 下指定一个能放置附加符的字体文件',
    ],
    [
      'the combining mark {codepoint} in "{char}" cannot be placed on the character before it by the font {family} ({role}), which has no precomposed form of it either, used in "{article}": the PDF prints it to the right, over the next character',
      'type the precomposed character instead (é, not e and a mark), or name a font file that places marks under fonts.{role} in jianbao.config.yaml',
    ],
  ),
  // 620–639: the web page and the 公众号 file (--to html, --to wechat)
  JB620: def(
    'warning',
    [
      '公众号版共 {chars} 字，超过每篇 {limit} 字的上限，已按文章分成 {parts} 个文件：{files}',
      '在公众号后台把每个文件各发成一篇图文；文章不会被从中间截断',
    ],
    [
      'the WeChat version has {chars} characters, over the limit of {limit} per article: it was split between articles into {parts} files: {files}',
      'publish each file as its own article in the 公众号 editor; no article is cut in the middle',
    ],
  ),
  JB621: def(
    'warning',
    [
      '《{title}》一篇就有 {chars} 字，超过公众号每篇 {limit} 字的上限，无法在公众号中整篇发表',
      '把这篇文章拆成两篇（在期刊文件中分成两个 articles 条目），或删减后再发',
    ],
    [
      '"{title}" alone has {chars} characters, over the WeChat limit of {limit} per article: it cannot be published whole',
      'split it into two articles in the issue file, or shorten it, before publishing',
    ],
  ),
  // 7xx: output
  JB701: def(
    'error',
    ['无法写入 {path}：{reason}', '检查输出文件夹是否存在、可写，文件是否被 Word/WPS 占用'],
    ['cannot write {path}: {reason}', 'check the output folder is writable and the file is not open in Word/WPS'],
  ),
  // 702–719: writing safely (docs/security.md)
  JB702: def(
    'error',
    ['{path} 在 jianbao 读取之后被修改过，未写入', '你在命令运行期间保存了这个文件，你保存的内容保持不变；再运行一次命令即可'],
    [
      '{path} changed after jianbao read it; it was not written',
      'the file was saved while the command ran and your saved version is kept; run the command again',
    ],
  ),
  JB703: def(
    'error',
    ['磁盘空间不足，{path} 未写入', '原来的文件保持不变；腾出磁盘空间后再运行'],
    ['the disk is full; {path} was not written', 'the previous file is kept as it was; free some disk space and run again'],
  ),
  JB704: def(
    'error',
    ['另一个 jianbao（进程 {pid}）正在向 {path} 生成', '等它完成后再运行；如果确定没有其他生成在进行，删除锁文件 {lock}'],
    [
      'another jianbao (process {pid}) is building into {path}',
      'wait for it to finish; if you are sure no other build runs, delete the lock file {lock}',
    ],
  ),
  JB705: def(
    'error',
    ['-o 指定的 {path} 是一个文件，不是文件夹[[（-o {out} 要在它的位置建文件夹）]]', '-o 后面写输出文件夹的路径（不存在时会自动创建）'],
    [
      '-o names a file, {path}, not a folder[[ (-o {out} needs a folder in its place)]]',
      'give -o the path of an output folder (it is created when missing)',
    ],
  ),
  JB706: def(
    'warning',
    ['{paths} 是上次生成的旧文件：本期这次未生成，其内容不是按现在的 YAML 排出的', '改正本期的错误后重新生成即替换；jianbao 不删除旧文件'],
    [
      '{paths} left from an earlier build: this issue was not built this time, so they do not show its YAML as it is now',
      'fix the issue and build again to replace them; jianbao never deletes them',
    ],
  ),
  JB707: def(
    'error',
    [
      '未生成 {year} 年度总目录：{count} 期有错误（{files}）[[；{old} 是上次生成的旧文件]]',
      '年度总目录要收全这一年的每一期，少一期就不完整，所以不生成；改正上面的错误后重新运行 jianbao index',
    ],
    [
      'the {year} annual index was not written: {count} issue(s) with errors ({files})[[; {old} left from an earlier run]]',
      'an annual index must hold every issue of the year, so none is written with one missing; fix the errors above and run jianbao index again',
    ],
  ),
  // 720–739: DOCX output
  JB720: def(
    'warning',
    [
      '字体 {family}（{path}）无法嵌入 DOCX：{reason}',
      'DOCX 只写字体名，没有该字体的电脑会用其他中文字体代替；改用单个 .ttf/.otf 文件可以嵌入',
    ],
    [
      'the font {family} ({path}) cannot be embedded in the DOCX: {reason}',
      'the DOCX names it only, so a computer without it substitutes another Chinese font; a single .ttf/.otf file can be embedded',
    ],
  ),
  // 740–759: batch builds and the annual index
  JB740: def(
    'error',
    ['生成这一期时 jianbao 内部出错：{detail}', '其他各期不受影响；这是 jianbao 的缺陷，请附上这个期刊文件报告问题'],
    [
      'jianbao failed internally while building this issue: {detail}',
      'the other issues are not affected; this is a bug in jianbao, please report it with this issue file',
    ],
  ),
  JB741: def(
    'error',
    ['生成这一期的工作线程意外退出：{detail}', '其他各期不受影响；可用 --jobs 1 重试这一期，若仍失败请报告问题'],
    [
      'the worker thread building this issue stopped unexpectedly: {detail}',
      'the other issues are not affected; retry this issue with --jobs 1 and report it if it fails again',
    ],
  ),
  JB742: def(
    'warning',
    ['增量缓存 {path} 无法读取（{reason}），本次全部重新生成', '无需处理：生成结束时会写入新的缓存文件'],
    [
      'the build cache {path} is unreadable ({reason}); everything is rebuilt this time',
      'nothing to do: a fresh cache is written as issues finish',
    ],
  ),
  JB743: def(
    'error',
    ['{path} 与 {other} 会生成同名输出 {stem}', '两个文件在各自文件夹中的相对路径相同；分开构建（不同的 -o），或改名其中一个'],
    [
      '{path} and {other} would write the same outputs {stem}',
      'they have the same path below their folders; build them separately (different -o) or rename one',
    ],
  ),
  JB744: def(
    'error',
    ['{dir} 中没有 {year} 年的期刊', '检查年份，或给出存放各期 YAML 的文件夹（期刊日期 issue.date 决定年份）'],
    ['no issues of {year} in {dir}', 'check the year, or give the folder holding the issue YAML files (issue.date decides the year)'],
  ),
  JB745: def(
    'error',
    [
      'jianbao 安装不完整：安装脚本没有运行，依赖库的补丁没有打上，排出的个别字符会与输入不符，因此不生成 PDF 和 DOCX',
      '在 {folder} 中运行 npx patch-package；全局安装时改用 npm install -g --allow-scripts=jianbao 重新安装',
    ],
    [
      'jianbao is not fully installed: its install script did not run, so its dependencies are unpatched and some characters would print other than typed; no PDF or DOCX is made',
      'run npx patch-package in {folder}; for a global install, reinstall with npm install -g --allow-scripts=jianbao',
    ],
  ),
  // 8xx: usage
  JB801: def(
    'error',
    ['没有找到要处理的文件：{pattern}', '给出 .yaml 文件或包含它们的文件夹'],
    ['no input files match {pattern}', 'give .yaml files or a folder that holds them'],
  ),
  JB802: def(
    'error',
    ['参数 {option} 的值“{value}”无效', '可选值：{allowed}'],
    ['invalid value "{value}" for {option}', 'allowed: {allowed}'],
  ),
  // 803–819: the new/init/add wizards and watch
  JB803: def(
    'error',
    ['无法提问：{reason}，jianbao 不会等待输入', '加 --yes 采用建议值[[（{proposal}）]]，或用参数给出全部答案：{flags}'],
    [
      'cannot ask questions: {reason}; jianbao will not wait for input',
      'pass --yes to accept the proposed values[[ ({proposal})]], or give every answer as a flag: {flags}',
    ],
  ),
  JB804: def(
    'error',
    ['缺少“{question}”：无法提问（{reason}），也无法从已有各期推断', '用参数 {flag} 给出，例如 {flag} {example}'],
    [
      'missing "{question}": jianbao cannot ask ({reason}) and cannot infer it from earlier issues',
      'give it with {flag}, e.g. {flag} {example}',
    ],
  ),
  JB805: def(
    'error',
    [
      '{path} 已存在，未写入任何文件[[；这一期是按 {basis}（总第 {basisTotal} 期，{basisDate}）推算的]]',
      'jianbao 从不覆盖已有文件：换一个日期（--date）或文件名，或先移走这个文件[[；若不该按 {basisDate} 那一期推算（各期编号或日期不连续），先运行 jianbao check 查看]]',
    ],
    [
      '{path} already exists; nothing was written[[ (this issue was counted on from {basis}, 总第 {basisTotal} 期, {basisDate})]]',
      'jianbao never overwrites a file: pick another date (--date) or name, or move the file away first[[; if the issue of {basisDate} is the wrong one to count on (numbers or dates out of order), run jianbao check to see why]]',
    ],
  ),
  JB806: def(
    'error',
    ['无法在这个文件中添加{kind}：{reason}', '“{key}:”应是一个块列表（每项以“- ”开头）；按 samples/ 中的示例调整后再添加'],
    [
      'cannot add the {kind} to this file: {reason}',
      '"{key}:" must be a block list (items starting with "- "); shape it like the samples, then add again',
    ],
  ),
  JB807: def(
    'error',
    [
      '正文为空，未添加文章',
      '用 --body-file 文件 给出正文，或从标准输入传入（cat 正文.txt | jianbao add article …），或设置 EDITOR 环境变量在编辑器中撰写',
    ],
    [
      'the body is empty; no article was added',
      'give it with --body-file FILE, pipe it on stdin (cat body.txt | jianbao add article …), or set EDITOR to write it in your editor',
    ],
  ),
  JB808: def(
    'error',
    ['编辑器 {editor} 运行失败：{reason}', '检查 EDITOR 环境变量；也可以改用 --body-file 文件'],
    ['the editor {editor} failed: {reason}', 'check the EDITOR variable, or use --body-file FILE instead'],
  ),
  JB809: def(
    'error',
    ['{seconds} 秒内没有从标准输入读到正文', '用 --body-file 文件 给出正文；从管道传入时请确认前一个命令有输出'],
    [
      'no body arrived on stdin within {seconds} s',
      'give it with --body-file FILE; when piping, make sure the command before it writes something',
    ],
  ),
  // 810–819: the editor's path (issue #25)
  JB810: def(
    'error',
    ['正文为空，未添加文章“{title}”', '已答的内容没有丢失：把正文存为 正文.txt 后运行 {again}'],
    ['the body is empty; the article "{title}" was not added', 'your answers are kept: save the body as 正文.txt and run {again}'],
  ),
  JB811: def(
    'warning',
    [
      '文件是 {encoding} 编码，不是 UTF-8；已按 {encoding} 读取',
      '建议另存为 UTF-8：[[运行 {fix}，或]]在记事本/WPS 中“另存为”时把编码选为 UTF-8',
    ],
    [
      'the file is {encoding}, not UTF-8; it was read as {encoding}',
      "save it as UTF-8: [[run {fix}, or ]]choose UTF-8 as the encoding in your editor's Save As",
    ],
  ),
  JB812: def(
    'error',
    ['缺少“{question}”', '用参数 {flag} 给出，例如 {flag} {example}；在终端中运行（不加 --yes）会逐项提问'],
    ['missing "{question}"', 'give it with {flag}, e.g. {flag} {example}; run it in a terminal without --yes to be asked'],
  ),
  JB813: def(
    'error',
    [
      '{role} 字体“{family}”缺少本期用到的 {missing}/{total} 个字（如“{sample}”），印出来会是空框；未生成任何文件',
      '这个字体不是中文字体：在 jianbao.config.yaml 的 fonts 下为 {role} 换一个中文字体文件（如 simfang.ttf），或删去该设置改用内置字体；运行 jianbao fonts 查看各角色所用字体',
    ],
    [
      'the {role} font "{family}" lacks {missing} of the {total} characters this issue sets in it (e.g. "{sample}"): they would print as empty boxes; nothing was written',
      'it is not a Chinese font: choose a Chinese font file for {role} under fonts in jianbao.config.yaml (e.g. simfang.ttf), or remove that setting to use the bundled font; jianbao fonts shows the font of each role',
    ],
  ),
  JB814: def(
    'error',
    ['{path} 已存在：这个文件夹已经是一个系列，未写入任何文件', '新建下一期请用 jianbao new；确实要重新开始，先移走 {path}'],
    [
      '{path} already exists: this folder is already a series; nothing was written',
      'use jianbao new for the next issue; to start over, move {path} away first',
    ],
  ),
  JB815: def(
    'error',
    [
      '没有给出年份：{dir} 不是以年份命名的文件夹[[；找到的年份：{years}]]',
      '用 --year 指定，例如 jianbao index {dir} --year 2024；在以年份命名的文件夹（如 2024）上可以省略',
    ],
    [
      'no year given: {dir} is not a folder named for a year[[; years found: {years}]]',
      'give it with --year, e.g. jianbao index {dir} --year 2024; on a folder named for the year (e.g. 2024) it may be left out',
    ],
  ),
  JB816: def(
    'error',
    [
      '找不到“{path}”：jianbao template 后面写命令 list（列出模板）或 copy（复制模板），list 后面可写期刊文件或文件夹',
      '只写 jianbao template 即列出可用的模板；运行 jianbao template --help 查看用法',
    ],
    [
      '"{path}" not found: jianbao template takes a command, list (the templates) or copy (a template), and list an issue file or folder',
      'jianbao template alone lists the templates; jianbao template --help shows the usage',
    ],
  ),
  // 820–821: retired with the build server (no longer emitted; never reuse the numbers).
  // 822–839: jianbao preview
  JB822: def(
    'error',
    ['无法在 127.0.0.1:{port} 上启动预览（{reason}）', '这个端口可能已被占用：换一个端口（--port），或去掉 --port 由 jianbao 自选空闲端口'],
    [
      'cannot start the preview on 127.0.0.1:{port} ({reason})',
      'the port may be in use: pick another (--port), or leave out --port and jianbao picks a free one',
    ],
  ),
  JB823: def(
    'warning',
    ['无法打开浏览器（{reason}）', '预览仍在运行：把上面打印的地址复制到浏览器中打开'],
    ['could not open the browser ({reason})', 'the preview is running: open the address printed above in your browser'],
  ),
  // 9xx: faults of jianbao itself
  JB900: def(
    'error',
    ['jianbao 内部错误：{detail}', '这是 jianbao 的缺陷，请附上输入文件报告问题'],
    ['internal error in jianbao: {detail}', 'this is a bug in jianbao; please report it with the input file'],
  ),
} satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;
