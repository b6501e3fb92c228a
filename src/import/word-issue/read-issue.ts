// A Word file's units → a whole back issue, or null when the file is not one (a contribution).
import type { SourceFlags, Unit } from '../intake/units';
import { findIssueLayout, type IssueLayout } from './layout';
import { shapeIssue, type WordIssue } from './shape-issue';

export function readWordIssue(units: Unit[], flags: SourceFlags, fileStem: string): WordIssue | null {
  // Word keeps footnotes and endnotes apart from the text; the reader hands them over after the
  // last paragraph, where an issue has its 简讯 and 报尾. The layout is found without them, and
  // each goes back to the article that carries its mark.
  const firstNote = units.findIndex((u) => u.kind === 'footnote');
  const text = firstNote >= 0 ? units.slice(0, firstNote) : units;
  const layout = findIssueLayout(text);
  if (!layout) return null;
  if (firstNote >= 0) placeNotes(layout, units.slice(firstNote));
  return shapeIssue(layout, flags, fileStem);
}

/** Each note (with the pictures that follow it) at the end of the article whose text holds its
 *  mark (`[1]`, `[i]`); a note whose mark no article holds (the author's own mark), the last one's. */
function placeNotes(layout: IssueLayout, notes: Unit[]): void {
  const { articles } = layout;
  if (articles.length === 0) return;
  let target = articles[articles.length - 1];
  for (const unit of notes) {
    if (unit.kind === 'footnote') {
      const mark = /^\[[^\]]+\]/.exec(unit.text)?.[0];
      const holder = mark ? articles.find((a) => a.body.some((u) => u.text.includes(mark))) : undefined;
      target = holder ?? articles[articles.length - 1];
    }
    target.body.push(unit);
  }
}
