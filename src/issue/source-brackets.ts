// A source typed already in brackets, `（市科协办公室）` or `(市科协办公室)`: the templates add
// （） themselves, so it would print as （（市科协办公室））. The issue keeps it bare and JB330
// says so, with a fix that deletes the two brackets in the file when both map onto it exactly.
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import type { ParsedYaml } from '../source/parse-yaml';
import { sourcePointOf } from '../source/value-offset';
import { textScalars } from './yaml-traps';

const BRACKETED = /^[（(]([^（）()]+)[）)]$/;

/** The source without its one enclosing pair of brackets; the value itself when it has none. */
export function bareSource(value: string): string {
  return BRACKETED.exec(value)?.[1].trim() ?? value;
}

export function findBracketedSources(yaml: ParsedYaml): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const { path, node } of textScalars(yaml)) {
    if (path[0] === 'publication' || path[path.length - 1] !== 'source' || !BRACKETED.test(node.value)) continue;
    const value = node.value;
    const open = sourcePointOf(yaml, path, 0);
    const close = sourcePointOf(yaml, path, value.length - 1);
    const d = diag('JB330', yaml.file, open ?? yaml.lines.linePos(node.range[0]), { input: value, bare: bareSource(value) });
    if (open && close)
      d.fixes = [
        { offset: open.offset, length: 1, text: '' },
        { offset: close.offset, length: 1, text: '' },
      ];
    found.push(d);
  }
  return found;
}
