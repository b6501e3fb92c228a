// An issue's YAML parsed within the nesting cap, for every reader of an issue (the loader, and
// the series ledger that reads files which do not load): past the cap the file is refused with
// one JB024 and no value. Megabytes of `[[[[…` are refused before yaml sees them (yaml spent
// minutes on them); deeper nesting than the cap, or yaml running out of stack, after parsing.
// Here and not in source/ or limits/: it needs both, and source → limits would be a folder cycle.
import { diag } from '../diagnostics/make';
import { LIMITS } from '../limits/caps';
import { tooDeepFlowAt } from '../limits/flow-depth';
import { checkNesting, isStackOverflowDiagnostic, nestingFromOverflow } from '../limits/nesting';
import { parseYaml, type ParseResult } from '../source/parse-yaml';

function positionAt(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: offset - lineStart + 1 };
}

/** parseYaml's result, or `yaml: null` and the JB024 (with the syntax diagnostics) past the cap. */
export function parseWithinLimits(text: string, file: string): ParseResult {
  const deepAt = tooDeepFlowAt(text);
  if (deepAt >= 0) return { yaml: null, diagnostics: [diag('JB024', file, positionAt(text, deepAt), { limit: LIMITS.nestingDepth })] };
  const parsed = parseYaml(text, file);
  if (!parsed.yaml) return parsed;
  // Deep nesting is a limit (JB024), not a syntax error: validating it would only recurse further.
  if (parsed.diagnostics.some(isStackOverflowDiagnostic)) return { yaml: null, diagnostics: nestingFromOverflow(parsed.diagnostics, file) };
  const deepNode = checkNesting(parsed.yaml.doc, parsed.yaml.lines, file);
  return deepNode ? { yaml: null, diagnostics: [...parsed.diagnostics, deepNode] } : parsed;
}
