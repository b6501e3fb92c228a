// Imported text goes into Markdown bodies; characters Markdown would read as markup are escaped
// with a backslash so the rendered text is exactly the imported text. `unescapeMarkdown` undoes it
// (the round-trip checks use it).

const INLINE = /[\\*_`[\]<>~&#|]/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, (c) => `\\${c}`)
    // At a line start: list markers and ordered-list numbers (`1. `, `2) `).
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
