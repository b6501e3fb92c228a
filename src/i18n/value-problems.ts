// What a schema-refused value should look like, in the reader's words: validation records a
// problem key (and the accepted values or limit), never the validator's English sentence.
import type { Lang } from './lang';

export const VALUE_PROBLEMS = ['colour', 'hex', 'colourName', 'cmyk', 'size', 'length', 'oneOf', 'tooBig', 'tooSmall'] as const;
export type ValueProblem = (typeof VALUE_PROBLEMS)[number];

export const isValueProblem = (s: string): s is ValueProblem => (VALUE_PROBLEMS as readonly string[]).includes(s);

const DETAIL: Record<Lang, Record<ValueProblem | 'other', string>> = {
  zh: {
    colour: '颜色要写成 #RRGGBB（# 加六位十六进制数，如 #E60012），或 colors: 下定义过的名称',
    hex: '这里要写 #RRGGBB（# 加六位十六进制数，如 #E60012）',
    colourName: '颜色名称只能用小写英文字母、数字和连字符，如 red、rule-grey',
    cmyk: 'CMYK 需要 4 个数，依次为 C、M、Y、K，每个 0–100',
    size: '字号要写成中文字号（如 三号、小四）或带 pt 的磅值（如 16pt）',
    length: '长度要写成数字加单位：pt、mm、cm 或 in（如 12pt、37mm）',
    oneOf: '只能是以下之一：{allowed}',
    tooBig: '不能大于 {limit}',
    tooSmall: '不能小于 {limit}',
    other: '写法不对',
  },
  en: {
    colour: 'a colour is #RRGGBB (# and six hex digits, e.g. #E60012) or a name defined under colors:',
    hex: 'write #RRGGBB here (# and six hex digits, e.g. #E60012)',
    colourName: 'a colour name has lower-case letters, digits and hyphens only, e.g. red, rule-grey',
    cmyk: 'a CMYK needs 4 numbers, C, M, Y and K in that order, each 0–100',
    size: 'a size is a Chinese size (三号, 小四 …) or points with pt (16pt)',
    length: 'a length is a number with pt, mm, cm or in (12pt, 37mm)',
    oneOf: 'it must be one of: {allowed}',
    tooBig: 'it must not be more than {limit}',
    tooSmall: 'it must not be less than {limit}',
    other: 'not written as expected',
  },
};

const SEPARATOR: Record<Lang, string> = { zh: '、', en: ', ' };

/**
 * The detail of a refused value. `allowed` comes '|'-separated (args are the same in both
 * languages) and is listed in the reader's way; an unknown problem keeps `fallback` in English
 * and says "not written as expected" in Chinese, so no English sentence reaches a Chinese editor.
 */
export function valueProblemWords(lang: Lang, problem: string, args: Record<string, string | number>, fallback: string): string {
  if (!isValueProblem(problem)) return lang === 'en' && fallback ? fallback : DETAIL[lang].other;
  return DETAIL[lang][problem]
    .replace(
      '{allowed}',
      String(args.allowed ?? '')
        .split('|')
        .join(SEPARATOR[lang]),
    )
    .replace('{limit}', String(args.limit ?? ''));
}

/** A '|'-separated list (args are the same in both languages) as the reader lists things. */
export const listIn = (lang: Lang, list: string): string => list.split('|').join(SEPARATOR[lang]);

/** A template manifest's refused value: how to write it instead (JB412's hint; `{names}` are the
 *  colours the manifest defines or the 号 sizes). */
const MANIFEST_ADVICE: Record<Lang, Record<ValueProblem | 'other', string>> = {
  zh: {
    colour:
      '颜色写成 #RRGGBB[[，或本模板 colors: 下已有的名称：{names}]]；中文颜色名（如“蓝”）不能直接用，可在 colors: 下加一行，如 blue: "#1F4E9E"，再写 color: blue',
    hex: '写成 # 加六位十六进制数，并加引号（不加引号时 # 起的是注释），如 red: "#E60012"',
    colourName: '把名称改成小写英文，如 蓝 改成 blue，写 color: 的地方一并改',
    cmyk: '写成方括号里的 4 个数，如 cmyk: [0, 100, 100, 0]（印刷红：品红、黄各 100）；不需要 CMYK 时删去 cmyk:',
    size: '[[可用的中文字号：{names}；]]或写磅值，如 16pt',
    length: '写成 28.95pt、6pt、37mm 这样的值；只写数字时按 pt 计',
    oneOf: '从上面列出的值中选一个，照原样书写（区分大小写）',
    tooBig: '对照内置模板 templates/kexie/manifest.yaml 中同一字段的值修改',
    tooSmall: '对照内置模板 templates/kexie/manifest.yaml 中同一字段的值修改',
    other: '对照内置模板 templates/kexie/manifest.yaml 中同一字段的写法修改',
  },
  en: {
    colour:
      'write #RRGGBB[[ or a name this template defines under colors: ({names})]]; a Chinese colour name (蓝) cannot be used as it is: add a line under colors:, e.g. blue: "#1F4E9E", then write color: blue',
    hex: 'write # and six hex digits in quotes (unquoted, # starts a comment), e.g. red: "#E60012"',
    colourName: 'use a lower-case English name (蓝 → blue) and change every color: that names it',
    cmyk: 'write 4 numbers in square brackets, e.g. cmyk: [0, 100, 100, 0] (a print red: magenta and yellow 100 each); without a CMYK, delete cmyk:',
    size: '[[Chinese sizes: {names}; ]]or points, e.g. 16pt',
    length: 'write values such as 28.95pt, 6pt, 37mm; a bare number counts as pt',
    oneOf: 'pick one of the values listed, written exactly so (case matters)',
    tooBig: 'compare with the same field in the built-in templates/kexie/manifest.yaml',
    tooSmall: 'compare with the same field in the built-in templates/kexie/manifest.yaml',
    other: 'compare with how the same field is written in the built-in templates/kexie/manifest.yaml',
  },
};

export const manifestAdvice = (lang: Lang, problem: string): string => MANIFEST_ADVICE[lang][isValueProblem(problem) ? problem : 'other'];
