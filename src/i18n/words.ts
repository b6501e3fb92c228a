// How every table of words in src/i18n/ is read: one entry per phrase, in both languages, with
// `{name}` places for the parts that vary. Code picks an entry; it never picks a language itself
// (test/i18n/no-inline-language.test.ts fails on `lang === 'zh' ? … : …` outside this folder).
import type { Lang } from './lang';

export type Words<K extends string> = Record<K, Record<Lang, string>>;

/** A table of words in both languages as a lookup function: `{name}` takes args.name. */
export function wordsOf<K extends string>(table: Words<K>) {
  return (lang: Lang, key: K, args: Record<string, string | number> = {}): string =>
    table[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (args[name] === undefined ? whole : String(args[name])));
}
