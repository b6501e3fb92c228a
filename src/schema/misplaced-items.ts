// An item in the wrong list: a 简讯 (date, text) typed under `articles:`, or an article (title,
// body) under `briefs:`. The schema sees an article missing its title and body with two unknown
// keys; the editor needs one sentence saying where the item belongs.
const OWN_KEYS = {
  articles: new Set(['title', 'toc', 'section', 'byline', 'body']),
  briefs: new Set(['date', 'text']),
} as const;

type Section = keyof typeof OWN_KEYS;

export interface MisplacedItem {
  section: Section;
  index: number;
  belongs: Section;
  /** The item's keys that belong to the other kind. */
  keys: string[];
}

export function misplacedItems(value: unknown): MisplacedItem[] {
  if (value === null || typeof value !== 'object') return [];
  const found: MisplacedItem[] = [];
  for (const section of ['articles', 'briefs'] as const) {
    const list = (value as Record<string, unknown>)[section];
    if (!Array.isArray(list)) continue;
    const belongs: Section = section === 'articles' ? 'briefs' : 'articles';
    list.forEach((item, index) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) return;
      const keys = Object.keys(item);
      const theirs = keys.filter((k) => OWN_KEYS[belongs].has(k));
      if (theirs.length > 0 && !keys.some((k) => OWN_KEYS[section].has(k))) found.push({ section, index, belongs, keys: theirs });
    });
  }
  return found;
}
