// The stand-in texts that `init`, `new` and `import` write where the editor must put real ones.
// One list, read by those writers and by the check that refuses to print them (JB331), so a
// writer can never invent a placeholder that `check` does not know.

export const PLACEHOLDER = {
  /** `new`/`init`: the example article. */
  title: '示例标题（请替换）',
  source: '来源单位',
  body: ['第一段正文。段与段之间空一行。', '## 小标题（可选）', '第二段正文。'],
  /** `import` of a text without a masthead. */
  name: '待填写',
  editor: '待填写',
  date: '2000-01-01',
} as const;

/** The comment `import` writes after each placeholder value (yaml-traps.ts leaves it alone). */
export const PLACEHOLDER_COMMENT = { zh: '# 占位：原文没有，请填写', en: '# placeholder: not in the text, fill in' } as const;

/** Whether a one-line field's value is a placeholder; a source counts bare or in （）. */
export function isPlaceholderText(value: string): boolean {
  const bare = value.trim().replace(/^[（(](.*)[）)]$/, '$1');
  return bare === PLACEHOLDER.title || bare === PLACEHOLDER.source || bare === PLACEHOLDER.name;
}

/** Indexes (0-based) of the body lines that are the skeleton's example text. */
export function placeholderBodyLines(body: string): number[] {
  const lines: readonly string[] = PLACEHOLDER.body;
  return body.split('\n').flatMap((line, i) => (lines.includes(line.trim()) ? [i] : []));
}
