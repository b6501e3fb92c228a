// The reason a diagnostic gives when the system or a check says why (a Node error code such as
// EEXIST, an English sentence of a font, image or zip check), in the reader's language. English
// keeps the check's sentence (an error code gets words, the code kept for searching); Chinese gets
// words for every reason listed here and, for any other, a pointer to the original under --lang en:
// no English sentence reaches a Chinese editor.
import type { Lang } from './lang';

/** Node's error codes as the system reports them (`e.code`), worded. */
const SYSTEM_CODES: Record<string, Record<Lang, string>> = {
  ENOENT: { zh: '文件或文件夹不存在', en: 'no such file or folder' },
  EEXIST: { zh: '同名的文件或文件夹已经存在', en: 'a file or folder of that name already exists' },
  ENOTDIR: { zh: '路径中有一段是文件，不是文件夹', en: 'a part of the path is a file, not a folder' },
  EISDIR: { zh: '这是一个文件夹，不是文件', en: 'it is a folder, not a file' },
  EACCES: { zh: '没有权限', en: 'permission denied' },
  EPERM: { zh: '系统不允许这样做（没有权限，或文件被锁定）', en: 'not permitted (no permission, or the file is locked)' },
  EROFS: { zh: '磁盘是只读的', en: 'the disk is read-only' },
  ENOSPC: { zh: '磁盘空间不足', en: 'the disk is full' },
  EDQUOT: { zh: '超出了磁盘配额', en: 'the disk quota is used up' },
  EBUSY: { zh: '文件正被其他程序使用', en: 'the file is in use by another program' },
  EMFILE: { zh: '同时打开的文件太多', en: 'too many open files' },
  ENFILE: { zh: '同时打开的文件太多', en: 'too many open files' },
  ELOOP: { zh: '符号链接互相指向，形成了循环', en: 'symbolic links point at each other in a loop' },
  ENAMETOOLONG: { zh: '路径太长', en: 'the path is too long' },
  EIO: { zh: '磁盘读写出错', en: 'a disk input/output error' },
  ENXIO: { zh: '设备不存在', en: 'no such device' },
  EXDEV: { zh: '不能跨磁盘移动', en: 'cannot move across disks' },
  ENOTEMPTY: { zh: '文件夹不是空的', en: 'the folder is not empty' },
  EADDRINUSE: { zh: '端口已被其他程序占用', en: 'the port is in use by another program' },
  EADDRNOTAVAIL: { zh: '这个地址在本机上不可用', en: 'the address is not available on this machine' },
  ETIMEDOUT: { zh: '等待超时', en: 'timed out' },
};

type Words = string | ((m: RegExpExecArray, zh: (text: string) => string) => string);

/** The English sentences jianbao's own checks give (src/fonts, src/layout, src/import, src/render,
 *  src/wizard), each with its Chinese; a sentence changed there falls back to the pointer below. */
