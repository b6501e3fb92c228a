// A contribution's own text that the body format would read as markup (`**重点**`, a paragraph
// starting with `## `, a `![…](…)` paragraph) cannot be written so that it prints as typed: the
// format has no escapes. Such a paragraph stops the import (JB190) instead of changing silently,
// as does a table cell holding `|` (JB192), which would split the cell.
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { diag } from '../../diagnostics/make';
import { printedLine, tableCells } from '../../markdown/body';
import type { ArticleDraft } from './draft';

const norm = (s: string) => s.replace(/^[ \t\u3000]+|[ \t\u3000]+$/g, '').replace(/\t/g, ' ');
const excerpt = (s: string) => (s.length > 24 ? `${s.slice(0, 24)}…` : s);

export function markupConflicts(draft: ArticleDraft, file: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const block of draft.blocks) {
    // A `|` inside a cell would split it: the row would print with its borders as text.
    if (block.kind === 'row' && block.cells !== undefined && tableCells(block.line)?.length !== block.cells)
      found.push(diag('JB192', file, null, { no: block.no }));
    if (block.text === undefined) continue;
    if (printedLine(block.line) !== norm(block.text))
      found.push(diag('JB190', file, null, { no: block.no, input: excerpt(norm(block.text)) }));
  }
  return found;
}
