// An article or brief left empty, a lone `-` the editor meant to fill in later: the schema says
// "expected a mapping, got null" (JB202); in the editor's words that is an empty item (JB056), at
// its dash. Deleting the line changes nothing that prints, so `--fix` does it (not with a comment).
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import type { ParsedYaml } from '../source/parse-yaml';

/** The field as JB202 names it: 1-based, as the editor counts. */
const ITEM = /^(articles|briefs)\[(\d+)\]$/;

function emptyItem(yaml: ParsedYaml, d: Diagnostic): Diagnostic {
  const m = ITEM.exec(String(d.args.field));
  if (d.code !== 'JB202' || !m || yaml.doc.getIn([m[1], Number(m[2]) - 1]) != null) return d;
  const starts = yaml.lines.lineStarts;
  const start = starts[d.line - 1];
  const end = d.line < starts.length ? starts[d.line] : yaml.text.length;
  const line = yaml.text.slice(start, end);
  const dash = line.indexOf('-');
  const empty = diag('JB056', d.file, { line: d.line, col: dash + 1 }, { list: m[1], n: Number(m[2]) });
  if (!/^ *- *\r?\n?$/.test(line)) return empty;
  // The line goes with its line break (the break before it, on a last line that has none).
  const from = end === yaml.text.length && !line.endsWith('\n') && start > 0 ? start - 1 : start;
  return { ...empty, args: { ...empty.args, fixable: '' }, fixes: [{ offset: from, length: end - from, text: '' }] };
}

/** `diagnostics` with each "item is null" JB202 of articles or briefs worded as an empty item. */
export function explainEmptyItems(yaml: ParsedYaml | null, diagnostics: Diagnostic[]): Diagnostic[] {
  return yaml ? diagnostics.map((d) => emptyItem(yaml, d)) : diagnostics;
}
