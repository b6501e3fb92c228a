// The top-level sections of a parsed file that a YAML slip cannot have touched: all of them when
// the file parsed cleanly, else those that end (the next top-level key begins) before the first
// line with a problem. yaml recovers around a slip, but what encloses it is unreliable.
import { isMap, isScalar } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { ParsedYaml } from '../source/parse-yaml';

export function intactSections(yaml: ParsedYaml, problems: readonly Diagnostic[]): Set<string> {
  const root = yaml.doc.contents;
  if (!isMap(root)) return new Set();
  const keys = root.items.map((pair) => (isScalar(pair.key) ? pair.key : null));
  const names = keys.map((k) => (k ? String(k.value) : ''));
  if (problems.length === 0) return new Set(names);
  const firstBad = Math.min(...problems.map((d) => d.line || 1));
  // A section's last line is the line before the next top-level key; the last section runs to the end.
  const startLine = (i: number) => {
    const range = keys[i]?.range;
    return range ? yaml.lines.linePos(range[0]).line : Infinity;
  };
  return new Set(names.filter((name, i) => name !== '' && startLine(i + 1) < firstBad));
}
