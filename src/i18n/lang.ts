// The two languages jianbao speaks: Simplified Chinese (the default: the users are Chinese
// editors) and English (--lang en).
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** `--lang`/JIANBAO_LANG as given; anything that is not a language we speak is Chinese. */
export function langOf(value: string | undefined): Lang {
  return LANGS.find((l) => l === value) ?? 'zh';
}
