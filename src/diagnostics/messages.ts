// Turns a diagnostic's code and args into words, in Simplified Chinese or English.
import { CODES, type Code } from './codes';
import type { Diagnostic } from './diagnostic';
import type { Lang } from '../i18n/lang';
import { listIn, manifestAdvice, valueProblemWords } from '../i18n/value-problems';
import { isTemplateProblem, templateProblemWords, type TemplateProblemKey } from '../i18n/template-problems';
import { reasonWords } from '../i18n/reasons';

export type { Lang };

/** Type names that validation reports, in the reader's words. */
const TYPE_NAMES: Record<Lang, Record<string, string>> = {
  zh: {
    string: '文字',
    integer: '整数',
    number: '数字',
    list: '列表',
    mapping: '映射（字段: 值）',
    boolean: '是/否',
    null: '空值',
    date: '日期',
  },
  en: {
    string: 'text',
    integer: 'an integer',
    number: 'a number',
    list: 'a list',
    mapping: 'a mapping (key: value)',
    boolean: 'true/false',
    null: 'null',
    date: 'a date',
  },
};
const TRANSLATED_ARGS = new Set(['expected', 'actual']);
/** Where on a line a full-width space sits (JB110). */
const PLACES: Record<Lang, Record<string, string>> = {
  zh: { indent: '缩进', colon: '冒号后面' },
  en: { indent: 'indentation', colon: 'space after the colon' },
};

/**
 * The yaml library explains syntax errors in English; the common ones are said again here in
 * the reader's language (args.yamlError is yaml's error code, plus the missing character for
 * MISSING_CHAR). Unknown ones keep yaml's own words.
 */
const YAML_PROBLEMS: Record<Lang, Record<string, string>> = {
  zh: {
    'MISSING_CHAR:"': '引号没有闭合',
    'MISSING_CHAR:]': '方括号 [ 没有闭合',
    'MISSING_CHAR:}': '花括号 { 没有闭合',
    BAD_INDENT: '缩进不对齐',
    TAB_AS_INDENT: '不能用 Tab 缩进，请改用空格',
    BLOCK_AS_IMPLICIT_KEY: '这一行的缩进或冒号有误',
    MULTILINE_IMPLICIT_KEY: '字段名不能跨行（可能少了冒号或引号）',
    BAD_SCALAR_START: '值的开头字符不合法（以 @ ` % 等开头的文字要加引号）',
    UNEXPECTED_TOKEN: '这里出现了多余的字符',
    BAD_DQ_ESCAPE: '双引号中的反斜杠转义无效',
    MULTIPLE_DOCS: '一个文件只能有一个文档（删去多余的 ---）',
    'MISSING_CHAR:-': '这一行的缩进与上面的列表项对不上（或少了“- ”）',
    BLOCK_IN_FLOW: '方括号或花括号里不能换行写字段',
    BAD_ALIAS: '以 * 开头的文字要加引号',
    ALIAS_PROPS: '以 * 或 & 开头的文字要加引号',
    MULTIPLE_ANCHORS: '以 & 开头的文字要加引号',
    BAD_DIRECTIVE: '以 % 开头的行要加引号',
    KEY_OVER_1024_CHARS: '字段名过长（可能少了冒号后的空格）',
    // Any other yaml error in Chinese mode: no English sentence reaches a Chinese editor (in
    // English, yaml's own sentence is shown: en has no OTHER).
    OTHER: '这一行附近的 YAML 结构有误（缩进、冒号或引号）',
  },
  en: {
    'MISSING_CHAR:"': 'a quote is not closed',
    'MISSING_CHAR:]': 'a [ is not closed',
    'MISSING_CHAR:}': 'a { is not closed',
    BAD_INDENT: 'the indentation does not line up',
    TAB_AS_INDENT: 'tabs cannot indent YAML; use spaces',
    BLOCK_AS_IMPLICIT_KEY: 'the indentation or a colon on this line is wrong',
    MULTILINE_IMPLICIT_KEY: 'a key cannot span lines (a colon or quote may be missing)',
    BAD_SCALAR_START: 'a value cannot start with this character (quote text that starts with @ ` %)',
    UNEXPECTED_TOKEN: 'unexpected characters here',
    BAD_DQ_ESCAPE: 'invalid backslash escape in double quotes',
    MULTIPLE_DOCS: 'a file holds one document (remove the extra ---)',
    'MISSING_CHAR:-': 'this line does not line up with the list item above (or lacks its "- ")',
  },
};

/** Codes whose {reason} (or, for JB163, {detail}) is what the system or a check said, not text
 *  the user typed or jianbao already worded: it is said again in the reader's language. */
const SYSTEM_REASONS: Partial<Record<Code, 'reason' | 'detail'>> = {
  JB002: 'reason',
  JB163: 'detail',
  JB166: 'reason',
  JB171: 'reason',
  JB270: 'reason',
  JB503: 'reason',
  JB520: 'reason',
  JB601: 'reason',
  JB602: 'reason',
  JB603: 'reason',
  JB701: 'reason',
  JB720: 'reason',
  JB742: 'reason',
  JB806: 'reason',
  JB808: 'reason',
  JB822: 'reason',
  JB823: 'reason',
};

function fill(template: string, args: Diagnostic['args'], lang: Lang, code?: Code): string {
  const value = (name: string) => {
    // A template's problem (JB402, JB404) comes as a key and values only: worded here, in either language.
    if (name === 'detail' && isTemplateProblem(String(args.problem)))
      return templateProblemWords(lang, args.problem as TemplateProblemKey, args);
    const v = args[name];
    if (v === undefined) return undefined;
    // A detail that came with its own words (args.problem) is worded below.
    if (code !== undefined && SYSTEM_REASONS[code] === name && args.problem === undefined) return reasonWords(lang, String(v));
    if (name === 'detail' && args.yamlError !== undefined)
      return YAML_PROBLEMS[lang][String(args.yamlError)] ?? YAML_PROBLEMS[lang].OTHER ?? String(v);
    if (name === 'where') return PLACES[lang][String(v)] ?? String(v);
    // A refused value's detail and advice are keys into the value-problem words (the advice has
    // places of its own, filled from the same args).
    if (name === 'detail' && args.problem !== undefined) return valueProblemWords(lang, String(args.problem), args, String(v));
    if (name === 'advice') return fill(manifestAdvice(lang, String(v)), args, lang);
    if (name === 'names') return listIn(lang, String(v));
    return TRANSLATED_ARGS.has(name) ? (TYPE_NAMES[lang][String(v)] ?? String(v)) : String(v);
  };
  const optional = template.replace(/\[\[(.*?)\]\]/g, (_, inner: string) =>
    [...inner.matchAll(/\{(\w+)\}/g)].every((m) => value(m[1]) !== undefined) ? inner : '',
  );
  return optional.replace(/\{(\w+)\}/g, (whole, name: string) => value(name) ?? whole);
}

export function messageOf(d: Diagnostic, lang: Lang): { message: string; hint: string } {
  const text = CODES[d.code][lang];
  return { message: fill(text.message, d.args, lang, d.code), hint: fill(text.hint, d.args, lang, d.code) };
}
