// A Word file's units → a whole back issue, or null when the file is not one (a contribution).
import type { SourceFlags, Unit } from '../intake/units';
import { findIssueLayout } from './layout';
import { shapeIssue, type WordIssue } from './shape-issue';

export function readWordIssue(units: Unit[], flags: SourceFlags, fileStem: string): WordIssue | null {
  const layout = findIssueLayout(units);
  return layout ? shapeIssue(layout, flags, fileStem) : null;
}
