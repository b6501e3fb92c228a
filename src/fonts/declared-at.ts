// Where the series config names a role's font file (`fonts.body.file`), so a problem with that
// file points at the line to change rather than at the config as a whole.
import { parseWithinLimits } from '../load/parse-within-limits';
import { positionOf } from '../source/parse-yaml';
import { readSource } from '../source/read';

/** The position of `fonts.<role>.file` in `configFile`; null when the file cannot be read again. */
export function fontFileDeclaredAt(configFile: string, role: string): { line: number; col: number } | null {
  const read = readSource(configFile);
  if (!read.ok) return null;
  const { yaml } = parseWithinLimits(read.text, configFile);
  if (!yaml) return null;
  const at = positionOf(yaml, ['fonts', role, 'file']);
  return at.line > 0 ? at : null;
}
