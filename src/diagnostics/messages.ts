// Turns a diagnostic's code and args into words, in Simplified Chinese or English.
import { CODES } from './codes';
import type { Diagnostic } from './diagnostic';

export type Lang = 'zh' | 'en';

/** Type names that validation reports, in the reader's words. */
const TYPE_NAMES: Record<Lang, Record<string, string>> = {
  zh: { string: '文字', integer: '整数', number: '数字', list: '列表', mapping: '映射（字段: 值）', boolean: '是/否', null: '空值', date: '日期' },
  en: { string: 'text', integer: 'an integer', number: 'a number', list: 'a list', mapping: 'a mapping (key: value)', boolean: 'true/false', null: 'null', date: 'a date' },
};
const TRANSLATED_ARGS = new Set(['expected', 'actual']);

function fill(template: string, args: Diagnostic['args'], lang: Lang): string {
  const value = (name: string) => {
    const v = args[name];
    if (v === undefined) return undefined;
    return TRANSLATED_ARGS.has(name) ? (TYPE_NAMES[lang][String(v)] ?? String(v)) : String(v);
  };
  const optional = template.replace(/\[\[(.*?)\]\]/g, (_, inner: string) =>
    [...inner.matchAll(/\{(\w+)\}/g)].every((m) => value(m[1]) !== undefined) ? inner : '',
  );
  return optional.replace(/\{(\w+)\}/g, (whole, name: string) => value(name) ?? whole);
}

export function messageOf(d: Diagnostic, lang: Lang): { message: string; hint: string } {
  const text = CODES[d.code][lang];
  return { message: fill(text.message, d.args, lang), hint: fill(text.hint, d.args, lang) };
}
