// The article and brief caps checked on the parsed YAML, before the schema sees it: validating
// 100,000 empty briefs would produce 200,000 diagnostics (and take seconds and gigabytes) only
// to end in the one that matters, JB021. Same codes and positions as issue-limits.ts.
import { isMap, isSeq, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import type { ParsedYaml } from '../source/parse-yaml';
import { LIMITS } from './caps';

export function tooManyItems(yaml: ParsedYaml, file: string): Diagnostic[] {
  const root = yaml.doc.contents;
  if (!isMap(root)) return [];
  const found: Diagnostic[] = [];
  const check = (key: 'articles' | 'briefs', code: 'JB020' | 'JB021', limit: number) => {
    const seq = root.get(key, true) as Node | undefined;
    if (!isSeq(seq) || seq.items.length <= limit) return;
    const first = seq.items[limit] as Node | null;
    const at = first?.range ? yaml.lines.linePos(first.range[0]) : null;
    found.push(diag(code, file, at, { count: seq.items.length, limit }));
  };
  check('articles', 'JB020', LIMITS.articles);
  check('briefs', 'JB021', LIMITS.briefs);
  return found;
}
