// What can still be checked in a file with a YAML syntax error. yaml recovers around the error,
// but whatever encloses it (the root mapping, the top-level section it sits in) is unreliable: a
// tab-indented line can turn `issue:` into null. Top-level sections that end before the first
// syntax error are parsed exactly as written, so their schema problems are real and worth
// reporting in the same pass; missing fields are not judged, as the rest of the file is unknown.
import { isMap, isScalar } from 'yaml';
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { validate } from '../schema/validate';
import type { ParsedYaml } from '../source/parse-yaml';

export function diagnosticsBeforeSyntaxError(schema: z.ZodType, yaml: ParsedYaml, syntax: readonly Diagnostic[]): Diagnostic[] {
  const firstBad = Math.min(...syntax.map((d) => d.line || Infinity));
  const root = yaml.doc.contents;
  if (!isMap(root) || !(schema instanceof z.ZodObject) || typeof yaml.value !== 'object' || yaml.value === null) return [];
  // A section runs until the next top-level key: indented lines after `issue:` belong to it even
  // when yaml could not attach them (a tab-indented line leaves `issue:` null); a "key" on the
  // line of the error itself may be a piece of the broken line.
  const keyLine = (i: number) => {
    const key = root.items[i]?.key;
    return isScalar(key) && key.range ? yaml.lines.linePos(key.range[0]).line : Infinity;
  };
  const complete = root.items
    .filter((pair, i) => isScalar(pair.key) && keyLine(i + 1) < firstBad)
    .map((pair) => String((pair.key as { value: unknown }).value));
  if (complete.length === 0) return [];
  const value = Object.fromEntries(Object.entries(yaml.value).filter(([key]) => complete.includes(key)));
  const checked = validate(schema.partial(), { ...yaml, value });
  return checked.ok ? [] : checked.diagnostics;
}
