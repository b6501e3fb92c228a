// read → control characters → parse → validate, for any YAML file of ours (issue or config).
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import { LIMITS } from '../limits/caps';
import { tooDeepFlowAt } from '../limits/flow-depth';
import { tooManyItems } from '../limits/item-counts';
import { checkNesting, isStackOverflowDiagnostic, nestingFromOverflow } from '../limits/nesting';
import { validate } from '../schema/validate';
import { findControlCharacters } from '../source/control-chars';
import { findEscapedControls } from '../source/escaped-controls';
import { parseYaml, type ParsedYaml } from '../source/parse-yaml';
import { readSource, type Encoding } from '../source/read';
import { diagnosticsBeforeSyntaxError } from './recovered-sections';

export interface LoadedYaml<T> {
  data: T | null;
  yaml: ParsedYaml | null;
  text: string | null;
  diagnostics: Diagnostic[];
}

function positionAt(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: offset - lineStart + 1 };
}

export function loadYamlFile<S extends z.ZodType>(file: string, schema: S, encoding?: Encoding): LoadedYaml<z.infer<S>> {
  const read = readSource(file, encoding);
  if (!read.ok) return { data: null, yaml: null, text: null, diagnostics: [read.diagnostic] };
  const loaded = loadYamlText<S>(read.text, file, schema);
  // A GB18030/UTF-16 file read with a warning (JB811) keeps it whatever else is found.
  return read.note ? { ...loaded, diagnostics: [read.note, ...loaded.diagnostics] } : loaded;
}

function loadYamlText<S extends z.ZodType>(text: string, file: string, schema: S): LoadedYaml<z.infer<S>> {
  const read = { text };
  const controls = findControlCharacters(read.text, file);
  if (controls.length > 0) return { data: null, yaml: null, text: read.text, diagnostics: controls };
  const deepAt = tooDeepFlowAt(read.text);
  if (deepAt >= 0)
    return {
      data: null,
      yaml: null,
      text: read.text,
      diagnostics: [diag('JB024', file, positionAt(read.text, deepAt), { limit: LIMITS.nestingDepth })],
    };
  const parsed = parseYaml(read.text, file);
  if (!parsed.yaml) return { data: null, yaml: null, text: read.text, diagnostics: parsed.diagnostics };
  // Deep nesting is a limit (JB024), not a syntax error: validating it would only recurse further.
  const tooDeep = parsed.diagnostics.some(isStackOverflowDiagnostic) ? nestingFromOverflow(parsed.diagnostics, file) : null;
  const deepNode = tooDeep ? null : checkNesting(parsed.yaml.doc, parsed.yaml.lines, file);
  if (tooDeep || deepNode) return { data: null, yaml: null, text: read.text, diagnostics: tooDeep ?? [...parsed.diagnostics, deepNode!] };
  const escaped = findEscapedControls(parsed.yaml.doc, parsed.yaml.lines, file);
  if (escaped.length > 0) return { data: null, yaml: parsed.yaml, text: read.text, diagnostics: [...parsed.diagnostics, ...escaped] };
  if (parsed.diagnostics.length > 0) {
    const before = diagnosticsBeforeSyntaxError(schema, parsed.yaml, parsed.diagnostics);
    return { data: null, yaml: parsed.yaml, text: read.text, diagnostics: [...parsed.diagnostics, ...before] };
  }
  const flood = tooManyItems(parsed.yaml, file);
  if (flood.length > 0) return { data: null, yaml: parsed.yaml, text: read.text, diagnostics: flood };
  const valid = validate(schema, parsed.yaml);
  if (!valid.ok) return { data: null, yaml: parsed.yaml, text: read.text, diagnostics: valid.diagnostics };
  return { data: valid.data, yaml: parsed.yaml, text: read.text, diagnostics: [] };
}