const SENTENCES: ReadonlyArray<[RegExp, Words]> = [
  // Files (fonts, images)
  [/^not found$/, '文件不存在'],
  [/^not a file$/, '不是普通文件（可能是文件夹）'],
  [/^a folder$/, '这是一个文件夹，不是文件'],
  // Images (src/layout/images.ts)
  [/^unrecognised data$/, '无法识别的数据，不是图片文件'],
  [/^type unknown$/, '无法识别的图片格式'],
  [/^type (\w+)$/, (m) => `这是 ${m[1].toUpperCase()} 格式的图片`],
  [/^(\d+)×(\d+) pixels$/, (m) => `尺寸为 ${m[1]}×${m[2]} 像素`],
  [/^does not decode: /, '图片数据无法解码（文件可能已损坏或不完整）'],
  // Fonts (src/fonts/sfnt-bounds.ts, resolve.ts; src/render/docx/embed-fonts.ts)
  [/^not a TrueType or OpenType font$/, '不是 TrueType 或 OpenType 字体'],
  [/^too short to be a font$/, '文件太短，不可能是字体'],
  [/^cut off before its table directory$/, '文件在字体表目录之前就断了（不完整）'],
  [/^cut off inside its table directory$/, '文件在字体表目录中间断了（不完整）'],
  [/^cut off inside its collection header$/, '文件在字体集的文件头中间断了（不完整）'],
  [/^table \S+ ends past the end of the file \(cut off\?\)$/, '有一张字体表超出了文件末尾（文件可能不完整）'],
  [/^missing table /, '缺少必需的字体表（文件可能已损坏）'],
  [/^face (\d+): (.+)$/, (m, zh) => `其中第 ${m[1]} 个字体：${zh(m[2])}`],
  [/^no postscriptName given$/, '没有指定 postscriptName'],
  [/^no face "(.+)"$/, (m) => `其中没有“${m[1]}”`],
  [/^font collection \(\.ttc\)$/, '这是字体集（.ttc），不能嵌入'],
  // The import's own check of what it wrote (src/import/verify.ts, loads-back.ts)
  [/^missing (.*); extra (.*)$/, (m) => `比原文少了 ${m[1]}；多了 ${m[2]}`],
  [/^the YAML written would not load \((.*)\)$/, (m) => `写出的 YAML 读不回来（${m[1]}）`],
  // Word files and LibreOffice (src/import)
  [/^no readable zip directory$/, '找不到可读的 zip 目录'],
  [/^(\d+) entries$/, (m) => `包中有 ${m[1]} 个文件，太多了`],
  [/^no result within (\d+) s$/, (m) => `${m[1]} 秒内没有完成`],
  // Adding to an issue file (src/editor/append-item.ts)
  [/^not a mapping$/, '文件不是“字段: 值”的写法'],
  [/^"(.+)" is not a block list$/, (m) => `“${m[1]}”不是逐行以“- ”开头的列表`],
  [/^the inserted text would change other values$/, '插入的文字会改变文件中其他的值'],
  // An external program (the editor, the browser opener)
  [/^exit (\d+)$/, (m) => `退出码 ${m[1]}`],
  [/^(\S+): spawn \S+ (E[A-Z]+)$/, (m, zh) => `无法运行 ${m[1]}：${zh(m[2])}`],
  // The series' file name pattern (src/wizard/file-pattern.ts)
  [/^absolute path$/, '不能是绝对路径'],
  [/^"\.\." leaves the series folder$/, '“..”会离开系列文件夹'],
  [/^must end in \.yaml$/, '必须以 .yaml 结尾'],
  [/^names every issue the same$/, '每一期都会得到同一个文件名（模式中要有 YYYY、MM、DD、{number} 或 {total}）'],
];

/** A reason that could not be put into Chinese: where the original is. */
const UNTRANSLATED = '未能译成中文，加 --lang en 可看到原文';

/** `CODE` or Node's `CODE: explanation, syscall 'path'`. */
function systemCode(text: string): string | undefined {
  const code = /^(E[A-Z]+)(?::|$)/.exec(text)?.[1];
  return code !== undefined && code in SYSTEM_CODES ? code : undefined;
}

function zhReason(text: string): string {
  const code = systemCode(text);
  if (code) return `${SYSTEM_CODES[code].zh}（${code}）`;
  for (const [pattern, words] of SENTENCES) {
    const m = pattern.exec(text);
    if (m) return typeof words === 'string' ? words : words(m, zhReason);
  }
  return UNTRANSLATED;
}

/** The reason as the reader's language says it. */
export function reasonWords(lang: Lang, text: string): string {
  if (lang === 'zh') return zhReason(text);
  const code = systemCode(text);
  return code && text === code ? `${SYSTEM_CODES[code].en} (${code})` : text;
}

/** Every Chinese text this module can give (tests read it for the words a message may hold). */
export const REASON_WORDS_ZH: readonly string[] = [
  ...Object.values(SYSTEM_CODES).map((w) => w.zh),
  ...SENTENCES.map(([, w]) => (typeof w === 'string' ? w : '')),
  UNTRANSLATED,
];
