// Finds characters that must never reach a document: C0/C1 controls other than tab and line
// breaks, and the XML-forbidden noncharacters. They come from text pasted out of PDFs and web pages.
import { diag } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';

// eslint-disable-next-line no-control-regex -- control characters are what this finds
export const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
/** The same without the global flag, so `test`/`exec` keep no position between strings. */
export const HAS_FORBIDDEN = new RegExp(FORBIDDEN.source);

export function findControlCharacters(text: string, file: string): Diagnostic[] {
  // Nearly every file has none: one scan of the whole text says so before it is split into lines.
  if (!HAS_FORBIDDEN.test(text)) return [];
  const found: Diagnostic[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    for (const m of line.matchAll(FORBIDDEN)) {
      const col = [...line.slice(0, m.index)].length + 1;
      const hex = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      found.push(diag('JB004', file, { line: i + 1, col }, { char: `U+${hex}` }));
    }
  });
  return found;
}
